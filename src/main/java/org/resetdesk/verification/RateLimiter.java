package org.resetdesk.verification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.resetdesk.state.Codec;
import org.resetdesk.state.KeyChange;
import org.resetdesk.state.Leases;
import org.resetdesk.state.MemorySharedMaps;
import org.resetdesk.state.SharedMap;
import org.resetdesk.state.SharedMaps;

/**
 * Counts events per key in a sliding window and blocks a key for a fixed time once it has too many. Bounded in
 * size and forgetful of idle keys, so memory stays flat under a flood of names. Thread-safe: each key's state is
 * replaced atomically, in a {@link SharedMap}, so with a shared store the counts of every instance add up.
 */
final class RateLimiter {

    /**
     * @param events       recent events inside the window
     * @param blockedUntil end of the current block, or {@code null}
     * @param reserved     when each attempt begun and not yet finished began; they count against the limit
     *                     meanwhile, for at most {@link #IN_FLIGHT}
     */
    record State(List<Instant> events, Instant blockedUntil, List<Instant> reserved) {

        State {
            events = List.copyOf(events);
            reserved = List.copyOf(reserved);
        }

        State(List<Instant> events, Instant blockedUntil) {
            this(events, blockedUntil, List.of());
        }
    }

    /**
     * A state as text: the block's end or "-", when each attempt in flight began, the events, each instant as
     * ISO-8601, or "0" when none is in flight (as earlier versions wrote a count, so that they still read most states
     * while instances are upgraded one by one). A count (as they wrote it) reads as none in flight.
     */
    static final Codec<State> STATES = new Codec<>() {
        @Override
        public String encode(State state) {
            StringBuilder text = new StringBuilder()
                    .append(state.blockedUntil() == null ? "-" : state.blockedUntil().toString())
                    .append('|');
            if (state.reserved().isEmpty()) {
                text.append('0'); // as earlier versions wrote it: an instance not yet upgraded reads it too
            } else {
                appendAll(text, state.reserved());
            }
            text.append('|');
            appendAll(text, state.events());
            return text.toString();
        }

        @Override
        public State decode(String text) {
            String[] parts = text.split("\\|", -1);
            if (parts.length != 3) {
                throw new IllegalArgumentException("not a limiter state");
            }
            List<Instant> reserved = parts[1].chars().allMatch(Character::isDigit) ? List.of() : instants(parts[1]);
            return new State(instants(parts[2]), "-".equals(parts[0]) ? null : Instant.parse(parts[0]), reserved);
        }

        private static void appendAll(StringBuilder text, List<Instant> instants) {
            for (int i = 0; i < instants.size(); i++) {
                text.append(i == 0 ? "" : ",").append(instants.get(i));
            }
        }

        private static List<Instant> instants(String text) {
            return text.isEmpty() ? List.of() : java.util.Arrays.stream(text.split(",")).map(Instant::parse).toList();
        }
    };

    /** How long a refused parallel attempt is told to wait: the attempts in flight finish within seconds. */
    static final Duration BUSY = Duration.ofMinutes(1);
    /**
     * An attempt begun longer ago than this is no longer in flight, finished or not: an attempt lasts one turn, and a
     * turn at most two minutes. So one whose finish was lost (its instance stopped, or the store did not answer the
     * round trip that finishes it) holds the limit back for this long, not for as long as the entry lives.
     */
    static final Duration IN_FLIGHT = Duration.ofMinutes(5);

    private final Clock clock;
    private final int limit;
    private final Duration window;
    private final Duration block;
    private final SharedMaps maps;
    private final SharedMap<State> states;
    /** Told whenever a key's block starts or is lifted (to persist the blocks); never with the limiter's lock held. */
    private volatile Runnable onBlocksChanged = () -> { };

    /** A limiter in this process's memory. */
    RateLimiter(Clock clock, int limit, Duration window, Duration block, int maxEntries) {
        this(new MemorySharedMaps(clock), "limit", clock, limit, window, block, maxEntries);
    }

    /** A limiter whose counts are in {@code maps} under {@code name}. */
    RateLimiter(SharedMaps maps, String name, Clock clock, int limit, Duration window, Duration block,
            int maxEntries) {
        if (limit < 1 || !positive(window) || !positive(block)) {
            throw new IllegalArgumentException("limit, window and block must be positive");
        }
        this.clock = Objects.requireNonNull(clock, "clock");
        this.limit = limit;
        this.window = window;
        this.block = block;
        this.maps = maps;
        // A block weighs nothing, so a flood of new names cannot evict it before it ends (it still expires); only
        // unblocked counters compete for the maxEntries places.
        this.states = maps.map(new SharedMaps.Spec<>(name, STATES, window.compareTo(block) >= 0 ? window : block,
                maxEntries, state -> state.blockedUntil() == null ? 1 : 0));
    }

    void onBlocksChanged(Runnable listener) {
        this.onBlocksChanged = listener;
    }

    /** The keys blocked now, with the end of each block. */
    java.util.Map<String, Instant> blocks() {
        Instant now = clock.instant();
        java.util.Map<String, Instant> blocked = new java.util.LinkedHashMap<>();
        states.entries().forEach((key, state) -> {
            if (isBlocked(state, now)) {
                blocked.put(key, state.blockedUntil());
            }
        });
        return blocked;
    }

    /** Blocks {@code key} until {@code until} (a block kept over a restart); a past time does nothing. */
    void restoreBlock(String key, Instant until) {
        if (clock.instant().isBefore(until)) {
            states.compute(key, state -> new State(List.of(), until));
        }
    }

    /** Lifts the key's block and forgets its events; whether it was blocked. */
    boolean lift(String key) {
        Op lift = lifting(key);
        run(List.of(lift));
        return lift.wasBlocked();
    }

    /** The end of the key's block, if it is blocked now. */
    Optional<Instant> blockedUntil(String key) {
        return runAlone(checking(key));
    }

    /** Counts a failure; the one that reaches the limit starts a block. Returns the block's end if blocked now. */
    Optional<Instant> recordFailure(String key) {
        return runAlone(failing(key));
    }

    /** Takes one of the events the window allows; refused (and blocked) when they are all taken. */
    Optional<Instant> tryAcquire(String key) {
        return runAlone(acquiring(key));
    }

    /**
     * Begins an attempt that may fail: refused (with when to try again) while blocked, or while the failures so far
     * plus the attempts already in flight reach the limit, so parallel attempts cannot all pass one check.
     */
    Optional<Instant> reserve(String key) {
        return runAlone(reserving(key));
    }

    /** Ends an attempt begun with {@link #reserve}; a failed one is recorded as a failure (and may start a block). */
    Optional<Instant> release(String key, boolean failed) {
        return runAlone(releasing(key, failed));
    }

    /** Blocks the key now if its failures in the window already reach the limit; returns the block's end if so. */
    Optional<Instant> blockAtLimit(String key) {
        return runAlone(blockingAtLimit(key));
    }

    /** Takes back the newest event of the window (an attempt counted in advance that turned out fine). */
    void refund(String key) {
        runAlone(refunding(key));
    }

    /** Forgets the key's events and block. */
    void reset(String key) {
        lift(key);
    }

    /** {@link #blockedUntil}, to run with others. */
    Op checking(String key) {
        return new Op(this, key, null);
    }

    /**
     * {@link #checking}, as a change that leaves the key as it is (in Redis, a compare-and-set of the same value, which
     * also renews the entry's expiry): decided, like the changes, before the changes after it in a run (a read is
     * decided last), so that a change made {@link KeyChange#afterOthers after} it can depend on it through
     * {@link Op#allowsSoFar}.
     */
    Op confirming(String key) {
        return new Op(this, key, (op, state) -> state);
    }

    /** {@link #recordFailure}, to run with others. */
    Op failing(String key) {
        return counting(key, true);
    }

    /** {@link #tryAcquire}, to run with others. */
    Op acquiring(String key) {
        return counting(key, false);
    }

    /** {@link #reserve}, to run with others; {@link Op#blockedUntil} is the refusal. */
    Op reserving(String key) {
        return new Op(this, key, (op, state) -> {
            if (state != null && isBlocked(state, op.now)) {
                op.refusedUntil = state.blockedUntil();
                return state;
            }
            List<Instant> recent = recent(state, op.now);
            List<Instant> reserved = inFlight(state, op.now);
            if (recent.size() >= limit) {
                op.refusedUntil = op.now.plus(block);
                return new State(List.of(), op.refusedUntil, reserved);
            }
            if (recent.size() + reserved.size() >= limit) {
                op.refusedUntil = op.now.plus(BUSY);
                return new State(recent, null, reserved);
            }
            reserved.add(op.now);
            return new State(recent, null, reserved);
        });
    }

    /** {@link #release}, to run with others. */
    Op releasing(String key, boolean failed) {
        return new Op(this, key, (op, state) -> {
            List<Instant> reserved = inFlight(state, op.now);
            if (!reserved.isEmpty()) {
                reserved.remove(reserved.size() - 1); // the newest: any other still in flight ends sooner
            }
            if (state != null && isBlocked(state, op.now)) {
                return new State(state.events(), state.blockedUntil(), reserved);
            }
            List<Instant> recent = recent(state, op.now);
            if (failed) {
                recent.add(op.now);
                if (recent.size() >= limit) {
                    return new State(List.of(), op.now.plus(block), reserved);
                }
            }
            return new State(List.copyOf(recent), null, reserved);
        });
    }

    /** {@link #blockAtLimit}, to run with others. */
    Op blockingAtLimit(String key) {
        return new Op(this, key, (op, state) -> {
            if (state == null || isBlocked(state, op.now)) {
                return state;
            }
            List<Instant> recent = recent(state, op.now);
            return recent.size() >= limit ? new State(List.of(), op.now.plus(block), inFlight(state, op.now))
                    : new State(recent, null, inFlight(state, op.now));
        });
    }

    /** {@link #refund}, to run with others. */
    Op refunding(String key) {
        return new Op(this, key, (op, state) -> {
            if (state == null || isBlocked(state, op.now)) {
                return state;
            }
            List<Instant> recent = recent(state, op.now);
            if (!recent.isEmpty()) {
                recent.remove(recent.size() - 1);
            }
            return new State(recent, null, inFlight(state, op.now));
        });
    }

    /** {@link #lift}, to run with others; {@link Op#wasBlocked} tells whether it lifted a block. */
    Op lifting(String key) {
        return new Op(this, key, (op, state) -> null);
    }

    private Op counting(String key, boolean blockAtLimit) {
        return new Op(this, key, (op, state) -> {
            if (state != null && isBlocked(state, op.now)) {
                return state;
            }
            List<Instant> recent = recent(state, op.now);
            // Attempts in flight (reserve) stay counted whatever else is recorded meanwhile.
            List<Instant> reserved = inFlight(state, op.now);
            if (!blockAtLimit && recent.size() >= limit) {
                return new State(List.of(), op.now.plus(block), reserved);
            }
            recent.add(op.now);
            if (blockAtLimit && recent.size() >= limit) {
                return new State(List.of(), op.now.plus(block), reserved);
            }
            return new State(List.copyOf(recent), null, reserved);
        });
    }

    /** When each attempt still in flight began (those begun {@link #IN_FLIGHT} ago or earlier are not), oldest first. */
    private static List<Instant> inFlight(State state, Instant now) {
        List<Instant> inFlight = new ArrayList<>();
        if (state != null) {
            Instant since = now.minus(IN_FLIGHT);
            state.reserved().stream().filter(at -> at.isAfter(since)).forEach(inFlight::add);
        }
        return inFlight;
    }

    private List<Instant> recent(State state, Instant now) {
        List<Instant> recent = new ArrayList<>();
        if (state != null) {
            Instant since = now.minus(window);
            state.events().stream().filter(at -> at.isAfter(since)).forEach(recent::add);
        }
        return recent;
    }

    private Optional<Instant> runAlone(Op op) {
        run(List.of(op));
        return op.blockedUntil();
    }

    /**
     * Runs operations of limiters of this limiter's store together (in Redis, one round trip), then tells each
     * limiter whose blocks changed.
     */
    void run(List<Op> ops) {
        run(ops, null);
    }

    /** As {@link #run(List)}, with {@code then} (a change made after the operations) in the same round trip. */
    void run(List<Op> ops, KeyChange<?> then) {
        List<KeyChange<?>> changes = new ArrayList<>(ops.size() + 1);
        ops.forEach(op -> changes.add(op.change));
        if (then != null) {
            changes.add(then);
        }
        maps.run(changes);
        tellBlocksChanged(ops);
    }

    /**
     * As {@link #run(List)}, for operations whose outcome nothing waits for: in the round trip that gives back
     * {@code lease} (a turn's, held by this instance) when it is still held, else now.
     */
    void runOnRelease(List<Op> ops, Optional<Leases.Held> lease) {
        List<KeyChange<?>> changes = ops.stream().<KeyChange<?>>map(op -> op.change).toList();
        if (lease.isEmpty() || !lease.get().writeOnRelease(changes, () -> tellBlocksChanged(ops))) {
            run(ops);
        }
    }

    /** Tells each limiter whose blocks the operations (those made) changed. */
    private static void tellBlocksChanged(List<Op> ops) {
        ops.stream().filter(op -> op.change.isDone() && op.changedBlocks()).map(op -> op.limiter).distinct()
                .forEach(limiter -> limiter.onBlocksChanged.run());
    }

    /** One operation on one key, made to run with others ({@link #run}); read its outcome after the run. */
    static final class Op {

        private final RateLimiter limiter;
        private final String key;
        private final Instant now;
        private final KeyChange<State> change;
        private State before;
        private State after;
        private boolean computed;
        private Instant refusedUntil;

        /** @param step the next state from the current one ({@code null}: only a read) */
        private Op(RateLimiter limiter, String key, java.util.function.BiFunction<Op, State, State> step) {
            this.limiter = limiter;
            this.key = key;
            this.now = limiter.clock.instant();
            this.change = step == null ? KeyChange.read(limiter.states, key) : KeyChange.of(limiter.states, key,
                    state -> {
                        before = state;
                        refusedUntil = null;
                        after = step.apply(this, state);
                        computed = true;
                        return after;
                    });
        }

        /**
         * Whether the operation, as last computed, leaves its key open (not refused, not blocked), for a change made
         * {@link KeyChange#afterOthers after} it in the same run. In a shared store the change is made only in a
         * script in which every change before it was made, or after they were made in an earlier one: each
         * operation's answer is then what it decided on the value stored when it was made (each key at its own
         * moment, as with separate round trips). A read, or an operation not computed yet, has no answer to give.
         */
        boolean allowsSoFar() {
            if (!computed) {
                throw new IllegalStateException("the operation on " + key + " has not been decided (a read, or not"
                        + " run yet)");
            }
            return refusedUntil == null && (after == null || !isBlocked(after, now));
        }

        /** The refusal's end (a reservation), or the block's end if the key is blocked after the run. */
        Optional<Instant> blockedUntil() {
            if (refusedUntil != null) {
                return Optional.of(refusedUntil);
            }
            State after = change.result();
            return after != null && isBlocked(after, now) ? Optional.of(after.blockedUntil()) : Optional.empty();
        }

        /** Gives back a granted reservation of the same key (its attempt did not happen), to run with others. */
        Op givingBack() {
            return limiter.releasing(key, false);
        }

        /** Takes back the event this counted (its attempt did not happen), to run with others. */
        Op takingBack() {
            return limiter.refunding(key);
        }

        /** Whether the key was blocked before the run (a lift: whether it lifted a block). */
        boolean wasBlocked() {
            change.result();
            return before != null && isBlocked(before, now);
        }

        /** A block started, or a lift ended one. */
        private boolean changedBlocks() {
            if (change.isRead()) {
                return false;
            }
            State after = change.result();
            boolean blockedBefore = before != null && isBlocked(before, now);
            boolean blockedAfter = after != null && isBlocked(after, now);
            return blockedBefore != blockedAfter && (blockedAfter || after == null);
        }
    }

    private static boolean positive(Duration duration) {
        return !duration.isNegative() && !duration.isZero();
    }

    private static boolean isBlocked(State state, Instant now) {
        return state.blockedUntil() != null && now.isBefore(state.blockedUntil());
    }
}
