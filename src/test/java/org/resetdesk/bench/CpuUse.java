package org.resetdesk.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;

/**
 * CPU time used so far by this JVM (server and load together), by another process (the Redis server), and by the
 * whole machine, and the JVM's JIT compile time: the difference of two snapshots tells what a phase cost per turn,
 * a number that other work on the machine disturbs much less than turns per second.
 *
 * @param jvmNanos     CPU time of this JVM
 * @param otherNanos   CPU time of the other process, 0 when there is none or it cannot be read
 * @param busyTicks    the machine's busy clock ticks (all but idle and I/O wait), from {@code /proc/stat}
 * @param allTicks     all the machine's clock ticks
 * @param compileMillis the JVM's JIT compile time
 */
record CpuUse(long jvmNanos, long otherNanos, long busyTicks, long allTicks, long compileMillis) {

    /** Now, with {@code other}'s CPU time (a child process, say) when it is given. */
    static CpuUse now(ProcessHandle other) {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long otherNanos = other == null ? 0
                : other.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
        long[] ticks = machineTicks();
        return new CpuUse(os.getProcessCpuTime(), otherNanos, ticks[0], ticks[1],
                ManagementFactory.getCompilationMXBean().getTotalCompilationTime());
    }

    CpuUse since(CpuUse earlier) {
        return new CpuUse(jvmNanos - earlier.jvmNanos, otherNanos - earlier.otherNanos,
                busyTicks - earlier.busyTicks, allTicks - earlier.allTicks, compileMillis - earlier.compileMillis);
    }

    CpuUse plus(CpuUse other) {
        return new CpuUse(jvmNanos + other.jvmNanos, otherNanos + other.otherNanos, busyTicks + other.busyTicks,
                allTicks + other.allTicks, compileMillis + other.compileMillis);
    }

    /** Share of the machine's time that was busy, 0 to 1. */
    double busy() {
        return allTicks == 0 ? 0 : (double) busyTicks / allTicks;
    }

    /** {@code [busy, all]} ticks of the machine's first line in {@code /proc/stat}; zeros where there is none. */
    private static long[] machineTicks() {
        try {
            String cpu = Files.readAllLines(Path.of("/proc/stat")).get(0);
            long[] fields = Arrays.stream(cpu.trim().split("\\s+")).skip(1).mapToLong(Long::parseLong).toArray();
            long all = Arrays.stream(fields).limit(8).sum(); // user nice system idle iowait irq softirq steal
            long idle = fields[3] + fields[4];
            return new long[] {all - idle, all};
        } catch (IOException | RuntimeException e) {
            return new long[] {0, 0};
        }
    }
}
