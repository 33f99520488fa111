package org.resetdesk.runtime;

import java.util.Map;
import java.util.concurrent.Executor;

import org.slf4j.MDC;

/**
 * Carries the logging context (the turn's correlation id, see {@code TurnLogContext}) from the thread that hands work
 * to a pool to the pool's thread that runs it, so the lines a directory call, a database call or a mail logs while
 * serving a turn name that turn. The pool's thread gets back its own context after the task.
 */
public final class LogContext {

    private LogContext() {
    }

    /** {@code executor}, whose tasks run in the logging context of the thread that handed each over. */
    public static Executor carrying(Executor executor) {
        return task -> executor.execute(carried(task));
    }

    /** {@code task}, to run in the logging context of this thread (now) wherever it runs. */
    public static Runnable carried(Runnable task) {
        Map<String, String> handedOver = MDC.getCopyOfContextMap();
        return () -> {
            Map<String, String> own = MDC.getCopyOfContextMap();
            set(handedOver);
            try {
                task.run();
            } finally {
                set(own);
            }
        };
    }

    private static void set(Map<String, String> context) {
        if (context == null) {
            MDC.clear();
        } else {
            MDC.setContextMap(context);
        }
    }
}
