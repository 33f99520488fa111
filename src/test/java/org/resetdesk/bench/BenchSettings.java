package org.resetdesk.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark's knobs, from {@code key=value} pairs in the system property {@code bench.args}
 * ({@code -Dbench.args="warmup=10 measure=5"}) and then the program arguments. Not {@code -Dexec.args}: in the
 * one-command run ({@code mvn test-compile exec:java}) that property also replaces the arguments of the build's
 * {@code npm install} execution, which then fails.
 *
 * @param warmUp            longest JIT warm-up per bot, at low concurrency; it ends as soon as the compiler is quiet
 * @param ramp              load at full concurrency between the warm-up and the measurement, not measured
 * @param measured          measured load, per bot
 * @param threads           concurrent client connections
 * @param conversations     conversations the load is spread over, per bot
 * @param heapConversations new conversations sent to ResetDesk for the heap measurement
 */
record BenchSettings(Duration warmUp, Duration ramp, Duration measured, int threads, int conversations,
        int heapConversations) {

    static final String USAGE = "-Dbench.args=\"[warmup=MAX-SECONDS(60)] [ramp=SECONDS(5)] [measure=SECONDS(15)]"
            + " [threads=N(16)] [conversations=N(5000)] [heap-conversations=N(10000)]\"";

    static final String PROPERTY = "bench.args";

    /** The settings from {@code -Dbench.args} and then {@code args}. */
    static BenchSettings fromPropertyAndArgs(String... args) {
        String property = System.getProperty(PROPERTY, "").trim();
        List<String> all = new ArrayList<>();
        if (!property.isEmpty()) {
            all.addAll(List.of(property.split("\\s+")));
        }
        all.addAll(List.of(args));
        return parse(all);
    }

    static BenchSettings parse(List<String> args) {
        Duration warmUp = Duration.ofSeconds(60);
        Duration ramp = Duration.ofSeconds(5);
        Duration measured = Duration.ofSeconds(15);
        int threads = 16;
        int conversations = 5_000;
        int heapConversations = 10_000;
        for (String arg : args) {
            String[] pair = arg.split("=", 2);
            if (pair.length != 2) {
                throw new IllegalArgumentException("Not key=value: '" + arg + "'; " + USAGE);
            }
            int value = positive(pair[0], pair[1]);
            switch (pair[0]) {
                case "warmup" -> warmUp = Duration.ofSeconds(value);
                case "ramp" -> ramp = Duration.ofSeconds(value);
                case "measure" -> measured = Duration.ofSeconds(value);
                case "threads" -> threads = value;
                case "conversations" -> conversations = value;
                case "heap-conversations" -> heapConversations = value;
                default -> throw new IllegalArgumentException("Unknown setting '" + pair[0] + "'; " + USAGE);
            }
        }
        return new BenchSettings(warmUp, ramp, measured, threads, conversations, heapConversations);
    }

    private static int positive(String key, String text) {
        try {
            int value = Integer.parseInt(text.trim());
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(key + " must be a positive whole number, not '" + text + "'; " + USAGE);
    }
}
