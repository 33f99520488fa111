package org.resetdesk.webchat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.benmanes.caffeine.cache.Cache;
import org.resetdesk.cache.Caches;

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
        this.windows = Caches.newBuilder()
                .ticker(() -> clock.millis() * 1_000_000L)
                .expireAfterWrite(Duration.ofMinutes(2))
                .maximumSize(100_000)
                .build();
    }

    /**
     * The key one client is counted under: its IPv4 address, or the /64 network of an IPv6 address (one host
     * usually holds a whole /64). Behind a reverse proxy, set {@code server.forward-headers-strategy=native} so the
     * address is the client's, not the proxy's.
     */
    static String clientKey(String address) {
        if (address == null || !address.contains(":")) {
            return String.valueOf(address);
        }
        try {
            byte[] bytes = InetAddress.getByName(address).getAddress();
            return bytes.length == 16 ? HexFormat.of().formatHex(bytes, 0, 8) + "::/64" : address;
        } catch (UnknownHostException e) {
            return address;
        }
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
