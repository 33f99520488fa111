package org.resetdesk.identity;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.resetdesk.audit.AuditEvent;
import org.resetdesk.dialog.Caller;
import org.resetdesk.dialog.StepContext;
import org.resetdesk.dialog.StepResult;
import org.resetdesk.directory.DirectoryAdapter;
import org.resetdesk.directory.DirectoryFailure;
import org.resetdesk.directory.DirectoryUser;
import org.resetdesk.enrollment.Enrollment;
import org.resetdesk.enrollment.EnrollmentStore;
import org.resetdesk.verification.NameKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns the account a user names into a {@link ResetSession}. On anonymous channels every name gets a session that
 * looks alike: an unknown or disabled account, or one without enough usable methods, becomes a decoy that can never
 * pass a proof, and the user hears the same words as for a real one. Only a signed-in Teams user naming their own
 * account is told plainly what is wrong.
 */
final class AccountResolver {

    private static final Logger log = LoggerFactory.getLogger(AccountResolver.class);
    static final String FOUND = "found";
    static final String NOT_FOUND = "not-found";
    static final String DISABLED = "disabled";
    static final String NO_METHODS = "no-methods";
    static final String UNAVAILABLE = "unavailable";
    static final java.util.Set<String> OUTCOMES = java.util.Set.of(FOUND, NOT_FOUND, DISABLED, NO_METHODS,
            UNAVAILABLE);
    /** The prefix of the store key looked up for a name no account has: no directory id starts with it. */
    private static final String UNKNOWN = "unknown-name:";
    /** Longer names are not looked up (no directory attribute is this long). */
    private static final int MAX_NAME = 256;

    private final DirectoryAdapter directory;
    private final ResetSessions sessions;
    private final Methods methods;
    private final FlowReplies replies;
    private final FlowAudit audit;
    private final DirectoryCalls calls;
    private final NameKeys nameKeys;
    private final EnrollmentStore enrollments;

    AccountResolver(DirectoryAdapter directory, EnrollmentStore enrollments, ResetSessions sessions, Methods methods,
            FlowReplies replies, FlowAudit audit, DirectoryCalls calls, NameKeys nameKeys) {
        this.enrollments = enrollments;
        this.nameKeys = nameKeys;
        this.directory = directory;
        this.sessions = sessions;
        this.methods = methods;
        this.replies = replies;
        this.audit = audit;
        this.calls = calls;
    }

    CompletableFuture<StepResult> resolve(StepContext context, String name) {
        if (name.length() > MAX_NAME) {
            // No account name is this long, whoever types it: the same plain answer for everyone, and ask again.
            return CompletableFuture.completedFuture(replies.outcome(NOT_FOUND,
                    replies.reply(context.language(), "reset.account-not-a-name")));
        }
        // The store is asked for an unknown name too (under a key no account has), so that the time of the answer
        // does not tell a real account from a decoy.
        CompletableFuture<Account> lookup = calls.directory(directory.find(name), "find")
                .thenCompose(found -> calls.directory(enrollments.find(found.map(DirectoryUser::id)
                                .orElse(UNKNOWN + nameKeys.of(name))), "enrollment")
                        .thenApply(registered -> found.isEmpty() ? Account.NONE : new Account(found, registered
                                .orElseGet(() -> Enrollment.none(found.get().id())))));
        return lookup.handle((account, error) -> error == null ? resolved(context, name, account)
                : unavailable(context, name, DirectoryCalls.failure(error, "find")));
    }

    /** The directory's account (with the contacts in force) and what it registered with ResetDesk. */
    private record Account(Optional<DirectoryUser> user, Enrollment enrollment) {
        static final Account NONE = new Account(Optional.empty(), Enrollment.none("-"));

        Account(Optional<DirectoryUser> user, Enrollment enrollment) {
            this.user = user.map(found -> Methods.withRegisteredContacts(found, enrollment));
            this.enrollment = enrollment;
        }
    }

    private StepResult unavailable(StepContext context, String name, DirectoryFailure failure) {
        Caller caller = context.caller();
        String correlationId = correlationId(context);
        log.warn("[{}] account lookup failed: {}", correlationId, failure.reason());
        String nameKey = nameKeys.of(name);
        ResetSession unknown = sessions.start(caller.conversationId(), correlationId,
                BeginStep.flow(context.flowId()), nameKey, name, nameKey, Optional.empty(), Enrollment.none(nameKey),
                false);
        audit.record(new AuditEvent.DirectoryError(audit.context(unknown, caller), "find",
                failure.reason().name()));
        return replies.outcome(UNAVAILABLE);
    }

    private static String correlationId(StepContext context) {
        return context.slot(BeginStep.REFERENCE, java.util.UUID.randomUUID().toString());
    }

    private StepResult resolved(StepContext context, String name, Account account) {
        Caller caller = context.caller();
        String correlationId = correlationId(context);
        AuditEvent.Flow flow = BeginStep.flow(context.flowId());
        Optional<DirectoryUser> found = account.user();
        boolean trusted = found.isPresent() && caller.signedInUser().filter(found.get().id()::equals).isPresent();
        AuditEvent.LookupOutcome lookup = found.isEmpty() ? AuditEvent.LookupOutcome.NOT_FOUND
                : !found.get().enabled() ? AuditEvent.LookupOutcome.DISABLED
                : !methods.enough(found.get(), account.enrollment()) ? AuditEvent.LookupOutcome.NO_METHODS
                : AuditEvent.LookupOutcome.FOUND;
        // A signed-in Teams user registering their own methods goes on with fewer methods than a reset needs: the
        // registration flow asks them to prove what they have (or, with nothing registered, trusts the token).
        boolean registering = trusted && flow == AuditEvent.Flow.REGISTER_METHODS
                && lookup == AuditEvent.LookupOutcome.NO_METHODS;
        Optional<DirectoryUser> usable = lookup == AuditEvent.LookupOutcome.FOUND || registering ? found
                : Optional.empty();
        String nameKey = nameKeys.of(name);
        String subjectKey = usable.map(DirectoryUser::id).orElse(nameKey);
        Enrollment enrollment = usable.isPresent() ? account.enrollment() : Enrollment.none(subjectKey);
        ResetSession session = sessions.start(caller.conversationId(), correlationId, flow, subjectKey, name, nameKey,
                usable, enrollment, trusted);
        audit.record(new AuditEvent.AccountLookup(audit.context(session, caller), lookup));
        Map<String, String> slots = Map.of("account", usable.filter(u -> trusted).map(DirectoryUser::upn)
                .orElse(name));
        if (!trusted && !caller.authenticated()) {
            return new StepResult(FOUND, java.util.List.of(), slots);
        }
        return switch (lookup) {
            case FOUND -> new StepResult(FOUND, java.util.List.of(), slots);
            case DISABLED -> trusted ? replies.outcome(DISABLED) : notFound(context);
            case NO_METHODS -> !trusted ? notFound(context)
                    : registering && !methods.usable(session).isEmpty() ? new StepResult(FOUND, java.util.List.of(),
                            slots)
                    : replies.outcome(NO_METHODS);
            case NOT_FOUND -> notFound(context);
        };
    }

    /**
     * On an authenticated channel, for an account that is not the signed-in user's own: the same answer whether it
     * does not exist or cannot be used, so colleagues learn nothing about each other's accounts.
     */
    private StepResult notFound(StepContext context) {
        sessions.end(context.caller().conversationId());
        return replies.outcome(NOT_FOUND, replies.reply(context.language(), "reset.account-not-usable"));
    }

}
