package org.resetdesk.identity;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.resetdesk.dialog.DialogInput;
import org.resetdesk.dialog.StepContext;
import org.resetdesk.dialog.StepResult;
import org.resetdesk.verification.CodeAttempt;
import org.resetdesk.verification.CodeCheck;
import org.resetdesk.verification.OneTimeCodes;
import org.resetdesk.verification.VerificationMethod;

/** Checks an emailed or texted code; offers a new code or another method instead. */
final class CheckCodeStep extends SessionStep {

    static final String RESEND = "resend";

    private final OneTimeCodes codes;
    private final Proofs proofs;
    private final FlowReplies replies;

    CheckCodeStep(ResetSessions sessions, OneTimeCodes codes, Proofs proofs, FlowReplies replies) {
        super(sessions);
        this.codes = codes;
        this.proofs = proofs;
        this.replies = replies;
    }

    @Override
    public String id() {
        return "check-code";
    }

    @Override
    public Set<String> outcomes() {
        return Set.of(Proofs.PASSED, Proofs.WRONG, "code-expired", RESEND, OTHER, FlowReplies.BLOCKED,
                FlowReplies.EXPIRED);
    }

    @Override
    protected CompletableFuture<StepResult> handle(StepContext context, ResetSession session, DialogInput input) {
        return decide(context, session, input).now();
    }

    private StepResult decide(StepContext context, ResetSession session, DialogInput input) {
        if (input instanceof DialogInput.Choice) {
            return StepResult.of(RESEND);
        }
        VerificationMethod method = session.codeMethod() == null ? VerificationMethod.EMAIL_CODE
                : session.codeMethod();
        CodeAttempt attempt = proofs.checkCode(context, session, codes, method, ((DialogInput.Code) input).digits());
        if (attempt instanceof CodeAttempt.Blocked blocked) {
            return proofs.blocked(context, session, blocked.until());
        }
        CodeCheck check = ((CodeAttempt.Checked) attempt).check();
        if (check == CodeCheck.ACCEPTED && session.real()) {
            return proofs.passed(context, session, method);
        }
        if (check == CodeCheck.EXPIRED) {
            proofs.release(context, session);
            return replies.outcome("code-expired", replies.reply(context.language(), "reset.code-expired"));
        }
        String failure = check == CodeCheck.USED ? "replayed" : "wrong-code";
        return proofs.failed(context, session, method, failure, "reset.code-wrong", Map.of());
    }
}
