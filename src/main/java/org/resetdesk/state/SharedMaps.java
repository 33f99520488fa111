package org.resetdesk.state;

import java.time.Duration;
import java.util.Objects;
import java.util.function.ToIntFunction;

/** Makes the {@link SharedMap}s of the configured store ({@code resetdesk.state.store}). */
public interface SharedMaps {

    <V> SharedMap<V> map(Spec<V> spec);

    /**
     * Runs each change or read, of this store's maps, as {@link SharedMap#compute} or {@link SharedMap#get} would,
     * each key's change atomic on its own: in Redis all in one round trip when no other instance changed those keys
     * since this one last saw them. In memory, one after the other. The reads come after the changes: they read
     * what every change of the run left (and what other instances wrote meanwhile). A change that fails (its
     * function throws) fails the run, and the changes {@link KeyChange#afterOthers after it} are not made.
     */
    default void run(java.util.List<? extends KeyChange<?>> changes) {
        changes.stream().filter(change -> !change.isRead()).forEach(KeyChange::runAlone);
        changes.stream().filter(KeyChange::isRead).forEach(KeyChange::runAlone);
    }

    /**
     * What a map holds.
     *
     * @param name       a short name, part of each key in a shared store ({@code proofs-account})
     * @param codec      how values are written
     * @param lifetime   how long an entry lives after its last write
     * @param maxEntries in memory: how much weight the map holds at most (least recently used entries go first)
     * @param weight     in memory: the weight of a value (0 keeps it however full the map is, until its lifetime ends)
     */
    record Spec<V>(String name, Codec<V> codec, Duration lifetime, long maxEntries, ToIntFunction<V> weight) {

        public Spec {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(codec, "codec");
            if (lifetime.isNegative() || lifetime.isZero()) {
                throw new IllegalArgumentException("lifetime must be positive");
            }
        }

        public Spec(String name, Codec<V> codec, Duration lifetime, long maxEntries) {
            this(name, codec, lifetime, maxEntries, value -> 1);
        }
    }
}
