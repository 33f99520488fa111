package org.resetdesk.verification;

import java.time.Instant;
import java.util.Objects;

/** The outcome of asking for a one-time code. */
public sealed interface CodeIssue {

    /**
     * A new code, to be delivered once and then forgotten by the caller: it must never be stored, logged, audited or
     * shown in a reply. {@link #toString()} leaves it out.
     *
     * @param code      the digits to deliver
     * @param expiresAt the first instant at which the code is no longer accepted
     */
    record Issued(String code, Instant expiresAt) implements CodeIssue {
        public Issued {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(expiresAt, "expiresAt");
        }

        @Override
        public String toString() {
            return "Issued[code=(hidden), expiresAt=" + expiresAt + "]";
        }
    }

    /**
     * Too many codes were asked for; none was made.
     *
     * @param retryAfter the first instant at which a code may be asked for again
     */
    record Throttled(Instant retryAfter) implements CodeIssue {
        public Throttled {
            Objects.requireNonNull(retryAfter, "retryAfter");
        }
    }
}
