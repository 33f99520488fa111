package org.resetdesk.verification;

import java.time.Instant;
import java.util.Objects;

/** Whether an account, in a conversation, may try to prove its identity now. */
public sealed interface ThrottleDecision {

    /** Proofs may be attempted. */
    record Allowed() implements ThrottleDecision {
    }

    /**
     * Proofs are refused until {@code until}, which the user may be told so they know when to try again.
     *
     * @param until the first instant at which proofs are allowed again
     */
    record Blocked(Instant until) implements ThrottleDecision {
        public Blocked {
            Objects.requireNonNull(until, "until");
        }
    }

    /** Whether this decision allows a proof. */
    default boolean allowed() {
        return this instanceof Allowed;
    }
}
