package org.resetdesk.state;

import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * One key's change (as {@link SharedMap#compute}) or read (as {@link SharedMap#get}), to run together with others,
 * of any maps of one store, with {@link SharedMaps#run}: in Redis, in one round trip. Each key's change is atomic on
 * its own; the changes together are not a transaction (another instance may see some of them before the others).
 * Used once; its {@link #result} is there after the run.
 */
public final class KeyChange<V> {

    private final SharedMap<V> map;
    private final String key;
    private final UnaryOperator<V> change;
    private final boolean guarded;
    private boolean done;
    private V result;

    private KeyChange(SharedMap<V> map, String key, UnaryOperator<V> change, boolean guarded) {
        this.map = Objects.requireNonNull(map, "map");
        this.key = Objects.requireNonNull(key, "key");
        this.change = change;
        this.guarded = guarded;
    }

    /** A change of {@code key} in {@code map}, which may run more than once (see {@link SharedMap#compute}). */
    public static <V> KeyChange<V> of(SharedMap<V> map, String key, UnaryOperator<V> change) {
        return new KeyChange<>(map, key, Objects.requireNonNull(change, "change"), false);
    }

    /**
     * A change of {@code key} that is made only after every change before it in its run was made (a lease given back
     * only once the turn's state is written, say); one that fails leaves it unmade.
     */
    public static <V> KeyChange<V> afterOthers(SharedMap<V> map, String key, UnaryOperator<V> change) {
        return new KeyChange<>(map, key, Objects.requireNonNull(change, "change"), true);
    }

    /** A read of {@code key} in {@code map}. */
    public static <V> KeyChange<V> read(SharedMap<V> map, String key) {
        return new KeyChange<>(map, key, null, false);
    }

    /** The value stored after the change, or read ({@code null}: none). */
    public V result() {
        if (!done) {
            throw new IllegalStateException("the change of " + key + " has not run");
        }
        return result;
    }

    /** Whether it has run (and was made, for a change). */
    public boolean isDone() {
        return done;
    }

    SharedMap<V> map() {
        return map;
    }

    String key() {
        return key;
    }

    /** Made only after the changes before it in its run: see {@link #afterOthers}. */
    boolean guarded() {
        return guarded;
    }

    /** A read, not a change. */
    public boolean isRead() {
        return change == null;
    }

    V apply(V current) {
        return change.apply(current);
    }

    void done(V value) {
        this.result = value;
        this.done = true;
    }

    /** Runs this change on its own. */
    void runAlone() {
        done(isRead() ? map.get(key).orElse(null) : map.compute(key, change));
    }
}
