package org.resetdesk.identity;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.resetdesk.dialog.DialogInput;
import org.resetdesk.dialog.DialogStep;
import org.resetdesk.dialog.StepContext;
import org.resetdesk.dialog.StepResult;
import org.resetdesk.verification.ProofThrottle;
import org.resetdesk.verification.ThrottleDecision;
import org.resetdesk.verification.VerificationMethod;

/**
 * Offers the verification methods and starts the chosen one. Before any proof on an anonymous channel the list is
 * the policy's, the same for every name; afterwards (and for a trusted user) it is what the account registered and
 * the policy allows it, less what it proved already.
 */
final class ChooseMethodStep implements DialogStep {

    private final ResetSessions sessions;
    private final Methods methods;
    private final CodeDelivery delivery;
    private final QuestionRounds questions;
    private final ProofThrottle throttle;
    private final FlowReplies replies;

    ChooseMethodStep(ResetSessions sessions, Methods methods, CodeDelivery delivery, QuestionRounds questions,
            ProofThrottle throttle, FlowReplies replies) {
        this.sessions = sessions;
        this.methods = methods;
        this.delivery = delivery;
        this.questions = questions;
        this.throttle = throttle;
        this.replies = replies;
    }

    @Override
    public String id() {
        return "choose-method";
    }

    @Override
    public Set<String> outcomes() {
        return Set.of(CodeDelivery.SENT, CodeDelivery.NOT_SENT, "authenticator", "questions", FlowReplies.BLOCKED,
                FlowReplies.EXPIRED);
    }

    @Override
    public List<String> offered(StepContext context, List<String> optionIds) {
        List<VerificationMethod> offered = sessions.current(context.caller().conversationId())
                .map(this::offered).orElse(methods.publicList());
        return optionIds.stream().filter(id -> offered.contains(Methods.BY_OPTION.get(id))).toList();
    }

    private List<VerificationMethod> offered(ResetSession session) {
        if (!session.trusted() && session.proven().isEmpty() || session.user().isEmpty()) {
            return methods.publicList();
        }
        return methods.usable(session).stream().filter(m -> !session.proven().contains(m)).toList();
    }

    @Override
    public CompletableFuture<StepResult> handle(StepContext context, DialogInput input) {
        Optional<ResetSession> current = sessions.current(context.caller().conversationId());
        if (current.isEmpty()) {
            return StepResult.of(FlowReplies.EXPIRED).now();
        }
        ResetSession session = current.get();
        VerificationMethod method = Methods.BY_OPTION.get(((DialogInput.Choice) input).optionId());
        if (method.isDeliveredCode()) {
            return delivery.send(context, session, method); // checks the proof throttle as it asks for the code
        }
        if (throttle.check(session.limitKeys(), context.caller().conversationId())
                instanceof ThrottleDecision.Blocked blocked) {
            return replies.blocked(context, session, blocked.until()).now();
        }
        return method == VerificationMethod.AUTHENTICATOR ? StepResult.of("authenticator").now()
                : questions.firstRound(context, session).now();
    }
}
