package org.resetdesk.registration;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;

import org.resetdesk.audit.AuditEvent;
import org.resetdesk.dialog.DialogInput;
import org.resetdesk.dialog.StepContext;
import org.resetdesk.dialog.StepResult;
import org.resetdesk.directory.DirectoryAdapter;
import org.resetdesk.directory.DirectoryUser;
import org.resetdesk.enrollment.Enrollment;
import org.resetdesk.identity.DirectoryCalls;
import org.resetdesk.identity.FlowReplies;
import org.resetdesk.identity.Methods;
import org.resetdesk.identity.ResetSession;
import org.resetdesk.identity.ResetSessions;
import org.resetdesk.verification.VerificationMethod;
import org.resetdesk.verification.VerificationProperties;

/**
 * Removes a method registered with ResetDesk, unless the account would be left with fewer usable methods than the
 * policy requires of it (contacts the directory holds still count).
 */
final class RemoveStep extends RegistrationStep {

    static final String REMOVED = "removed";
    static final String REFUSED = "refused";

    private final DirectoryAdapter directory;
    private final DirectoryCalls calls;
    private final Methods methods;
    private final VerificationProperties policy;
    private final MethodChanges changes;
    private final FlowReplies replies;

    RemoveStep(ResetSessions sessions, RegistrationDrafts drafts, DirectoryAdapter directory, DirectoryCalls calls,
            Methods methods, VerificationProperties policy, MethodChanges changes, FlowReplies replies) {
        super(sessions, drafts);
        this.directory = directory;
        this.calls = calls;
        this.methods = methods;
        this.policy = policy;
        this.changes = changes;
        this.replies = replies;
    }

    @Override
    public String id() {
        return "registration-remove";
    }

    @Override
    public Set<String> outcomes() {
        return Set.of(REMOVED, REFUSED, MethodChanges.FAILED, FlowReplies.EXPIRED, OTHER);
    }

    @Override
    public List<String> offered(StepContext context, List<String> optionIds) {
        // Without a session that allows changes every option is taken, and answered with "expired".
        return allowed(context).map(session -> MenuStep.removable(session.enrollment()))
                .map(removable -> optionIds.stream().filter(id -> OTHER.equals(id) || removable.contains(id)).toList())
                .orElse(optionIds);
    }

    @Override
    CompletableFuture<StepResult> handleAllowed(StepContext context, ResetSession session, DialogInput input) {
        String option = ((DialogInput.Choice) input).optionId();
        VerificationMethod method = MenuStep.ADD.get(option);
        UnaryOperator<Enrollment> removal = switch (method) {
            case EMAIL_CODE -> enrollment -> enrollment.withAlternateEmail(null);
            case SMS_CODE -> enrollment -> enrollment.withMobilePhone(null);
            case AUTHENTICATOR -> enrollment -> enrollment.withAuthenticatorSecret(null);
            case SECURITY_QUESTIONS -> enrollment -> enrollment.withQuestions(List.of());
        };
        DirectoryUser user = session.user().orElseThrow();
        // What is left is counted with the directory's own contacts, which take over where nothing is registered.
        return calls.directory(directory.find(user.id()), "find").thenCompose(found -> {
            Enrollment left = removal.apply(session.enrollment());
            int required = policy.requirementFor(user.administrator()).required();
            int remaining = found.map(raw -> methods.usable(Methods.withRegisteredContacts(raw, left), left).size())
                    .orElse(0);
            if (remaining < required) {
                return replies.outcome(REFUSED, replies.reply(context.language(), "register.remove.too-few",
                        Map.of("required", Integer.toString(required)))).now();
            }
            return changes.saved(context, session, method, AuditEvent.MethodChange.REMOVED, removal,
                    null, REMOVED, "register.removed");
        }).exceptionally(error -> replies.outcome(REFUSED,
                replies.reply(context.language(), "register.remove.unavailable")));
    }
}
