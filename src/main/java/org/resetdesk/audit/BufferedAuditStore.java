package org.resetdesk.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes the database write off the user's turn: records are queued and one writer thread stores them in order. A
 * full queue makes the caller write its record itself (slower, nothing lost). Reads first wait until every record
 * queued before them is stored, so a report never misses an event that already happened; closing stores what is
 * queued. Thread-safe.
 */
final class BufferedAuditStore implements AuditStore, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(BufferedAuditStore.class);
    private static final Duration READ_WAIT = Duration.ofSeconds(10);

    private final AuditStore store;
    private final BlockingQueue<AuditRecord> queue;
    private final AtomicLong queued = new AtomicLong();
    private final AtomicLong done = new AtomicLong();
    private final Object progress = new Object();
    private final Thread writer;
    private volatile boolean closing;

    BufferedAuditStore(AuditStore store, int capacity) {
        this.store = store;
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.writer = new Thread(this::write, "audit-writer");
        writer.setDaemon(true);
        writer.start();
    }

    @Override
    public void append(AuditRecord record) {
        if (closing || !offer(record)) {
            store.append(record); // the caller waits rather than an event being lost
        }
    }

    private boolean offer(AuditRecord record) {
        synchronized (progress) {
            if (!queue.offer(record)) {
                return false;
            }
            queued.incrementAndGet();
            return true;
        }
    }

    private void write() {
        List<AuditRecord> batch = new ArrayList<>();
        while (!closing || !queue.isEmpty()) {
            try {
                AuditRecord first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, 499);
                for (AuditRecord record : batch) {
                    try {
                        store.append(record);
                    } catch (RuntimeException e) {
                        log.error("Audit: the store did not take a '{}' record (correlation id {}): {}",
                                record.step(), record.correlationId(), e.toString());
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                synchronized (progress) {
                    done.addAndGet(batch.size());
                    progress.notifyAll();
                }
                batch.clear();
            }
        }
    }

    /** Waits until what was queued before now is stored (or a few seconds have gone). */
    private void await() {
        long target = queued.get();
        // a wait on the machine's own time, not the application's clock (which tests move)
        long deadline = System.nanoTime() + READ_WAIT.toNanos();
        synchronized (progress) {
            while (done.get() < target && System.nanoTime() - deadline < 0 && writer.isAlive()) {
                try {
                    progress.wait(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    @Override
    public Page find(Query query) {
        await();
        return store.find(query);
    }

    @Override
    public List<DailyCount> countPerDay(Instant from, Instant to) {
        await();
        return store.countPerDay(from, to);
    }

    @Override
    public int pruneBefore(Instant before) {
        await();
        return store.pruneBefore(before);
    }

    /** Stores what is queued, then stops the writer. */
    @Override
    public void close() throws InterruptedException {
        closing = true;
        writer.join(READ_WAIT.toMillis());
    }
}
