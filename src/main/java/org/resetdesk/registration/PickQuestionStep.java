package org.resetdesk.registration;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.resetdesk.dialog.DialogInput;
import org.resetdesk.dialog.StepContext;
import org.resetdesk.dialog.StepResult;
import org.resetdesk.enrollment.Enrollment;
import org.resetdesk.identity.FlowReplies;
import org.resetdesk.identity.ResetSession;
import org.resetdesk.identity.ResetSessions;
import org.resetdesk.text.Reply;

/**
 * Picks the next security question to register: one of the admin's questions not chosen yet (the flow file's options
 * named after the keys {@code question.<option>} that {@code resetdesk.verification.questions.decoy-pool} holds), or
 * one the user writes, up to {@code resetdesk.registration.max-custom-questions}. Never for administrators.
 */
final class PickQuestionStep extends RegistrationStep {

    static final String OWN = "own";
    static final String CHOSEN = "chosen";

    private final List<String> pool;
    private final RegistrationProperties properties;
    private final FlowReplies replies;

    PickQuestionStep(ResetSessions sessions, RegistrationDrafts drafts, List<String> pool,
            RegistrationProperties properties, FlowReplies replies) {
        super(sessions, drafts);
        this.pool = List.copyOf(pool);
        this.properties = properties;
        this.replies = replies;
    }

    @Override
    public String id() {
        return "registration-pick-question";
    }

    @Override
    public Set<String> outcomes() {
        return Set.of(CHOSEN, OWN, FlowReplies.EXPIRED, OTHER);
    }

    @Override
    public List<Reply> onEnter(StepContext context) {
        return allowed(context).map(session -> {
            int answered = drafts.of(context.caller().conversationId(), session).questions().size();
            return List.of(replies.reply(context.language(), "register.questions.progress", Map.of(
                    "number", Integer.toString(answered + 1),
                    "count", Integer.toString(properties.questionsToRegister()))));
        }).orElse(List.of());
    }

    @Override
    public List<String> offered(StepContext context, List<String> optionIds) {
        return allowed(context).filter(session -> !session.administrator()).map(session -> {
            Draft draft = drafts.of(context.caller().conversationId(), session);
            List<String> chosen = draft.questions().stream().map(Enrollment.RegisteredQuestion::questionKey).toList();
            long custom = chosen.stream().filter(key -> Enrollment.RegisteredQuestion.customText(key) != null)
                    .count();
            return optionIds.stream().filter(id -> OTHER.equals(id)
                    || OWN.equals(id) && custom < properties.maxCustomQuestions()
                    || pool.contains(key(id)) && !chosen.contains(key(id))).toList();
        }).orElse(optionIds);
    }

    private static String key(String optionId) {
        return "question." + optionId;
    }

    @Override
    CompletableFuture<StepResult> handleAllowed(StepContext context, ResetSession session, DialogInput input) {
        String option = ((DialogInput.Choice) input).optionId();
        if (session.administrator()) {
            return StepResult.of(OTHER).now();
        }
        if (OWN.equals(option)) {
            return StepResult.of(OWN).now();
        }
        drafts.change(context.caller().conversationId(), session,
                draft -> draft.withQuestions(draft.questions(), key(option)));
        return new StepResult(CHOSEN, List.of(), Map.of("question",
                replies.text(context.language(), key(option), Map.of()))).now();
    }
}
