package org.resetdesk.reset;

import java.security.SecureRandom;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.resetdesk.dialog.DialogInput;
import org.resetdesk.dialog.StepContext;
import org.resetdesk.dialog.StepResult;
import org.resetdesk.enrollment.Enrollment;
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
        return Set.of(Proofs.PASSED, Proofs.WRONG, OTHER, FlowSupport.BLOCKED, FlowSupport.EXPIRED);
    }

    @Override
    CompletableFuture<StepResult> handle(StepContext context, ResetSession session, DialogInput input) {
        return decide(context, session, input).now();
    }

    private StepResult decide(StepContext context, ResetSession session, DialogInput input) {
        var blocked = proofs.begin(context, session);
        if (blocked.isPresent()) {
            return blocked.get();
        }
        String code = ((DialogInput.Code) input).digits();
        byte[] secret = session.user()
                .filter(user -> methods.usable(user).contains(VerificationMethod.AUTHENTICATOR))
                .flatMap(user -> methods.enrollment(user.id()))
                .map(Enrollment::authenticatorSecret)
                .orElse(null);
        TotpCheck check = totp.verify(session.subjectKey(), secret == null ? decoySecret : secret, code);
        if (check == TotpCheck.ACCEPTED && secret != null) {
            return proofs.passed(context, session, VerificationMethod.AUTHENTICATOR);
        }
        String failure = check == TotpCheck.REPLAYED ? "replayed" : "wrong-code";
        return proofs.failed(context, session, VerificationMethod.AUTHENTICATOR, failure, "reset.authenticator-wrong",
                Map.of());
    }
}
