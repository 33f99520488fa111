package org.resetdesk.verification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import org.resetdesk.cache.Caches;

/**
 * Counts events per key in a sliding window and blocks a key for a fixed time once it has too many. Bounded in
 * size and forgetful of idle keys, so memory stays flat under a flood of names. Thread-safe: each key's state is
 * replaced atomically.
 */
final class RateLimiter<K> {

    /**
     * @param events       recent events inside the window
     * @param blockedUntil end of the current block, or {@code null}
     * @param reserved     attempts begun and not yet finished; they count against the limit meanwhile
     */
    private record State(List<Instant> events, Instant blockedUntil, int reserved) {

        State(List<Instant> events, Instant blockedUntil) {
            this(events, blockedUntil, 0);
        }
    }

    /** How long a refused parallel attempt is told to wait: the attempts in flight finish within seconds. */
    static final Duration BUSY = Duration.ofMinutes(1);

    private final Clock clock;
    private final int limit;
    private final Duration window;
    private final Duration block;
    private final Cache<K, State> states;
    /** Told whenever a key's block starts or is lifted (to persist the blocks); never with the limiter's lock held. */
    private volatile Runnable onBlocksChanged = () -> { };

    RateLimiter(Clock clock, int limit, Duration window, Duration block, int maxEntries) {
        if (limit < 1 || !positive(window) || !positive(block)) {
            throw new IllegalArgumentException("limit, window and block must be positive");
        }
        this.clock = Objects.requireNonNull(clock, "clock");
        this.limit = limit;
        this.window = window;
        this.block = block;
        this.states = Caches.newBuilder()
                .ticker(() -> clock.millis() * 1_000_000L)
                .expireAfterWrite(window.compareTo(block) >= 0 ? window : block)
                // A block weighs nothing, so a flood of new names cannot evict it before it ends (it still expires);
                // only unblocked counters compete for the maxEntries places.
                .maximumWeight(maxEntries)
                .weigher((K key, State state) -> state.blockedUntil() == null ? 1 : 0)
                .build();
    }

    void onBlocksChanged(Runnable listener) {
        this.onBlocksChanged = listener;
    }

    /** The keys blocked now, with the end of each block. */
    java.util.Map<K, Instant> blocks() {
        Instant now = clock.instant();
        java.util.Map<K, Instant> blocked = new java.util.LinkedHashMap<>();
        states.asMap().forEach((key, state) -> {
            if (isBlocked(state, now)) {
                blocked.put(key, state.blockedUntil());
            }
        });
        return blocked;
    }

    /** Blocks {@code key} until {@code until} (a block kept over a restart); a past time does nothing. */
    void restoreBlock(K key, Instant until) {
        if (clock.instant().isBefore(until)) {
            states.put(key, new State(List.of(), until));
        }
    }

    /** Lifts the key's block and forgets its events; whether it was blocked. */
    boolean lift(K key) {
        boolean wasBlocked = blockedUntil(key).isPresent();
        states.invalidate(key);
        if (wasBlocked) {
            onBlocksChanged.run();
        }
        return wasBlocked;
    }

    /** Runs the listener when {@code next} is a block that {@code before} was not. */
    private void noticeBlock(State before, State next, Instant now) {
        if (next != null && isBlocked(next, now) && (before == null || !isBlocked(before, now))) {
            onBlocksChanged.run();
        }
    }

    /** The end of the key's block, if it is blocked now. */
    Optional<Instant> blockedUntil(K key) {
        Instant now = clock.instant();
        State state = states.getIfPresent(key);
        if (state == null) {
            return Optional.empty();
        }
        return isBlocked(state, now) ? Optional.of(state.blockedUntil()) : Optional.empty();
    }

    /** Counts a failure; the one that reaches the limit starts a block. Returns the block's end if blocked now. */
    Optional<Instant> recordFailure(K key) {
        return update(key, true);
    }

    /** Takes one of the events the window allows; refused (and blocked) when they are all taken. */
    Optional<Instant> tryAcquire(K key) {
        return update(key, false);
    }

    /**
     * Begins an attempt that may fail: refused (with when to try again) while blocked, or while the failures so far
     * plus the attempts already in flight reach the limit, so parallel attempts cannot all pass one check.
     */
    Optional<Instant> reserve(K key) {
        State before = states.getIfPresent(key);
        Instant now = clock.instant();
        Instant[] refusedUntil = {null};
        State next = states.asMap().compute(key, (k, state) -> {
            if (state != null && isBlocked(state, now)) {
                refusedUntil[0] = state.blockedUntil();
                return state;
            }
            List<Instant> recent = recent(state, now);
            int reserved = state == null ? 0 : state.reserved();
            if (recent.size() >= limit) {
                refusedUntil[0] = now.plus(block);
                return new State(List.of(), refusedUntil[0], reserved);
            }
            if (recent.size() + reserved >= limit) {
                refusedUntil[0] = now.plus(BUSY);
                return new State(List.copyOf(recent), null, reserved);
            }
            return new State(List.copyOf(recent), null, reserved + 1);
        });
        noticeBlock(before, next, now);
        return Optional.ofNullable(refusedUntil[0]);
    }

    /** Ends an attempt begun with {@link #reserve}; a failed one is recorded as a failure (and may start a block). */
    Optional<Instant> release(K key, boolean failed) {
        State before = states.getIfPresent(key);
        Instant now = clock.instant();
        State next = states.asMap().compute(key, (k, state) -> {
            int reserved = state == null ? 0 : Math.max(0, state.reserved() - 1);
            if (state != null && isBlocked(state, now)) {
                return new State(state.events(), state.blockedUntil(), reserved);
            }
            List<Instant> recent = recent(state, now);
            if (failed) {
                recent.add(now);
                if (recent.size() >= limit) {
                    return new State(List.of(), now.plus(block), reserved);
                }
            }
            return new State(List.copyOf(recent), null, reserved);
        });
        noticeBlock(before, next, now);
        return isBlocked(next, now) ? Optional.of(next.blockedUntil()) : Optional.empty();
    }

    private List<Instant> recent(State state, Instant now) {
        List<Instant> recent = new ArrayList<>();
        if (state != null) {
            Instant since = now.minus(window);
            state.events().stream().filter(at -> at.isAfter(since)).forEach(recent::add);
        }
        return recent;
    }

    /** Blocks the key now if its failures in the window already reach the limit; returns the block's end if so. */
    Optional<Instant> blockAtLimit(K key) {
        State before = states.getIfPresent(key);
        Instant now = clock.instant();
        State next = states.asMap().computeIfPresent(key, (k, state) -> {
            if (isBlocked(state, now)) {
                return state;
            }
            List<Instant> recent = recent(state, now);
            return recent.size() >= limit ? new State(List.of(), now.plus(block), state.reserved())
                    : new State(List.copyOf(recent), null, state.reserved());
        });
        noticeBlock(before, next, now);
        return next != null && isBlocked(next, now) ? Optional.of(next.blockedUntil()) : Optional.empty();
    }

    /** Takes back the newest event of the window (an attempt counted in advance that turned out fine). */
    void refund(K key) {
        Instant now = clock.instant();
        states.asMap().computeIfPresent(key, (k, state) -> {
            if (isBlocked(state, now)) {
                return state;
            }
            List<Instant> recent = recent(state, now);
            if (!recent.isEmpty()) {
                recent.remove(recent.size() - 1);
            }
            return new State(List.copyOf(recent), null, state.reserved());
        });
    }

    /** Forgets the key's events and block. */
    void reset(K key) {
        lift(key);
    }

    private Optional<Instant> update(K key, boolean blockAtLimit) {
        State before = states.getIfPresent(key);
        Instant now = clock.instant();
        State next = states.asMap().compute(key, (k, state) -> {
            if (state != null && isBlocked(state, now)) {
                return state;
            }
            List<Instant> recent = new ArrayList<>();
            if (state != null) {
                Instant since = now.minus(window);
                state.events().stream().filter(at -> at.isAfter(since)).forEach(recent::add);
            }
            // Attempts in flight (reserve) stay counted whatever else is recorded meanwhile.
            int reserved = state == null ? 0 : state.reserved();
            if (!blockAtLimit && recent.size() >= limit) {
                return new State(List.of(), now.plus(block), reserved);
            }
            recent.add(now);
            if (blockAtLimit && recent.size() >= limit) {
                return new State(List.of(), now.plus(block), reserved);
            }
            return new State(List.copyOf(recent), null, reserved);
        });
        noticeBlock(before, next, now);
        return isBlocked(next, now) ? Optional.of(next.blockedUntil()) : Optional.empty();
    }

    private static boolean positive(Duration duration) {
        return !duration.isNegative() && !duration.isZero();
    }

    private static boolean isBlocked(State state, Instant now) {
        return state.blockedUntil() != null && now.isBefore(state.blockedUntil());
    }
}
