package org.resetdesk.identity;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.resetdesk.notify.Notification;
import org.resetdesk.notify.Notifier;
import org.resetdesk.runtime.Meters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Hands codes and notices to the notifier, bounded by the flow's timeout. */
public final class NoticeSender {

    private static final Logger log = LoggerFactory.getLogger(NoticeSender.class);

    private final Notifier notifier;
    private final Duration timeout;
    private final Meters meters;

    public NoticeSender(Notifier notifier, Duration timeout) {
        this(notifier, timeout, Meters.NONE);
    }

    /** @param meters times each send ({@code resetdesk.notifier.sends}) */
    public NoticeSender(Notifier notifier, Duration timeout, Meters meters) {
        this.notifier = notifier;
        this.timeout = timeout;
        this.meters = meters;
    }

    /**
     * Hands a notification over. Completes with false when it could not be sent (logged without the body or the
     * address), never exceptionally: whoever asked decides what the user may be told.
     */
    public CompletableFuture<Boolean> send(Notification notification, String correlationId) {
        long started = System.nanoTime();
        return notifier.send(notification).orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .handle((sent, error) -> {
                    meters.timer("resetdesk.notifier.sends", "channel",
                            notification.channel().name().toLowerCase(java.util.Locale.ROOT),
                            "outcome", error == null ? "sent" : "failed")
                            .record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
                    if (error == null) {
                        return true;
                    }
                    log.warn("[{}] {} could not be sent: {}", correlationId, notification,
                            DirectoryCalls.unwrapped(error).getClass().getSimpleName());
                    return false;
                });
    }
}
