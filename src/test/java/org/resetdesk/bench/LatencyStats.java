package org.resetdesk.bench;

import java.util.Arrays;
import java.util.List;

/** Request latencies of one phase (all client threads) and the phase's wall-clock length. */
final class LatencyStats {

    private final long[] sortedNanos;
    private final long elapsedNanos;

    private LatencyStats(long[] sortedNanos, long elapsedNanos) {
        this.sortedNanos = sortedNanos;
        this.elapsedNanos = elapsedNanos;
    }

    static LatencyStats of(List<Recorder> recorders, long elapsedNanos) {
        long[] all = new long[recorders.stream().mapToInt(r -> r.size).sum()];
        int at = 0;
        for (Recorder recorder : recorders) {
            System.arraycopy(recorder.nanos, 0, all, at, recorder.size);
            at += recorder.size;
        }
        Arrays.sort(all);
        return new LatencyStats(all, elapsedNanos);
    }

    /** The latencies of several phases together, over their summed lengths. */
    static LatencyStats combined(List<LatencyStats> phases) {
        long[] all = new long[phases.stream().mapToInt(LatencyStats::count).sum()];
        int at = 0;
        long elapsed = 0;
        for (LatencyStats phase : phases) {
            System.arraycopy(phase.sortedNanos, 0, all, at, phase.sortedNanos.length);
            at += phase.sortedNanos.length;
            elapsed += phase.elapsedNanos;
        }
        Arrays.sort(all);
        return new LatencyStats(all, elapsed);
    }

    int count() {
        return sortedNanos.length;
    }

    double seconds() {
        return elapsedNanos / 1e9;
    }

    double perSecond() {
        return elapsedNanos == 0 ? 0 : count() / seconds();
    }

    /** The nearest-rank percentile, in milliseconds; {@code NaN} without samples. */
    double percentileMillis(double percentile) {
        if (sortedNanos.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(percentile / 100.0 * sortedNanos.length);
        return sortedNanos[Math.max(0, rank - 1)] / 1e6;
    }

    /** One client thread's latencies; not thread-safe. */
    static final class Recorder {
        private long[] nanos = new long[4096];
        private int size;

        /** Adds everything {@code other} recorded. */
        void addAll(Recorder other) {
            for (int i = 0; i < other.size; i++) {
                record(other.nanos[i]);
            }
        }

        void record(long latencyNanos) {
            if (size == nanos.length) {
                nanos = Arrays.copyOf(nanos, size * 2);
            }
            nanos[size++] = latencyNanos;
        }
    }
}
