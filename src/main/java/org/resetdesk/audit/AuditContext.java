package org.resetdesk.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * Where and when something happened.
 *
 * @param time           when
 * @param correlationId  the id that ties the events of one flow (and the log lines) together
 * @param channel        the channel id ({@code msteams}, {@code webchat}, ...)
 * @param conversationId the conversation
 * @param userId         the directory account concerned, or {@code null} while unknown (or when it does not exist)
 */
public record AuditContext(Instant time, String correlationId, String channel, String conversationId,
        String userId) {

    public AuditContext {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(correlationId, "correlationId");
    }
}
