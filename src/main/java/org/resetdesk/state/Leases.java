package org.resetdesk.state;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;

import org.resetdesk.runtime.LogContext;


/**
 * Makes work on one key take turns across instances (the turns of one conversation, say): the work runs while it
 * holds the key's lease in the shared store, so two messages of one conversation arriving at two instances at the
 * same moment are handled one after the other, each on the state the other left. A lease ends by itself after
 * {@link #LEASE} (an instance that died holding it does not block the key for longer); a turn that runs longer renews
 * it every third of that while it runs. Waiting polls without holding a thread. Thread-safe.
 */
public final class Leases {

    /** Longer than any turn may take (directory calls give up after 10 s by default). */
    public static final Duration LEASE = Duration.ofSeconds(30);
    /** A turn's lease is renewed while it runs, up to this long. */
    static final Duration LONGEST_TURN = Duration.ofMinutes(2);
    /** A turn that cannot start within this long fails (and the user is asked to send it again). */
    static final Duration WAIT = Duration.ofSeconds(15);
    private static final long POLL_MILLIS = 10;

    /** A lease as stored: its holder and when it ends. */
    record Lease(String holder, Instant until) {
    }

    static final Codec<Lease> LEASES = new Codec<>() {
        @Override
        public String encode(Lease lease) {
            return lease.holder() + "|" + lease.until();
        }

        @Override
        public Lease decode(String text) {
            int bar = text.indexOf('|');
            if (bar < 1) {
                throw new IllegalArgumentException("not a lease");
            }
            return new Lease(text.substring(0, bar), Instant.parse(text.substring(bar + 1)));
        }
    };

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Leases.class);

    private final SharedMaps maps;
    private final SharedMap<Lease> leases;
    private final Clock clock;
    private final Duration renewal;

    /** Leases kept in {@code maps} under {@code name}. */
    public Leases(SharedMaps maps, String name, Clock clock) {
        this(maps, name, clock, LEASE.dividedBy(3));
    }

    /** @param renewal how often a turn still running renews its lease */
    Leases(SharedMaps maps, String name, Clock clock, Duration renewal) {
        this.maps = maps;
        this.leases = maps.map(new SharedMaps.Spec<>(name, LEASES, LEASE.multipliedBy(2), 1_000_000));
        this.clock = clock;
        this.renewal = renewal;
    }

    /** Runs {@code turn} once this instance holds the conversation's lease, and gives the lease back after it. */
    public <T> CompletableFuture<T> serialized(String conversation, Supplier<CompletableFuture<T>> turn) {
        return serialized(conversation, List::of, held -> turn.get());
    }

    /**
     * Runs {@code turn} once this instance holds the conversation's lease, with {@code reads} (made anew for each try)
     * read in the same round trip that took the lease: what they read is what the turn would read first, and no
     * other turn of the conversation changes it meanwhile. Gives the lease back after the turn, in one round trip
     * with the writes the turn left for then ({@link Held#writeOnRelease}); when one of those fails, so does the turn.
     */
    public <T> CompletableFuture<T> serialized(String conversation, Supplier<List<KeyChange<?>>> reads,
            Function<Held, CompletableFuture<T>> turn) {
        String holder = UUID.randomUUID().toString();
        Instant giveUp = clock.instant().plus(WAIT);
        CompletableFuture<List<KeyChange<?>>> taken;
        try {
            taken = acquire(conversation, holder, reads, giveUp);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return taken.thenCompose(read -> {
            Held held = new Held(read);
            CompletableFuture<T> running;
            try {
                running = turn.apply(held);
            } catch (RuntimeException e) {
                running = CompletableFuture.failedFuture(e);
            }
            renewWhile(conversation, holder, running, clock.instant().plus(LONGEST_TURN));
            return running.handle((result, failure) -> {
                RuntimeException notWritten = release(conversation, holder, held.released());
                held.afterRelease();
                if (failure != null) {
                    throw failure instanceof CompletionException wrapped ? wrapped : new CompletionException(failure);
                }
                if (notWritten != null) {
                    throw notWritten;
                }
                return result;
            });
        });
    }

    /**
     * Renews the lease every {@link #renewal} until {@code running} completes (or the lease is someone else's, or
     * {@code until} has passed: a turn that hangs does not hold its conversation for ever). The waiting renewal is
     * cancelled, and dropped from the timer, as soon as the turn completes.
     */
    private void renewWhile(String conversation, String holder, CompletableFuture<?> running, Instant until) {
        if (running.isDone() || !clock.instant().isBefore(until)) {
            return;
        }
        java.util.concurrent.ScheduledFuture<?> next = RENEWALS.schedule(() -> {
            Instant now = clock.instant();
            try {
                Lease lease = leases.compute(conversation, current -> current != null
                        && current.holder().equals(holder) ? new Lease(holder, now.plus(LEASE)) : current);
                if (lease != null && lease.holder().equals(holder)) {
                    renewWhile(conversation, holder, running, until);
                }
            } catch (RuntimeException e) {
                log.warn("A running turn's lease could not be renewed ({})", e.getClass().getSimpleName());
                renewWhile(conversation, holder, running, until);
            }
        }, renewal.toMillis(), TimeUnit.MILLISECONDS);
        running.whenComplete((result, failure) -> next.cancel(false));
    }

    /** One timer for every instance's renewals: a renewal is one short call to the store. */
    private static final java.util.concurrent.ScheduledThreadPoolExecutor RENEWALS = renewals();

    private static java.util.concurrent.ScheduledThreadPoolExecutor renewals() {
        java.util.concurrent.ScheduledThreadPoolExecutor timer = new java.util.concurrent.ScheduledThreadPoolExecutor(
                1, task -> {
                    Thread thread = new Thread(task, "resetdesk-lease-renewals");
                    thread.setDaemon(true);
                    return thread;
                });
        timer.setRemoveOnCancelPolicy(true);
        return timer;
    }

    /** A turn holding its conversation's lease: what was read with it, and what to write when giving it back. */
    public static final class Held {

        private final List<KeyChange<?>> reads;
        private final List<KeyChange<?>> writes = new ArrayList<>();
        private final List<Runnable> afterwards = new ArrayList<>();
        private boolean released;

        private Held(List<KeyChange<?>> reads) {
            this.reads = List.copyOf(reads);
        }

        /** The reads made with the lease, run. */
        public List<KeyChange<?>> reads() {
            return reads;
        }

        /**
         * Makes {@code write} in the round trip that gives the lease back, before the lease is given back (which
         * waits for it). False once the lease was given back: then make it yourself.
         */
        public synchronized boolean writeOnRelease(KeyChange<?> write) {
            if (released) {
                return false;
            }
            writes.add(write);
            return true;
        }

        /**
         * Leaves all of {@code writes} for the round trip that gives the lease back, as
         * {@link #writeOnRelease(KeyChange)}, or none of them: false once the lease was given back. (Left together,
         * they are not made together: should that round trip fail, each is made on its own, or not at all.)
         * {@code afterwards} runs once the release is over, whether or not the writes were made (a write that was made
         * is {@link KeyChange#isDone done}).
         */
        public synchronized boolean writeOnRelease(List<? extends KeyChange<?>> writes, Runnable afterwards) {
            if (released) {
                return false;
            }
            this.writes.addAll(writes);
            this.afterwards.add(Objects.requireNonNull(afterwards, "afterwards"));
            return true;
        }

        /** Whether writes may still be left for the release. */
        public synchronized boolean open() {
            return !released;
        }

        private synchronized List<KeyChange<?>> released() {
            released = true;
            return List.copyOf(writes);
        }

        /** Runs what was left to run after the release (once it was given back: nothing is added any more). */
        private void afterRelease() {
            List<Runnable> left;
            synchronized (this) {
                left = List.copyOf(afterwards);
            }
            for (Runnable after : left) {
                try {
                    after.run();
                } catch (RuntimeException e) {
                    log.warn("A step left for after a turn's release failed", e);
                }
            }
        }
    }

    private CompletableFuture<List<KeyChange<?>>> acquire(String conversation, String holder,
            Supplier<List<KeyChange<?>>> reads, Instant giveUp) {
        Instant now = clock.instant();
        KeyChange<Lease> lease = KeyChange.of(leases, conversation, current -> current == null
                || !now.isBefore(current.until()) ? new Lease(holder, now.plus(LEASE)) : current);
        List<KeyChange<?>> read = reads.get();
        List<KeyChange<?>> batch = new ArrayList<>(read.size() + 1);
        batch.add(lease);
        batch.addAll(read);
        try {
            maps.run(batch);
        } catch (StateUnavailableException e) {
            throw e;
        } catch (RuntimeException e) {
            // the lease may be taken, and a read failed (a value that does not decode): give it back, fail the turn
            release(conversation, holder, List.of());
            throw e;
        }
        if (lease.result().holder().equals(holder)) {
            return CompletableFuture.completedFuture(read);
        }
        if (!now.isBefore(giveUp)) {
            return CompletableFuture.failedFuture(new IllegalStateException("Another turn of this conversation held"
                    + " it for longer than " + WAIT.toSeconds() + " s"));
        }
        return CompletableFuture.supplyAsync(() -> null,
                        LogContext.carrying(CompletableFuture.delayedExecutor(POLL_MILLIS, TimeUnit.MILLISECONDS)))
                .thenCompose(waited -> acquire(conversation, holder, reads, giveUp));
    }

    /**
     * Makes {@code writes}, then gives the lease back, in one round trip; when the store does not answer, the lease
     * ends by itself after {@link #LEASE}.
     *
     * @return why the writes were not made, if they were not
     */
    private RuntimeException release(String conversation, String holder, List<KeyChange<?>> writes) {
        List<KeyChange<?>> batch = new ArrayList<>(writes);
        batch.add(giveBack(conversation, holder));
        try {
            maps.run(batch);
            return null;
        } catch (StateUnavailableException e) {
            log.warn("A conversation's turn lease could not be given back ({}); it ends by itself", e.getMessage());
            return writes.isEmpty() ? null : e;
        } catch (RuntimeException e) {
            // A write was refused (another turn's state came first): the others are made each on its own, then the
            // lease goes back.
            for (KeyChange<?> write : writes) {
                if (!write.isDone()) {
                    try {
                        maps.run(List.of(write));
                    } catch (RuntimeException refused) {
                        // the turn fails with the first refusal
                    }
                }
            }
            try {
                maps.run(List.of(giveBack(conversation, holder)));
            } catch (RuntimeException notGivenBack) {
                log.warn("A conversation's turn lease could not be given back ({}); it ends by itself",
                        notGivenBack.getClass().getSimpleName());
            }
            return e;
        }
    }

    /** Gives the lease back if {@code holder} still holds it. */
    private KeyChange<Lease> giveBack(String conversation, String holder) {
        return KeyChange.afterOthers(leases, conversation, current -> current != null
                && current.holder().equals(holder) ? null : current);
    }
}
