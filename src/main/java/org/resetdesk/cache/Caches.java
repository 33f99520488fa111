package org.resetdesk.cache;

import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Where ResetDesk's in-memory caches come from: Caffeine builders whose upkeep (evicting, expiring, draining the
 * read and write buffers) runs on the thread that used the cache instead of being handed to the common fork-join
 * pool. The upkeep is small and amortised; the hand-off woke a pool thread after most writes, which on a busy
 * two-core machine measured as more work than the upkeep itself.
 */
public final class Caches {

    private Caches() {
    }

    /** A new builder, as {@link Caffeine#newBuilder()}, with the upkeep on the calling thread. */
    public static Caffeine<Object, Object> newBuilder() {
        return Caffeine.newBuilder().executor(Runnable::run);
    }
}
