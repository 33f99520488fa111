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
import org.resetdesk.directory.DirectoryUser;
import org.resetdesk.enrollment.Enrollment;
import org.resetdesk.identity.FlowReplies;
import org.resetdesk.identity.Methods;
import org.resetdesk.identity.ResetSession;
import org.resetdesk.identity.ResetSessions;
import org.resetdesk.text.Language;
import org.resetdesk.text.Reply;
import org.resetdesk.verification.VerificationMethod;
import org.resetdesk.verification.VerificationProperties;

/**
 * The registration menu: shows the methods the account has (masked) and offers what the policy lets this user
 * register (never security questions for an administrator), removal of what they registered here, and "they are
 * up to date", which confirms them.
 */
final class MenuStep extends RegistrationStep {

    static final String CONFIRM = "confirm";
    static final String REMOVE = "remove";
    static final String DONE = "done";
    /** Menu options that register a method, and the method each registers. */
    static final Map<String, VerificationMethod> ADD = Map.of("email", VerificationMethod.EMAIL_CODE,
            "phone", VerificationMethod.SMS_CODE, "authenticator", VerificationMethod.AUTHENTICATOR,
            "questions", VerificationMethod.SECURITY_QUESTIONS);

    private final Methods methods;
    private final VerificationProperties policy;
    private final MethodChanges changes;
    private final FlowReplies replies;

    MenuStep(ResetSessions sessions, RegistrationDrafts drafts, Methods methods, VerificationProperties policy,
            MethodChanges changes, FlowReplies replies) {
        super(sessions, drafts);
        this.methods = methods;
        this.policy = policy;
        this.changes = changes;
        this.replies = replies;
    }

    @Override
    public String id() {
        return "registration-menu";
    }

    @Override
    public Set<String> outcomes() {
        return Set.of("email", "phone", "authenticator", "questions", REMOVE, "confirmed", DONE, MethodChanges.FAILED,
                FlowReplies.EXPIRED, OTHER);
    }

    @Override
    public List<Reply> onEnter(StepContext context) {
        return allowed(context).map(session -> List.of(summary(context.language(), session))).orElse(List.of());
    }

    /** Without a session that allows changes every option is taken, and answered with "expired". */
    @Override
    public List<String> offered(StepContext context, List<String> optionIds) {
        return allowed(context).map(session -> optionIds.stream().filter(id -> offers(session, id)).toList())
                .orElse(optionIds);
    }

    private boolean offers(ResetSession session, String optionId) {
        Set<VerificationMethod> allowed = policy.requirementFor(session.administrator()).allowed();
        return switch (optionId) {
            case REMOVE -> !removable(session.enrollment()).isEmpty();
            case CONFIRM -> !methods.usable(session).isEmpty();
            case DONE -> true;
            default -> ADD.containsKey(optionId) && allowed.contains(ADD.get(optionId));
        };
    }

    /** The menu options of the methods registered with ResetDesk (which only ResetDesk can remove). */
    static List<String> removable(Enrollment enrollment) {
        List<String> ids = new ArrayList<>();
        if (enrollment.alternateEmail() != null) {
            ids.add("email");
        }
        if (enrollment.mobilePhone() != null) {
            ids.add("phone");
        }
        if (enrollment.hasAuthenticator()) {
            ids.add("authenticator");
        }
        if (!enrollment.questions().isEmpty()) {
            ids.add("questions");
        }
        return ids;
    }

    @Override
    CompletableFuture<StepResult> handleAllowed(StepContext context, ResetSession session, DialogInput input) {
        String option = ((DialogInput.Choice) input).optionId();
        if (!CONFIRM.equals(option)) {
            return StepResult.of(option).now();
        }
        return changes.apply(context, session, "ALL", AuditEvent.MethodChange.CONFIRMED, enrollment -> enrollment,
                        null)
                .handle((after, error) -> error == null
                        ? replies.outcome("confirmed", replies.reply(context.language(), "register.confirmed"))
                        : replies.outcome(MethodChanges.FAILED, replies.reply(context.language(),
                                "register.not-saved")));
    }

    private Reply summary(Language language, ResetSession session) {
        DirectoryUser user = session.user().orElseThrow();
        Enrollment enrollment = session.enrollment();
        String none = replies.text(language, "register.summary.none", Map.of());
        List<String> lines = new ArrayList<>();
        lines.add(replies.text(language, "register.summary.title", Map.of("account", user.upn())));
        lines.add(line(language, VerificationMethod.EMAIL_CODE, user.contacts().maskedEmail(), none));
        lines.add(line(language, VerificationMethod.SMS_CODE, user.contacts().maskedPhone(), none));
        lines.add(line(language, VerificationMethod.AUTHENTICATOR, enrollment.hasAuthenticator()
                ? replies.text(language, "register.summary.set-up", Map.of()) : null, none));
        if (!session.administrator()) {
            lines.add(line(language, VerificationMethod.SECURITY_QUESTIONS, enrollment.questions().isEmpty() ? null
                    : replies.text(language, "register.summary.questions",
                            Map.of("count", Integer.toString(enrollment.questions().size()))), none));
        }
        lines.add(replies.text(language, "register.summary.required", Map.of("required",
                Integer.toString(policy.requirementFor(session.administrator()).required()))));
        return Reply.text(String.join("\n", lines), language);
    }

    private String line(Language language, VerificationMethod method, String value, String none) {
        return "- " + replies.text(language, "register.method." + method.name(), Map.of()) + ": "
                + (value == null ? none : value);
    }
}
