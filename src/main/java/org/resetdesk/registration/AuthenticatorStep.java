package org.resetdesk.registration;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.resetdesk.audit.AuditEvent;
import org.resetdesk.dialog.DialogInput;
import org.resetdesk.dialog.StepContext;
import org.resetdesk.dialog.StepResult;
import org.resetdesk.identity.FlowReplies;
import org.resetdesk.identity.ResetSession;
import org.resetdesk.identity.ResetSessions;
import org.resetdesk.text.Language;
import org.resetdesk.text.Reply;
import org.resetdesk.verification.Base32;
import org.resetdesk.verification.Totp;
import org.resetdesk.verification.TotpCheck;
import org.resetdesk.verification.VerificationMethod;

/**
 * Sets up an authenticator app: a new key, shown once as a QR code in an Adaptive Card and as its
 * {@code otpauth://} URI (to be masked by channels that keep a history), counts only once the app's first code comes
 * back. The key is kept on the server until then, and in the store only encrypted.
 */
final class AuthenticatorStep extends RegistrationStep {

    /** RFC 4226 recommends 160-bit keys; the apps expect them. */
    private static final int KEY_BYTES = 20;

    private final Totp totp;
    private final Attempts attempts;
    private final MethodChanges changes;
    private final FlowReplies replies;
    private final String issuer;
    private final int digits;
    private final SecureRandom random = new SecureRandom();

    AuthenticatorStep(ResetSessions sessions, RegistrationDrafts drafts, Totp totp, Attempts attempts,
            MethodChanges changes, FlowReplies replies, String issuer, int digits) {
        super(sessions, drafts);
        this.totp = totp;
        this.attempts = attempts;
        this.changes = changes;
        this.replies = replies;
        this.issuer = issuer;
        this.digits = digits;
    }

    @Override
    public String id() {
        return "registration-authenticator";
    }

    @Override
    public Set<String> outcomes() {
        return Set.of(ConfirmContactStep.ADDED, Attempts.WRONG, MethodChanges.FAILED, FlowReplies.BLOCKED,
                FlowReplies.EXPIRED, OTHER);
    }

    @Override
    public List<Reply> onEnter(StepContext context) {
        return allowed(context).map(session -> {
            byte[] key = new byte[KEY_BYTES];
            random.nextBytes(key);
            drafts.change(context.caller().conversationId(), session, draft -> draft.withTotpSecret(key));
            return List.of(keyReply(context.language(), session.user().orElseThrow().upn(), Base32.encode(key)));
        }).orElse(List.of());
    }

    /** The key as the apps take it, the RFC 6238 defaults spelled out. */
    String uri(String account, String base32) {
        String label = encode(issuer) + ":" + encode(account);
        return "otpauth://totp/" + label + "?secret=" + base32 + "&issuer=" + encode(issuer)
                + "&algorithm=SHA1&digits=" + digits + "&period=30";
    }

    private Reply keyReply(Language language, String account, String base32) {
        String uri = uri(account, base32);
        String grouped = base32.replaceAll("(.{4})(?!$)", "$1 ");
        Map<String, String> args = Map.of("key", grouped, "uri", uri);
        Map<String, Object> card = new LinkedHashMap<>();
        card.put("type", "AdaptiveCard");
        card.put("$schema", "http://adaptivecards.io/schemas/adaptive-card.json");
        card.put("version", "1.5");
        card.put("body", List.of(
                Map.of("type", "TextBlock", "wrap", true,
                        "text", replies.text(language, "register.authenticator.scan", Map.of())),
                Map.of("type", "Image", "url", QrCode.pngDataUri(uri), "size", "Large",
                        "altText", replies.text(language, "register.authenticator.alt", Map.of())),
                Map.of("type", "TextBlock", "wrap", true, "fontType", "Monospace",
                        "text", replies.text(language, "register.authenticator.key", args))));
        return Reply.text(replies.text(language, "register.authenticator.intro", args), language).withCard(card)
                .shownOnce();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Override
    CompletableFuture<StepResult> handleAllowed(StepContext context, ResetSession session, DialogInput input) {
        String conversation = context.caller().conversationId();
        byte[] key = drafts.of(conversation, session).totpSecret();
        if (key == null) {
            return StepResult.of(OTHER).now();
        }
        String code = ((DialogInput.Code) input).digits();
        return attempts.check(context, session, VerificationMethod.AUTHENTICATOR.name(),
                () -> totp.verify("registration:" + session.userId(), key, code) == TotpCheck.ACCEPTED
                        ? Attempts.Check.ACCEPTED : Attempts.Check.WRONG, "reset.authenticator-wrong")
                .orElseGet(() -> register(context, session, key));
    }

    private CompletableFuture<StepResult> register(StepContext context, ResetSession session, byte[] key) {
        AuditEvent.MethodChange change = session.enrollment().hasAuthenticator() ? AuditEvent.MethodChange.CHANGED
                : AuditEvent.MethodChange.ADDED;
        return changes.saved(context, session, VerificationMethod.AUTHENTICATOR, change,
                enrollment -> enrollment.withAuthenticatorSecret(key), null, ConfirmContactStep.ADDED,
                "register.saved");
    }
}
