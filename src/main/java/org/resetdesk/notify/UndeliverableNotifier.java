package org.resetdesk.notify;

import java.util.concurrent.CompletableFuture;

/**
 * The notifier when the dev outbox is off and no email or SMS delivery is configured: every send fails (and the flows
 * treat the message as not sent), and the start warns that codes cannot reach anyone. Thread-safe.
 */
public final class UndeliverableNotifier implements Notifier {

    /** Why a notification could not be handed over. */
    public static final class NotConfiguredException extends RuntimeException {
        NotConfiguredException() {
            super("no email or SMS delivery is configured");
        }
    }

    @Override
    public CompletableFuture<Void> send(Notification notification) {
        return CompletableFuture.failedFuture(new NotConfiguredException());
    }
}
