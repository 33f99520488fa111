package org.resetdesk.webchat;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Limits how many conversations one client address may start per minute (fixed one-minute windows), so a script
 * cannot fill the conversation store. Thread-safe.
 */
final class TokenRateLimiter {

    private final Cache<String, AtomicInteger> windows;
    private final int perMinute;
    private final Clock clock;

    TokenRateLimiter(int perMinute, Clock clock) {
        this.perMinute = perMinute;
        this.clock = clock;
        this.windows = Caffeine.newBuilder()
                .ticker(() -> clock.millis() * 1_000_000L)
                .expireAfterWrite(Duration.ofMinutes(2))
                .maximumSize(100_000)
                .build();
    }

    /** Counts one request from {@code client}; false when it is over the limit for the current minute. */
    boolean tryAcquire(String client) {
        String window = client + "@" + clock.millis() / 60_000;
        return windows.get(window, key -> new AtomicInteger()).incrementAndGet() <= perMinute;
    }

    /** Seconds until the current window ends. */
    long secondsToNextWindow() {
        return 60 - (clock.millis() / 1000) % 60;
    }
}
