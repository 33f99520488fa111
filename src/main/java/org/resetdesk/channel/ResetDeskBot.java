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
import org.resetdesk.runtime.Meters;
import org.resetdesk.state.KeyChange;
import org.resetdesk.state.Leases;
import org.resetdesk.state.TurnScoped;

/**
 * The Bot Framework face of the conversation core: loads state, hands the activity to {@link TurnHandler} as an
 * {@link Inbound}, sends the replies (and, to the emulator, the traces), saves state.
 */
final class ResetDeskBot implements Bot {

    /** Turn slot set when the user's message was a secret; the in-process channel keeps it out of its history. */
    static final String SECRET_INPUT = "resetdesk.secretInput";

    private final TurnHandler handler;
    private final ConversationState conversationState;
    private final UserState userState;
    private final StatePropertyAccessor<ConversationMemory> memory;
    private final StatePropertyAccessor<UserProfile> profile;
    private final Leases locks;
    private final List<TurnScoped> scoped;
    private final List<Prefetched> prefetched;
    private final Meters meters;

    /**
     * @param locks  makes turns of one conversation take turns across instances; {@code null} with one instance
     * @param scoped entries read with the lease and held while the turn runs (with {@code locks} only)
     */
    ResetDeskBot(TurnHandler handler, ConversationState conversationState, UserState userState, Leases locks,
            List<TurnScoped> scoped, Meters meters) {
        this.meters = meters;
        this.locks = locks;
        this.scoped = List.copyOf(scoped);
        this.prefetched = locks == null ? List.of() : prefetched(conversationState, userState);
        this.handler = handler;
        this.conversationState = conversationState;
        this.userState = userState;
        this.memory = conversationState.createProperty("memory");
        this.profile = userState.createProperty("profile");
    }

    @Override
    public CompletableFuture<Void> onTurn(TurnContext turn) {
        TurnSlots.of(turn); // now, on the thread that started the turn: see TurnSlots
        Activity activity = turn.getActivity();
        if (activity.isType(ActivityTypes.INVOKE)) {
            // No invoke (card action, task module) is handled yet: acknowledge it so the client shows no error.
            turn.getTurnState().add(BotFrameworkAdapter.INVOKE_RESPONSE_KEY,
                    invokeResponse(new InvokeResponse(200, Map.of())));
            return CompletableFuture.completedFuture(null);
        }
        Optional<Inbound> inbound = ActivityMapping.inbound(activity)
                .map(in -> in.from(ActivityMapping.sender(turn)));
        if (inbound.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        long started = System.nanoTime();
        CompletableFuture<Void> handled;
        if (locks == null) {
            handled = turn(turn, inbound.get());
        } else {
            String conversation = activity.getChannelId() + ":" + activity.getConversation().getId();
            String conversationId = activity.getConversation().getId();
            // Composed, so that a store that does not answer fails the future (and reaches the turn error handler).
            // The bot state and the reset session are read with the lease, in one round trip, and the turn's writes
            // go with its release.
            handled = CompletableFuture.completedFuture(conversation)
                    .thenCompose(key -> locks.serialized(key, () -> reads(turn, conversationId), held -> {
                        java.util.Iterator<KeyChange<?>> read = held.reads().iterator();
                        prefetched.forEach(state -> state.cache().preload(turn, read.next()));
                        scoped.forEach(entry -> entry.held(conversationId, read.next(), held));
                        TurnSlots.of(turn).put(TurnStateCache.HELD_LEASE, held);
                        return turn(turn, inbound.get()).whenComplete((done, failure) -> scoped.forEach(
                                entry -> entry.released(conversationId, held)));
                    }));
        }
        return handled.whenComplete((done, error) -> meters.timer("resetdesk.turns",
                "channel", ActivityMapping.channelTag(activity.getChannelId()),
                "outcome", error == null ? "answered" : "failed")
                .record(System.nanoTime() - started, java.util.concurrent.TimeUnit.NANOSECONDS));
    }

    /** Whether the turn's message was a secret (a password), once the turn is over. */
    static boolean secretInput(TurnContext turn) {
        return Boolean.TRUE.equals(TurnSlots.of(turn).get(SECRET_INPUT));
    }

    /** What the turn reads with its lease: its conversation and user state, then each {@link TurnScoped} entry. */
    private List<KeyChange<?>> reads(TurnContext turn, String conversationId) {
        List<KeyChange<?>> reads = new ArrayList<>();
        prefetched.forEach(state -> reads.add(state.cache().prefetch(state.key().apply(turn)).orElseThrow()));
        scoped.forEach(entry -> reads.add(entry.reading(conversationId)));
        return reads;
    }

    /** A bot state read with the turn's lease: its cache and how its storage key is made. */
    private record Prefetched(TurnStateCache cache, java.util.function.Function<TurnContext, String> key) {
    }

    /** The bot states in a shared store, whose entries the turn reads with its lease. */
    private static List<Prefetched> prefetched(ConversationState conversationState, UserState userState) {
        List<Prefetched> states = new ArrayList<>();
        if (conversationState instanceof CachedConversationState cached && cached.cache().prefetches()) {
            states.add(new Prefetched(cached.cache(), conversationState::getStorageKey));
        }
        if (userState instanceof CachedUserState cached && cached.cache().prefetches()) {
            states.add(new Prefetched(cached.cache(), userState::getStorageKey));
        }
        return List.copyOf(states);
    }

    /** Reads the state, handles the message, sends the replies and writes the state back. */
    private CompletableFuture<Void> turn(TurnContext turn, Inbound inbound) {
        // Start from a completed future so that anything thrown, even before the first state read, fails the
        // future and reaches the turn error handler instead of escaping the SDK's pipeline.
        return CompletableFuture.completedFuture(inbound)
                .thenCompose(ignored -> memory.get(turn, ConversationMemory::fresh))
                .thenCompose(conversation -> withUserLanguage(turn, conversation))
                .thenCompose(before -> handler.handle(inbound, before).thenCompose(outcome -> {
                    if (outcome.secretInput()) {
                        TurnSlots.of(turn).put(SECRET_INPUT, Boolean.TRUE);
                    }
                    return send(turn, outcome)
                            .thenCompose(sent -> memory.set(turn, outcome.memory()))
                            .thenCompose(set -> rememberLanguage(turn, before, outcome.memory()));
                }))
                .thenCompose(done -> conversationState.saveChanges(turn))
                .thenCompose(done -> userState.saveChanges(turn));
    }

    /** A conversation that has no language yet starts in the one the user last used; user state is read only then. */
    private CompletableFuture<ConversationMemory> withUserLanguage(TurnContext turn, ConversationMemory conversation) {
        if (conversation.language() != null) {
            return CompletableFuture.completedFuture(conversation);
        }
        return profile.get(turn, () -> new UserProfile(null)).thenApply(user -> user.language() == null
                ? conversation : ConversationMemory.startingIn(user.language()));
    }

    private CompletableFuture<Void> rememberLanguage(TurnContext turn, ConversationMemory before,
            ConversationMemory after) {
        if (Objects.equals(before.language(), after.language())) {
            return CompletableFuture.completedFuture(null);
        }
        return profile.set(turn, new UserProfile(after.language()));
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
