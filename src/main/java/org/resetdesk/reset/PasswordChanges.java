package org.resetdesk.reset;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.resetdesk.audit.AuditContext;
import org.resetdesk.audit.AuditEvent;
import org.resetdesk.dialog.Caller;
import org.resetdesk.directory.DirectoryAdapter;
import org.resetdesk.directory.DirectoryFailure;
import org.resetdesk.directory.DirectoryUser;
import org.resetdesk.identity.DirectoryCalls;
import org.resetdesk.identity.FlowAudit;
import org.resetdesk.identity.FlowReplies;
import org.resetdesk.identity.ResetSession;
import org.resetdesk.identity.ResetSessions;
import org.resetdesk.password.PasswordEvaluation;
import org.resetdesk.password.PasswordPolicy;
import org.resetdesk.password.PasswordUser;
import org.resetdesk.password.Rejection;
import org.resetdesk.text.Language;
import org.resetdesk.verification.OneTimeCodes;
import org.resetdesk.verification.ProofThrottle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Commits a reset or an unlock, for the chat steps and the password link page alike. The only way to a directory
 * change: it requires the conversation's {@linkplain ResetSessions#verified verified session}, checks the password
 * against the policy, and after success notifies, audits and clears the throttles and the session. A directory
 * failure is never reported as success. The password is passed to the directory and nowhere else.
 */
public final class PasswordChanges {

    private static final Logger log = LoggerFactory.getLogger(PasswordChanges.class);

    private final ResetSessions sessions;
    private final DirectoryAdapter directory;
    private final PasswordPolicy policy;
    private final ProofThrottle throttle;
    private final OneTimeCodes codes;
    private final ChangeNotices notices;
    private final FlowReplies replies;
    private final FlowAudit audit;
    private final DirectoryCalls calls;

    PasswordChanges(ResetSessions sessions, DirectoryAdapter directory, PasswordPolicy policy, ProofThrottle throttle,
            OneTimeCodes codes, ChangeNotices notices, FlowReplies replies, FlowAudit audit, DirectoryCalls calls) {
        this.sessions = sessions;
        this.directory = directory;
        this.policy = policy;
        this.throttle = throttle;
        this.codes = codes;
        this.notices = notices;
        this.replies = replies;
        this.audit = audit;
        this.calls = calls;
    }

    /**
     * Sets {@code password} for the account {@code caller}'s conversation verified in the session {@code expected}
     * names, in a turn of that conversation (which holds its lease, with a shared store: the limits are cleared when
     * it gives the lease back). Exactly one change is made per session, whatever arrives at the same moment: the
     * session is claimed before the directory is called, and handed back only when nothing changed.
     */
    public CompletableFuture<ChangeResult> resetPassword(Caller caller, ResetSession.Ref expected, String password,
            boolean temporary, Language language) {
        return resetPassword(caller, expected, password, temporary, language, true);
    }

    /**
     * {@link #resetPassword}, from the password link's page: outside the conversation's turns, so the limits are
     * cleared at once, not with the release of a turn that may be running here meanwhile.
     */
    public CompletableFuture<ChangeResult> resetPasswordFromLink(Caller caller, ResetSession.Ref expected,
            String password, Language language) {
        return resetPassword(caller, expected, password, false, language, false);
    }

    private CompletableFuture<ChangeResult> resetPassword(Caller caller, ResetSession.Ref expected, String password,
            boolean temporary, Language language, boolean inTurn) {
        Optional<ResetSession> verified = sessions.verified(caller.conversationId(), expected);
        if (verified.isEmpty()) {
            return done(new ChangeResult.NotVerified());
        }
        ResetSession session = verified.get();
        DirectoryUser user = session.user().orElseThrow();
        AuditContext context = audit.context(session, caller);
        if (!temporary) {
            PasswordEvaluation evaluation = policy.evaluate(password, passwordUser(user),
                    session.proven().size() >= 2);
            if (!evaluation.accepted()) {
                audit.record(new AuditEvent.PasswordRejected(context,
                        evaluation.rejections().stream().map(Rejection::rule).toList()));
                return done(new ChangeResult.Rejected(evaluation.rejections().stream()
                        .map(r -> replies.text(language, r.messageKey(), r.args())).toList()));
            }
        }
        if (!sessions.claim(caller.conversationId(), session)) {
            return done(new ChangeResult.NotVerified()); // another change of this session got there first
        }
        return attempt(directory.resetPassword(user.id(), password, temporary), "reset").thenCompose(failure -> {
            if (failure.isPresent()) {
                if (failure.get().reason() != DirectoryFailure.Reason.UNAVAILABLE
                        && failure.get().reason() != DirectoryFailure.Reason.OUTCOME_UNKNOWN) {
                    // A definite refusal changed nothing: the user may try again in the same session. After a
                    // timeout or a failure the change may still have happened, so the session stays used up.
                    sessions.giveBack(caller.conversationId(), session);
                }
                return done(failed(session, context, "reset", failure.get(), language));
            }
            audit.record(new AuditEvent.PasswordReset(audit.context(session, caller), temporary));
            succeeded(session, caller, inTurn);
            return notices.passwordReset(user, language, session.correlationId())
                    .thenApply(noticed -> new ChangeResult.Done());
        });
    }

    /**
     * Clears the lockout of the account {@code caller}'s conversation verified in the session {@code expected} names;
     * the session stays for a reset.
     */
    public CompletableFuture<ChangeResult> unlock(Caller caller, ResetSession.Ref expected, Language language) {
        Optional<ResetSession> verified = sessions.verified(caller.conversationId(), expected);
        if (verified.isEmpty()) {
            return done(new ChangeResult.NotVerified());
        }
        ResetSession session = verified.get();
        DirectoryUser user = session.user().orElseThrow();
        AuditContext context = audit.context(session, caller);
        if (!directory.unlocks(user)) {
            return done(new ChangeResult.Failed(session.correlationId(), ChangeResult.Failed.Kind.CANNOT_UNLOCK));
        }
        return calls.directory(directory.find(user.id()), "find").handle((fresh, error) -> {
            if (error != null) {
                return done(failed(session, context, "find", DirectoryCalls.failure(error, "find"), language));
            }
            if (fresh.isPresent() && !fresh.get().locked()) {
                return done(new ChangeResult.NothingToDo());
            }
            return attempt(directory.unlock(user.id()), "unlock").thenCompose(failure -> {
                if (failure.isPresent()) {
                    return done(failed(session, context, "unlock", failure.get(), language));
                }
                audit.record(new AuditEvent.AccountUnlocked(audit.context(session, caller)));
                throttle.resetAfterSuccess(session.limitKeys(), caller.conversationId(),
                        sessions.lease(caller.conversationId()));
                return notices.unlocked(user, language, session.correlationId())
                        .<ChangeResult>thenApply(noticed -> new ChangeResult.Done());
            });
        }).thenCompose(result -> result);
    }

    /**
     * A directory change, completing with its failure or empty once it is done. Only the change itself decides
     * between "changed" and "not changed"; what follows it (audit, notices) cannot turn a done change into a failure.
     */
    private CompletableFuture<Optional<DirectoryFailure>> attempt(CompletableFuture<Void> change, String operation) {
        return calls.change(change, operation)
                .handle((changed, error) -> Optional.ofNullable(error).map(e -> DirectoryCalls.failure(e, operation)));
    }

    private static CompletableFuture<ChangeResult> done(ChangeResult result) {
        return CompletableFuture.completedFuture(result);
    }

    /** The rules of the policy for this account, for the link page to show before the user types. */
    public String policySummary(Language language) {
        return replies.text(language, "reset.policy-summary." + policy.mode().name().toLowerCase(java.util.Locale.ROOT),
                java.util.Map.of("min", Integer.toString(policy.minimumLength(false))));
    }

    private ChangeResult failed(ResetSession session, AuditContext context, String operation,
            DirectoryFailure failure, Language language) {
        audit.record(new AuditEvent.DirectoryError(context, operation, failure.reason().name()));
        log.warn("[{}] directory {} failed: {}", session.correlationId(), operation, failure.reason());
        if (failure.reason() == DirectoryFailure.Reason.POLICY_VIOLATION) {
            return new ChangeResult.Rejected(List.of(replies.text(language, "reset.directory-policy",
                    java.util.Map.of())));
        }
        return new ChangeResult.Failed(session.correlationId(), switch (failure.reason()) {
            case OUTCOME_UNKNOWN -> ChangeResult.Failed.Kind.MAYBE_CHANGED;
            case SYNCED_ACCOUNT -> ChangeResult.Failed.Kind.MANAGED_ELSEWHERE;
            case UNSUPPORTED -> ChangeResult.Failed.Kind.CANNOT_UNLOCK;
            default -> ChangeResult.Failed.Kind.NOT_CHANGED;
        });
    }

    private void succeeded(ResetSession session, Caller caller, boolean inTurn) {
        try {
            throttle.resetAfterSuccess(session.limitKeys(), caller.conversationId(), codes,
                    inTurn ? sessions.lease(caller.conversationId()) : Optional.empty());
        } catch (RuntimeException e) {
            // The password is changed: the user is told so and notified; the limits end by themselves.
            log.warn("[{}] the limits could not be cleared after the reset ({})", session.correlationId(),
                    e.getClass().getSimpleName());
        }
        // The session was claimed for this change and stays gone: a link or card of it can never change again.
    }

    private static PasswordUser passwordUser(DirectoryUser user) {
        return new PasswordUser(user.firstName(), user.lastName(), user.upn());
    }
}
