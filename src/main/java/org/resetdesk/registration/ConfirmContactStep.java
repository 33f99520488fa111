package org.resetdesk.registration;

import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.resetdesk.audit.AuditEvent;
import org.resetdesk.dialog.DialogInput;
import org.resetdesk.dialog.StepContext;
import org.resetdesk.dialog.StepResult;
import org.resetdesk.identity.FlowReplies;
import org.resetdesk.identity.ResetSession;
import org.resetdesk.identity.ResetSessions;
import org.resetdesk.verification.CodeCheck;
import org.resetdesk.verification.OneTimeCodes;

/**
 * Checks the code sent to a new contact and, when it is right, registers the contact. A wrong code counts as a
 * failed proof, so a code cannot be guessed by trying.
 */
final class ConfirmContactStep extends RegistrationStep {

    static final String ADDED = "added";

    private final OneTimeCodes codes;
    private final Attempts attempts;
    private final MethodChanges changes;
    private final FlowReplies replies;

    ConfirmContactStep(ResetSessions sessions, RegistrationDrafts drafts, OneTimeCodes codes, Attempts attempts,
            MethodChanges changes, FlowReplies replies) {
        super(sessions, drafts);
        this.codes = codes;
        this.attempts = attempts;
        this.changes = changes;
        this.replies = replies;
    }

    @Override
    public String id() {
        return "registration-confirm-contact";
    }

    @Override
    public Set<String> outcomes() {
        return Set.of(ADDED, Attempts.WRONG, Attempts.EXPIRED_CODE, MethodChanges.FAILED, FlowReplies.BLOCKED,
                FlowReplies.EXPIRED, OTHER);
    }

    @Override
    CompletableFuture<StepResult> handleAllowed(StepContext context, ResetSession session, DialogInput input) {
        String conversation = context.caller().conversationId();
        Draft.PendingContact pending = drafts.of(conversation, session).contact();
        if (pending == null) {
            return StepResult.of(OTHER).now();
        }
        String digits = ((DialogInput.Code) input).digits();
        return attempts.check(context, session, pending.kind().method().name(), () -> {
            CodeCheck check = codes.verify(ContactStep.binding(session, pending.kind(), pending.value()),
                    pending.kind().method(), conversation, digits);
            return check == CodeCheck.ACCEPTED ? Attempts.Check.ACCEPTED
                    : check == CodeCheck.EXPIRED ? Attempts.Check.EXPIRED : Attempts.Check.WRONG;
        }, "reset.code-wrong").orElseGet(() -> register(context, session, pending));
    }

    private CompletableFuture<StepResult> register(StepContext context, ResetSession session,
            Draft.PendingContact pending) {
        ContactKind kind = pending.kind();
        AuditEvent.MethodChange change = kind.inForce(session.user().orElseThrow()) == null
                ? AuditEvent.MethodChange.ADDED : AuditEvent.MethodChange.CHANGED;
        return changes.saved(context, session, kind.method(), change,
                enrollment -> kind.register(enrollment, pending.value()),
                new MethodChanges.Contact(kind, pending.value()), ADDED, "register.saved");
    }
}
