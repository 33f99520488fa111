package org.resetdesk.notify;

import java.util.concurrent.CompletableFuture;

/**
 * Sends notifications (SMTP, an SMS gateway, or the dev outbox in demo mode). Implementations are thread-safe and
 * complete the future exceptionally when the message could not be handed over. They must never log a
 * notification's body: it may carry a one-time code.
 */
public interface Notifier {

    CompletableFuture<Void> send(Notification notification);
}
