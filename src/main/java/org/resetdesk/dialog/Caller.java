package org.resetdesk.dialog;

import java.util.Objects;

/**
 * Who a flow is talking to, as far as the channel can tell; steps use it to scope throttles and decide what they may
 * reveal.
 *
 * @param channel        the channel id ({@code msteams}, {@code webchat}, {@code emulator}, ...)
 * @param conversationId the conversation; flows' server-side records are bound to it
 * @param authenticated  whether a validated channel token vouches for the sender (Teams); false on anonymous channels
 * @param userObjectId   the sender's Entra ID object id as the channel states it, or {@code null}; trusted only when
 *                       {@code authenticated}
 * @param zone           the sender's time zone as the client gave it ({@code localTimezone}), or {@code null}; for
 *                       showing times only
 */
public record Caller(String channel, String conversationId, boolean authenticated, String userObjectId,
        java.time.ZoneId zone) {

    public Caller {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(conversationId, "conversationId");
    }

    public Caller(String channel, String conversationId, boolean authenticated, String userObjectId) {
        this(channel, conversationId, authenticated, userObjectId, null);
    }

    /** An anonymous caller on {@code channel}, for tests and in-process channels. */
    public static Caller anonymous(String channel, String conversationId) {
        return new Caller(channel, conversationId, false, null);
    }

    /** The signed-in user's object id, present only when the channel vouches for it. */
    public java.util.Optional<String> signedInUser() {
        return authenticated && userObjectId != null && !userObjectId.isBlank()
                ? java.util.Optional.of(userObjectId) : java.util.Optional.empty();
    }
}
