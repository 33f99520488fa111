package org.resetdesk.directory;

import java.time.Duration;
import java.util.Objects;

/**
 * Why the directory refused or could not do something. {@link #detail()} is for logs and audit, never for the user
 * (it may name servers or accounts).
 */
public final class DirectoryFailure extends RuntimeException {

    /** The closed set of outcomes callers handle. */
    public enum Reason {
        /** No such account. Callers on anonymous channels must not reveal this. */
        NOT_FOUND,
        /** The directory's own password policy refused the new password. */
        POLICY_VIOLATION,
        /** ResetDesk's directory account lacks the rights (e.g. to reset an administrator). */
        INSUFFICIENT_PRIVILEGES,
        /** The account is mastered elsewhere (synced from on-premises) and cannot be changed here. */
        SYNCED_ACCOUNT,
        /** The directory did not answer in time or failed. Nothing can be assumed changed. */
        UNAVAILABLE,
        /** The directory asks us to slow down; see {@link #retryAfter()}. */
        THROTTLED,
        /** The directory cannot do this at all (Entra ID cannot clear a smart lockout). Nothing was changed. */
        UNSUPPORTED,
        /** The change was sent, but no answer came in time: it may or may not have happened. */
        OUTCOME_UNKNOWN
    }

    private final Reason reason;
    private final Duration retryAfter;

    public DirectoryFailure(Reason reason, String detail) {
        this(reason, detail, null, null);
    }

    public DirectoryFailure(Reason reason, String detail, Duration retryAfter, Throwable cause) {
        super(Objects.requireNonNull(reason, "reason") + ": " + detail, cause);
        this.reason = reason;
        this.retryAfter = retryAfter;
    }

    public Reason reason() {
        return reason;
    }

    /** How long to wait before trying again, when the directory said so; {@code null} otherwise. */
    public Duration retryAfter() {
        return retryAfter;
    }

    public String detail() {
        return getMessage();
    }
}
