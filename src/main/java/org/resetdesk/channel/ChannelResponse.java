package org.resetdesk.channel;

import java.util.Map;

/**
 * The HTTP answer to one activity: a status and a JSON body, or no body. Error bodies use the Bot Framework's
 * {@code ErrorResponse} shape, {@code {"error": {"code", "message"}}}.
 */
record ChannelResponse(int status, String body) {

    static ChannelResponse accepted() {
        return new ChannelResponse(202, null);
    }

    static ChannelResponse withBody(int status, Object body) {
        return new ChannelResponse(status, body == null ? null : BotJson.write(body));
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
