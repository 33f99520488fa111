package org.resetdesk.runtime;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinPool;

/**
 * Keeps {@link CompletableFuture}'s default executor a shared pool. With a common pool of parallelism 1 (the JDK's
 * default on a machine with one or two cores) that executor starts a new thread for every task, and the JDK's own
 * HTTP client completes each response through it: every Graph or gateway answer would cost a thread start, and
 * everything that follows the answer would run on a thread the JIT had never seen. The parallelism can only be set
 * before the common pool is first used, so {@link #share()} is the first thing {@code main} does, and the start warns
 * when it came too late.
 */
public final class AsyncPool {

    /** The JDK's system property for the common pool's parallelism. */
    public static final String PARALLELISM = "java.util.concurrent.ForkJoinPool.common.parallelism";

    private AsyncPool() {
    }

    /** Asks for a common pool of at least two threads, unless the operator chose a parallelism. */
    public static void share() {
        if (System.getProperty(PARALLELISM) == null) {
            int processors = Runtime.getRuntime().availableProcessors();
            System.setProperty(PARALLELISM, Integer.toString(Math.max(2, processors - 1)));
        }
    }

    /** Whether the default executor is the common pool rather than a thread per task. */
    public static boolean shared() {
        return ForkJoinPool.getCommonPoolParallelism() > 1;
    }
}
