package org.resetdesk.notify;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The notifier when the dev outbox is off: each notification goes through the configured notifier of its channel;
 * a channel with none fails every send (the flows then treat the message as not sent). Thread-safe.
 */
public final class RoutingNotifier implements Notifier {

    private final Map<Notification.Channel, Notifier> byChannel = new EnumMap<>(Notification.Channel.class);

    public RoutingNotifier(List<ChannelNotifier> notifiers) {
        for (ChannelNotifier notifier : notifiers) {
            if (byChannel.putIfAbsent(notifier.channel(), notifier) != null) {
                throw new IllegalStateException("Two notifiers for " + notifier.channel());
            }
        }
    }

    /** Whether {@code channel} has a notifier. */
    public boolean delivers(Notification.Channel channel) {
        return byChannel.containsKey(channel);
    }

    @Override
    public CompletableFuture<Void> send(Notification notification) {
        Notifier notifier = byChannel.get(notification.channel());
        return notifier == null ? CompletableFuture.failedFuture(new NotConfiguredException(notification.channel()))
                : notifier.send(notification);
    }

    /** No notifier is configured for the notification's channel. */
    public static final class NotConfiguredException extends RuntimeException {
        NotConfiguredException(Notification.Channel channel) {
            super("no " + channel + " delivery is configured");
        }
    }
}
