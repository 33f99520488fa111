package org.resetdesk.channel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import com.microsoft.bot.builder.Bot;
import com.microsoft.bot.builder.BotFrameworkAdapter;
import com.microsoft.bot.builder.ConversationState;
import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.builder.StatePropertyAccessor;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.builder.UserState;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ActivityTypes;
import org.resetdesk.conversation.ConversationMemory;
import org.resetdesk.conversation.Inbound;
import org.resetdesk.conversation.TurnHandler;
import org.resetdesk.conversation.TurnOutcome;

/**
 * The Bot Framework face of the conversation core: loads state, hands the activity to {@link TurnHandler} as an
 * {@link Inbound}, sends the replies (and, to the emulator, the traces), saves state.
 */
final class ResetDeskBot implements Bot {

    private final TurnHandler handler;
    private final ConversationState conversationState;
    private final UserState userState;
    private final StatePropertyAccessor<ConversationMemory> memory;
    private final StatePropertyAccessor<UserProfile> profile;

    ResetDeskBot(TurnHandler handler, ConversationState conversationState, UserState userState) {
        this.handler = handler;
        this.conversationState = conversationState;
        this.userState = userState;
        this.memory = conversationState.createProperty("memory");
        this.profile = userState.createProperty("profile");
    }

    @Override
    public CompletableFuture<Void> onTurn(TurnContext turn) {
        Activity activity = turn.getActivity();
        if (activity.isType(ActivityTypes.INVOKE)) {
            // No invoke (card action, task module) is handled yet: acknowledge it so the client shows no error.
            turn.getTurnState().add(BotFrameworkAdapter.INVOKE_RESPONSE_KEY,
                    invokeResponse(new InvokeResponse(200, Map.of())));
            return CompletableFuture.completedFuture(null);
        }
        Optional<Inbound> inbound = ActivityMapping.inbound(activity);
        if (inbound.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        return memory.get(turn, ConversationMemory::fresh)
                .thenCombine(profile.get(turn, () -> new UserProfile(null)), this::remembered)
                .thenApply(remembered -> handler.handle(inbound.get(), remembered))
                .thenCompose(outcome -> send(turn, outcome).thenApply(sent -> outcome))
                .thenCompose(outcome -> memory.set(turn, outcome.memory())
                        .thenCompose(done -> profile.set(turn, new UserProfile(outcome.memory().language()))))
                .thenCompose(done -> conversationState.saveChanges(turn))
                .thenCompose(done -> userState.saveChanges(turn));
    }

    private ConversationMemory remembered(ConversationMemory conversation, UserProfile user) {
        return conversation.language() == null && user.language() != null
                ? ConversationMemory.startingIn(user.language()) : conversation;
    }

    private static CompletableFuture<Void> send(TurnContext turn, TurnOutcome outcome) {
        List<Activity> activities = new ArrayList<>();
        if (Objects.equals(ActivityMapping.EMULATOR, turn.getActivity().getChannelId())) {
            outcome.traces().forEach(trace -> activities.add(ActivityMapping.trace(trace)));
        }
        outcome.replies().forEach(reply -> activities.add(ActivityMapping.message(reply)));
        if (activities.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        return turn.sendActivities(activities).thenApply(responses -> null);
    }

    private static Activity invokeResponse(InvokeResponse response) {
        Activity activity = new Activity(ActivityTypes.INVOKE_RESPONSE);
        activity.setValue(response);
        return activity;
    }
}
