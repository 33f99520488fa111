package org.resetdesk.state;

import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Short-lived state that a later turn, another instance or an attacker's next attempt depends on (counters of
 * failed proofs, one-time codes, ...), kept per key with each change atomic: of two changes of one key at the same
 * moment, on one instance or two, neither is lost. Entries end by themselves after the map's lifetime. Thread-safe.
 *
 * <p>Implementations: in memory (one process, the default) and in Redis (several instances). Values are stored as
 * their {@link Codec} writes them: nothing secret may be in a value in clear.
 */
public interface SharedMap<V> {

    /** The key's value, if any. */
    Optional<V> get(String key);

    /**
     * Replaces the key's value with what {@code change} makes of it ({@code null} when there is none); a
     * {@code null} result removes the key. {@code change} must not have effects of its own: it may run more than
     * once when another change of the key comes first.
     *
     * @return the value now stored, or {@code null}
     */
    V compute(String key, UnaryOperator<V> change);

    void remove(String key);

    /** Every entry, for an admin's listing; costly on a large map. */
    Map<String, V> entries();
}
