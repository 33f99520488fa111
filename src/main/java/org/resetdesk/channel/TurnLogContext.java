package org.resetdesk.channel;

import java.util.concurrent.ThreadLocalRandom;

import org.slf4j.MDC;

/**
 * The turn's correlation id in the logging context ({@code turn} in the MDC, a field of its own in structured JSON
 * logs), for the lines logged while the turn runs on the request's thread; removed when the turn hands over to a
 * later stage or ends, so a pooled thread never carries it into another request.
 */
final class TurnLogContext implements AutoCloseable {

    static final String KEY = "turn";

    private TurnLogContext() {
    }

    static TurnLogContext open() {
        // not a UUID: those come from one SecureRandom that every request thread would queue for
        MDC.put(KEY, Long.toHexString(ThreadLocalRandom.current().nextLong()));
        return new TurnLogContext();
    }

    @Override
    public void close() {
        MDC.remove(KEY);
    }
}
