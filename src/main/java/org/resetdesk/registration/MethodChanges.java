package org.resetdesk.registration;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;

import org.resetdesk.audit.AuditEvent;
import org.resetdesk.dialog.StepContext;
import org.resetdesk.dialog.StepResult;
import org.resetdesk.directory.DirectoryAdapter;
import org.resetdesk.directory.DirectoryUser;
import org.resetdesk.enrollment.Enrollment;
import org.resetdesk.enrollment.EnrollmentStore;
import org.resetdesk.identity.DirectoryCalls;
import org.resetdesk.identity.FlowAudit;
import org.resetdesk.identity.FlowReplies;
import org.resetdesk.identity.Methods;
import org.resetdesk.identity.ResetSession;
import org.resetdesk.identity.ResetSessions;
import org.resetdesk.verification.VerificationMethod;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes one change of a user's registered methods: stores it (with the time of confirmation), puts the account as it
 * now is into the session, audits it, writes contacts to the directory when configured to, and tells the user on
 * their other contacts. Completes with the session as it is afterwards, or exceptionally when the store failed (then
 * nothing changed).
 */
final class MethodChanges {

    private static final Logger log = LoggerFactory.getLogger(MethodChanges.class);
    /** The outcome of a step whose change could not be saved. */
    static final String FAILED = "failed";

    private final EnrollmentStore store;
    private final DirectoryAdapter directory;
    private final ResetSessions sessions;
    private final DirectoryCalls calls;
    private final FlowAudit audit;
    private final RegistrationNotices notices;
    private final DirectoryContacts contacts;
    private final FlowReplies replies;
    private final RegistrationDrafts drafts;

    MethodChanges(EnrollmentStore store, DirectoryAdapter directory, ResetSessions sessions, DirectoryCalls calls,
            FlowAudit audit, RegistrationNotices notices, DirectoryContacts contacts, FlowReplies replies,
            RegistrationDrafts drafts) {
        this.replies = replies;
        this.drafts = drafts;
        this.store = store;
        this.directory = directory;
        this.sessions = sessions;
        this.calls = calls;
        this.audit = audit;
        this.notices = notices;
        this.contacts = contacts;
    }

    /**
     * {@link #apply} for a step: afterwards the change under way is dropped from the draft, and the step's result is
     * {@code outcome} with the {@code replyKey} text (naming the method), or {@code failed} when nothing was saved.
     */
    CompletableFuture<StepResult> saved(StepContext context, ResetSession session, VerificationMethod method,
            AuditEvent.MethodChange kind, UnaryOperator<Enrollment> change, Contact written, String outcome,
            String replyKey) {
        return apply(context, session, method.name(), kind, change, written).handle((after, error) -> {
            drafts.change(context.caller().conversationId(), session, Draft::cleared);
            if (error != null) {
                log.warn("[{}] a registration was not saved: {}", session.correlationId(),
                        DirectoryCalls.failure(error, "enrollment").reason());
                return replies.outcome(FAILED, replies.reply(context.language(), "register.not-saved"));
            }
            return replies.outcome(outcome, replies.reply(context.language(), replyKey, Map.of("method",
                    replies.text(context.language(), "register.method." + method.name(), Map.of()))));
        });
    }

    /**
     * @param method  the method changed ({@code VerificationMethod} name), or {@code ALL} for a confirmation
     * @param written a contact to write to the directory as well, or {@code null}
     */
    CompletableFuture<ResetSession> apply(StepContext context, ResetSession session, String method,
            AuditEvent.MethodChange kind, UnaryOperator<Enrollment> change, Contact written) {
        String conversation = context.caller().conversationId();
        DirectoryUser before = session.user().orElseThrow();
        return calls.directory(store.update(before.id(), current -> change.apply(current)
                        .confirmedAt(audit.now())), "enrollment")
                .thenCompose(stored -> contacts.write(before.id(), written == null ? null : written.kind(),
                                written == null ? null : written.value(), session.correlationId())
                        .thenCompose(ignored -> fresh(before, stored))
                        .thenApply(after -> sessions.changed(conversation, session, after, stored).orElse(session)))
                .thenCompose(after -> {
                    audit.record(new AuditEvent.MethodChanged(audit.context(session, context.caller()), method,
                            kind));
                    if (kind == AuditEvent.MethodChange.CONFIRMED) {
                        return CompletableFuture.completedFuture(after);
                    }
                    return notices.changed(before, written == null ? null : written.value(), method, kind,
                            context.language(), session.correlationId()).thenApply(sent -> after);
                });
    }

    /**
     * The account as the directory has it now, with the registered contacts in force; the session's account when
     * the directory does not answer (only the contacts it had before may then be out of date).
     */
    private CompletableFuture<DirectoryUser> fresh(DirectoryUser before, Enrollment stored) {
        return calls.directory(directory.find(before.id()), "find")
                .handle((found, error) -> Methods.withRegisteredContacts(
                        error == null && found.isPresent() ? found.get() : before, stored));
    }

    /** A contact just confirmed (or removed, with a {@code null} value). */
    record Contact(ContactKind kind, String value) {
        @Override
        public String toString() {
            return "Contact[" + kind + "]";
        }
    }

}
