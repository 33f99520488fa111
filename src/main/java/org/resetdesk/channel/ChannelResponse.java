package org.resetdesk.channel;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The HTTP answer to one activity: a status and a JSON body as UTF-8 bytes, or no body. The bytes go to the socket
 * as they are: no string to build and encode again. Error bodies use the Bot Framework's {@code ErrorResponse}
 * shape, {@code {"error": {"code", "message"}}}. {@code secretInput} tells an in-process channel that the activity
 * answered held a password, code or answer.
 */
record ChannelResponse(int status, byte[] body, boolean secretInput) {

    ChannelResponse(int status, byte[] body) {
        this(status, body, false);
    }

    /** The same answer, marked: the activity it answers held a secret, which no history may keep. */
    ChannelResponse withSecretInput() {
        return new ChannelResponse(status, body, true);
    }

    static ChannelResponse accepted() {
        return new ChannelResponse(202, null);
    }

    static ChannelResponse withBody(int status, Object body) {
        return new ChannelResponse(status, body == null ? null : BotJson.writeBytes(body));
    }

    /** The body as text, or {@code null} when there is none. */
    String bodyText() {
        return body == null ? null : new String(body, StandardCharsets.UTF_8);
    }

    static ChannelResponse error(int status, String code, String message) {
        return withBody(status, Map.of("error", Map.of("code", code, "message", message)));
    }

    static ChannelResponse badRequest(String message) {
        return error(400, "BadArgument", message);
    }

    static ChannelResponse unauthorized(String message) {
        return error(401, "Unauthorized", message);
    }
}
