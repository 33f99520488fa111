package org.resetdesk.verification;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What one person must prove: {@code required} different methods, each taken from {@code allowed}. Immutable.
 *
 * @param allowed  the methods the person may choose from (never empty)
 * @param required how many different methods must be proven (1 or 2, never more than {@code allowed} holds)
 */
public record VerificationRequirement(Set<VerificationMethod> allowed, int required) {

    public VerificationRequirement {
        Objects.requireNonNull(allowed, "allowed");
        if (required < 1 || required > allowed.size()) {
            throw new IllegalArgumentException(
                    "required must be between 1 and the " + allowed.size() + " allowed methods, was " + required);
        }
        allowed = Collections.unmodifiableSet(EnumSet.copyOf(allowed));
    }

    /** Whether {@code method} counts towards this requirement. */
    public boolean allows(VerificationMethod method) {
        return allowed.contains(method);
    }
}
