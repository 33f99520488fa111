package org.resetdesk.verification;

import java.time.Instant;
import java.util.Objects;

/** The outcome of checking a code together with the proof throttle's reservation for it. */
public sealed interface CodeAttempt {

    /**
     * The proof throttle refused the attempt: the code was not looked at, and what the other keys reserved was given
     * back.
     *
     * @param until when the subject or the conversation may try again
     */
    record Blocked(Instant until) implements CodeAttempt {
        public Blocked {
            Objects.requireNonNull(until, "until");
        }
    }

    /**
     * The attempt was reserved and the code checked; finish the reservation ({@link ProofThrottle#finish}).
     *
     * @param check what the check found
     */
    record Checked(CodeCheck check) implements CodeAttempt {
        public Checked {
            Objects.requireNonNull(check, "check");
        }
    }
}
