package org.resetdesk.identity;

import java.security.SecureRandom;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.resetdesk.dialog.DialogInput;
import org.resetdesk.dialog.StepContext;
import org.resetdesk.dialog.StepResult;
import org.resetdesk.verification.Totp;
import org.resetdesk.verification.TotpCheck;
import org.resetdesk.verification.VerificationMethod;

/**
 * Checks an authenticator app code. Without a registered app (or for a decoy) the code is checked against a random
 * secret of this process, so the work done looks the same, and a lucky match still fails.
 */
final class CheckAuthenticatorStep extends SessionStep {

    private final Totp totp;
    private final Methods methods;
    private final Proofs proofs;
    private final byte[] decoySecret = new byte[20];

    CheckAuthenticatorStep(ResetSessions sessions, Totp totp, Methods methods, Proofs proofs) {
        super(sessions);
        this.totp = totp;
        this.methods = methods;
        this.proofs = proofs;
        new SecureRandom().nextBytes(decoySecret);
    }

    @Override
    public String id() {
        return "check-authenticator";
    }

    @Override
    public Set<String> outcomes() {
        return Set.of(Proofs.PASSED, Proofs.WRONG, OTHER, FlowReplies.BLOCKED, FlowReplies.EXPIRED);
    }

    @Override
    protected CompletableFuture<StepResult> handle(StepContext context, ResetSession session, DialogInput input) {
        return decide(context, session, input).now();
    }

    private StepResult decide(StepContext context, ResetSession session, DialogInput input) {
        var blocked = proofs.begin(context, session);
        if (blocked.isPresent()) {
            return blocked.get();
        }
        String code = ((DialogInput.Code) input).digits();
        byte[] secret = methods.usable(session).contains(VerificationMethod.AUTHENTICATOR)
                ? session.enrollment().authenticatorSecret() : null;
        TotpCheck check = totp.verify(session.subjectKey(), secret == null ? decoySecret : secret, code);
        if (check == TotpCheck.ACCEPTED && secret != null) {
            return proofs.passed(context, session, VerificationMethod.AUTHENTICATOR);
        }
        String failure = check == TotpCheck.REPLAYED ? "replayed" : "wrong-code";
        return proofs.failed(context, session, VerificationMethod.AUTHENTICATOR, failure, "reset.authenticator-wrong",
                Map.of());
    }
}
