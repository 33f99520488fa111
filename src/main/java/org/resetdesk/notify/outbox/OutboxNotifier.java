package org.resetdesk.notify.outbox;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.resetdesk.notify.Notification;
import org.resetdesk.notify.Notifier;

/**
 * The demo mode's notifier: keeps the last notifications in memory instead of sending them, so a person can finish
 * a reset without real email or SMS. Shown at {@code GET /dev/outbox} and beside the web chat page. Thread-safe.
 */
public final class OutboxNotifier implements Notifier {

    static final int KEPT = 200;

    private final Clock clock;
    private final Deque<Delivered> delivered = new ArrayDeque<>();

    public OutboxNotifier(Clock clock) {
        this.clock = clock;
    }

    @Override
    public CompletableFuture<Void> send(Notification notification) {
        synchronized (delivered) {
            delivered.addFirst(new Delivered(notification, clock.instant()));
            while (delivered.size() > KEPT) {
                delivered.removeLast();
            }
        }
        return CompletableFuture.completedFuture(null);
    }

    /** What was sent, newest first. */
    public List<Delivered> newestFirst() {
        synchronized (delivered) {
            return new ArrayList<>(delivered);
        }
    }

    /** A notification and when it was "sent". */
    public record Delivered(Notification notification, Instant time) {
    }
}
