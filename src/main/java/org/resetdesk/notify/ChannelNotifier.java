package org.resetdesk.notify;

/**
 * A {@link Notifier} for one channel (email over SMTP, SMS through a gateway); {@link RoutingNotifier} sends each
 * notification through the one for its channel.
 */
public interface ChannelNotifier extends Notifier {

    /** The channel this notifier delivers. */
    Notification.Channel channel();
}
