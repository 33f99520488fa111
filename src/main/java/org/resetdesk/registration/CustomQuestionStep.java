package org.resetdesk.registration;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

import org.resetdesk.dialog.DialogInput;
import org.resetdesk.dialog.StepContext;
import org.resetdesk.dialog.StepResult;
import org.resetdesk.enrollment.Enrollment;
import org.resetdesk.identity.FlowReplies;
import org.resetdesk.identity.ResetSession;
import org.resetdesk.identity.ResetSessions;
import org.resetdesk.verification.SecurityAnswers;

/**
 * A security question the user writes: 3 to 200 characters of letters, digits, spaces and plain punctuation (it is
 * shown back in Markdown, so no link or markup can hide in it), and not one already chosen.
 */
final class CustomQuestionStep extends RegistrationStep {

    static final int MIN = 3;
    static final int MAX = 200;
    private static final Pattern PLAIN = Pattern.compile("[\\p{L}\\p{M}\\p{N} ,.?!'’\"„”:;()/-]+");

    private final FlowReplies replies;

    CustomQuestionStep(ResetSessions sessions, RegistrationDrafts drafts, FlowReplies replies) {
        super(sessions, drafts);
        this.replies = replies;
    }

    @Override
    public String id() {
        return "registration-custom-question";
    }

    @Override
    public Set<String> outcomes() {
        return Set.of("ok", ContactStep.INVALID, FlowReplies.EXPIRED, OTHER);
    }

    @Override
    CompletableFuture<StepResult> handleAllowed(StepContext context, ResetSession session, DialogInput input) {
        String text = ((DialogInput.Text) input).value().replaceAll("\\s+", " ").strip();
        if (text.length() < MIN || text.length() > MAX || !PLAIN.matcher(text).matches()) {
            return replies.outcome(ContactStep.INVALID, replies.reply(context.language(), "register.questions.invalid",
                    Map.of("min", Integer.toString(MIN), "max", Integer.toString(MAX)))).now();
        }
        String conversation = context.caller().conversationId();
        String folded = SecurityAnswers.normalise(text);
        boolean repeated = drafts.of(conversation, session).questions().stream()
                .map(Enrollment.RegisteredQuestion::questionKey)
                .map(key -> questionText(context, key))
                .anyMatch(question -> SecurityAnswers.normalise(question).equals(folded));
        if (repeated) {
            return replies.outcome(ContactStep.INVALID,
                    replies.reply(context.language(), "register.questions.repeated")).now();
        }
        drafts.change(conversation, session,
                draft -> draft.withQuestions(draft.questions(), Enrollment.RegisteredQuestion.custom(text)));
        return new StepResult("ok", List.of(), Map.of("question", text)).now();
    }

    private String questionText(StepContext context, String key) {
        String custom = Enrollment.RegisteredQuestion.customText(key);
        return custom != null ? custom : replies.text(context.language(), key, Map.of());
    }
}
