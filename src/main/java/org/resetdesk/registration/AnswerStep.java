package org.resetdesk.registration;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.resetdesk.audit.AuditEvent;
import org.resetdesk.dialog.DialogInput;
import org.resetdesk.dialog.StepContext;
import org.resetdesk.dialog.StepResult;
import org.resetdesk.enrollment.Enrollment;
import org.resetdesk.identity.FlowReplies;
import org.resetdesk.identity.ResetSession;
import org.resetdesk.identity.ResetSessions;
import org.resetdesk.verification.SecurityAnswers;
import org.resetdesk.verification.VerificationMethod;

/**
 * The answer to the question being registered: 3 to 40 characters, not the answer to another question of the set. It
 * is hashed at once and never kept otherwise. When the set is complete it replaces the registered questions.
 */
final class AnswerStep extends RegistrationStep {

    static final int MIN = 3;
    static final int MAX = 40;

    private final SecurityAnswers answers;
    private final MethodChanges changes;
    private final RegistrationProperties properties;
    private final FlowReplies replies;

    AnswerStep(ResetSessions sessions, RegistrationDrafts drafts, SecurityAnswers answers, MethodChanges changes,
            RegistrationProperties properties, FlowReplies replies) {
        super(sessions, drafts);
        this.answers = answers;
        this.changes = changes;
        this.properties = properties;
        this.replies = replies;
    }

    @Override
    public String id() {
        return "registration-answer";
    }

    @Override
    public Set<String> outcomes() {
        return Set.of("next", "saved", ContactStep.INVALID, MethodChanges.FAILED, FlowReplies.EXPIRED, OTHER);
    }

    @Override
    CompletableFuture<StepResult> handleAllowed(StepContext context, ResetSession session, DialogInput input) {
        String conversation = context.caller().conversationId();
        Draft draft = drafts.of(conversation, session);
        if (draft.questionKey() == null || session.administrator()) {
            return StepResult.of(OTHER).now();
        }
        String answer = ((DialogInput.Secret) input).value();
        int length = SecurityAnswers.normalise(answer).length();
        if (length < MIN || length > MAX) {
            return replies.outcome(ContactStep.INVALID, replies.reply(context.language(), "register.answer.length",
                    Map.of("min", Integer.toString(MIN), "max", Integer.toString(MAX)))).now();
        }
        if (draft.questions().stream().anyMatch(question -> answers.matches(answer, question.answerHash()))) {
            return replies.outcome(ContactStep.INVALID,
                    replies.reply(context.language(), "register.answer.repeated")).now();
        }
        List<Enrollment.RegisteredQuestion> answered = new ArrayList<>(draft.questions());
        answered.add(new Enrollment.RegisteredQuestion(draft.questionKey(), answers.hash(answer)));
        if (answered.size() < properties.questionsToRegister()) {
            drafts.change(conversation, session, current -> current.withQuestions(answered, null));
            return StepResult.of("next").now();
        }
        AuditEvent.MethodChange change = session.enrollment().questions().isEmpty() ? AuditEvent.MethodChange.ADDED
                : AuditEvent.MethodChange.CHANGED;
        return changes.saved(context, session, VerificationMethod.SECURITY_QUESTIONS, change,
                enrollment -> enrollment.withQuestions(answered), null, "saved", "register.saved");
    }
}
