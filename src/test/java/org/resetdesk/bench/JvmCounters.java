package org.resetdesk.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;

/**
 * Time this JVM has spent compiling (JIT) and collecting garbage, to tell a warmed-up phase from one still paying for
 * compilation.
 */
record JvmCounters(long compileMillis, long gcMillis) {

    static JvmCounters now() {
        long gc = 0;
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            gc += Math.max(0, collector.getCollectionTime());
        }
        return new JvmCounters(ManagementFactory.getCompilationMXBean().getTotalCompilationTime(), gc);
    }

    JvmCounters since(JvmCounters earlier) {
        return new JvmCounters(compileMillis - earlier.compileMillis, gcMillis - earlier.gcMillis);
    }
}
