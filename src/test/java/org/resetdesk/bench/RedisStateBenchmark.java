package org.resetdesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.stream.Stream;

import org.resetdesk.ResetDeskApplication;
import org.resetdesk.notify.outbox.OutboxCodes;
import org.resetdesk.notify.outbox.OutboxNotifier;
import org.resetdesk.store.RedisServer;

/**
 * The reset phase of {@link MessagesBenchmark} (whole resets through {@code POST /api/messages}, six dialog turns
 * each) with the shared state in memory and then in a real Redis on this machine ({@code resetdesk.state.store=redis}),
 * in one run: turns/s, p50 and p99 of each, their ratios, and the round trips to Redis per dialog turn (by map). Targets: Redis ≥ 0.6× the in-memory turns/s, p99 ≤ 2×. Exits non-zero if a turn fails.
 *
 * <pre>
 * mvn -q -B test-compile exec:java -Dexec.mainClass=org.resetdesk.bench.RedisStateBenchmark -Dexec.classpathScope=test
 * </pre>
 * Settings as for {@code MessagesBenchmark} in {@code -Dbench.args} ({@code warmup}, {@code measure},
 * {@code threads}).
 */
public final class RedisStateBenchmark {

    private static final double MIN_THROUGHPUT_RATIO = 0.6;
    private static final double MAX_P99_RATIO = 2.0;
    private static final String EMAIL = "Code by email";

    private RedisStateBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        BenchSettings settings = BenchSettings.fromPropertyAndArgs(args);
        Path folder = Files.createTempDirectory("resetdesk-redis-bench");
        ResetConversationLoad.Result memory;
        try (BenchServer server = BenchServer.start(ResetDeskApplication.class,
                BenchDirectory.settings(BenchDirectory.write(settings.threads())))) {
            memory = measure("memory", server, settings);
        }
        ResetConversationLoad.Result shared;
        try (RedisServer redis = RedisServer.start()) {
            String[] redisSettings = Stream.concat(Stream.of(BenchDirectory.settings(BenchDirectory.write(
                            settings.threads()))), Stream.of("--resetdesk.state.store=redis",
                            "--spring.data.redis.host=127.0.0.1", "--spring.data.redis.port=" + redis.port(),
                            "--resetdesk.verification.codes.secret=bench-codes-secret-0123456789abcdef",
                            "--resetdesk.webchat.token-secret=bench-token-secret-0123456789abcdefgh"))
                    .toArray(String[]::new);
            try (BenchServer server = BenchServer.start(ResetDeskApplication.class, redisSettings)) {
                shared = measure("redis", server, settings);
            }
        }
        LatencyStats inMemory = memory.stats();
        LatencyStats inRedis = shared.stats();
        double throughput = inRedis.perSecond() / inMemory.perSecond();
        double p99 = inRedis.percentileMillis(99) / inMemory.percentileMillis(99);
        System.out.println();
        System.out.printf("%-32s %10s %9s %9s %10s %8s%n", "whole resets (measured)", "turns/s", "p50 ms", "p99 ms",
                "turns", "resets");
        row("state in memory", memory);
        row("state in Redis", shared);
        System.out.printf("%-32s %9.2fx  >= %.2fx  %s%n", "Redis / memory turns/s", throughput, MIN_THROUGHPUT_RATIO,
                throughput >= MIN_THROUGHPUT_RATIO ? "PASS" : "FAIL");
        System.out.printf("%-32s %9.2fx  <= %.2fx  %s%n", "Redis / memory p99", p99, MAX_P99_RATIO,
                p99 <= MAX_P99_RATIO ? "PASS" : "FAIL");
        System.out.printf("%-32s %9.1f  (%,d in the measured phase; by map: %s)%n", "Redis round trips per turn",
                (double) measuredTrips / inRedis.count(), measuredTrips, tripsByMap);
        long errors = memory.errors() + shared.errors();
        System.out.println(errors == 0 ? "All turns answered." : "!!! " + errors + " RESETS FAILED");
        System.exit(errors == 0 ? 0 : 1);
    }

    private static long measuredTrips;
    private static String tripsByMap = "";

    private static ResetConversationLoad.Result measure(String name, BenchServer server, BenchSettings settings) {
        OutboxNotifier outbox = server.bean(OutboxNotifier.class);
        IntFunction<Optional<String>> codes = person -> OutboxCodes.newestTo(outbox,
                BenchDirectory.alternateEmail(person));
        ResetConversationLoad load = new ResetConversationLoad(server.port(), EMAIL, codes, settings.threads());
        Duration warmUp = Duration.ofSeconds(Math.max(10, Math.min(30, settings.warmUp().toSeconds())));
        report(name, "warm-up", load.runFor(warmUp, name + "-warm-"));
        io.micrometer.core.instrument.MeterRegistry registry = server.bean(
                io.micrometer.core.instrument.MeterRegistry.class);
        java.util.Map<String, Double> before = roundTrips(registry);
        ResetConversationLoad.Result measured = load.runFor(settings.measured(), name + "-");
        java.util.Map<String, Double> after = roundTrips(registry);
        if (!after.isEmpty()) {
            measuredTrips = Math.round(after.values().stream().mapToDouble(Double::doubleValue).sum()
                    - before.values().stream().mapToDouble(Double::doubleValue).sum());
            java.util.Map<String, Long> byMap = new java.util.TreeMap<>();
            after.forEach((map, count) -> byMap.put(map, Math.round(count - before.getOrDefault(map, 0.0))));
            tripsByMap = byMap.toString();
        }
        report(name, "measured", measured);
        return measured;
    }

    private static void report(String name, String phase, ResetConversationLoad.Result result) {
        LatencyStats stats = result.stats();
        System.out.printf("[%s] %-8s %5.1f s %,8d turns %8.1f turns/s  p50 %6.2f ms  p99 %7.2f ms  %,d resets,"
                + " %d errors%n", name, phase, stats.seconds(), stats.count(), stats.perSecond(),
                stats.percentileMillis(50), stats.percentileMillis(99), result.resets(), result.errors());
        result.errorSamples().forEach(sample -> System.out.println("!!!   " + sample));
    }

    private static void row(String label, ResetConversationLoad.Result result) {
        LatencyStats stats = result.stats();
        System.out.printf("%-32s %10.1f %9.2f %9.2f %,10d %,8d%n", label, stats.perSecond(),
                stats.percentileMillis(50), stats.percentileMillis(99), stats.count(), result.resets());
    }

    /** The application's round trips to Redis so far, by map (the {@code resetdesk.state.redis.calls} metric). */
    private static java.util.Map<String, Double> roundTrips(io.micrometer.core.instrument.MeterRegistry registry) {
        java.util.Map<String, Double> trips = new java.util.TreeMap<>();
        registry.find(
                org.resetdesk.state.RedisSharedMaps.CALLS).counters().forEach(counter -> trips.merge(
                counter.getId().getTag("map"), counter.count(), Double::sum));
        return trips;
    }
}
