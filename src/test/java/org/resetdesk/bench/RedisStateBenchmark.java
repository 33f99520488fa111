package org.resetdesk.bench;

import java.util.Optional;
import java.util.function.IntFunction;
import java.util.stream.Stream;

import org.resetdesk.ResetDeskApplication;
import org.resetdesk.notify.outbox.OutboxCodes;
import org.resetdesk.notify.outbox.OutboxNotifier;
import org.resetdesk.store.RedisServer;

/**
 * The reset phase of {@link MessagesBenchmark} (whole resets through {@code POST /api/messages}, six dialog turns
 * each) with the shared state in memory and in a real Redis on this machine ({@code resetdesk.state.store=redis}), in
 * one run: both servers warm up in alternating windows until the JIT is quiet for both, then three measured rounds
 * alternate between them. Prints turns/s, p50 and p99 of each (also by step of a reset), their ratios, the CPU per
 * turn of this JVM and of Redis, and the round trips to Redis per dialog turn (by map). Targets: Redis ≥ 0.6× the
 * in-memory turns/s, p99 ≤ 2×. Exits non-zero if a turn fails.
 *
 * <pre>
 * mvn -q -B test-compile exec:java -Dexec.mainClass=org.resetdesk.bench.RedisStateBenchmark -Dexec.classpathScope=test
 * </pre>
 * Settings as for {@code MessagesBenchmark} in {@code -Dbench.args} ({@code warmup}: here the longest warm-up is
 * twice that per side; {@code measure}, {@code threads}).
 */
public final class RedisStateBenchmark {

    private static final double MIN_THROUGHPUT_RATIO = 0.6;
    private static final double MAX_P99_RATIO = 2.0;
    private static final String EMAIL = "Code by email";

    private RedisStateBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        BenchSettings settings = BenchSettings.fromPropertyAndArgs(args);
        boolean answered;
        try (RedisServer redis = RedisServer.start();
                BenchServer memory = BenchServer.start(ResetDeskApplication.class,
                        BenchDirectory.settings(BenchDirectory.write(settings.threads())));
                BenchServer shared = BenchServer.start(ResetDeskApplication.class, redisSettings(settings, redis))) {
            Side inMemory = new Side("memory", memory, settings, redis.process());
            Side inRedis = new Side("redis", shared, settings, redis.process());
            // Both warm up, in turns, until the JIT is quiet for both, and the measured rounds alternate, so neither
            // side is measured while the compiler is still working for it or for the other.
            warmUp(inMemory, inRedis, settings.warmUp());
            for (int round = 1; round <= ROUNDS; round++) {
                inMemory.measure(round);
                inRedis.measure(round);
            }
            answered = summary(inMemory, inRedis);
        }
        System.exit(answered ? 0 : 1); // after the servers and Redis have stopped
    }

    private static final int ROUNDS = 3;
    private static final java.time.Duration WARM_UP_WINDOW = java.time.Duration.ofSeconds(10);
    /** Warm-up ends once a window of each side spent less than this share of its time compiling. */
    private static final double QUIET_COMPILER = 0.05;

    /** Windows of each side in turn, until both were quiet in a row, for at most twice {@code longest} per side. */
    private static void warmUp(Side memory, Side redis, java.time.Duration longest) {
        long started = System.nanoTime();
        boolean quiet = false;
        while (!quiet && System.nanoTime() - started < 4 * longest.toNanos()) {
            quiet = memory.warmUpWindow() & redis.warmUpWindow();
        }
        System.out.printf("warm-up %.0f s: %s%n", (System.nanoTime() - started) / 1e9, quiet ? "compiler quiet"
                : "!!! COMPILER STILL BUSY, the numbers below are not steady-state");
    }

    private static String[] redisSettings(BenchSettings settings, RedisServer redis) throws java.io.IOException {
        return Stream.concat(Stream.of(BenchDirectory.settings(BenchDirectory.write(settings.threads()))),
                        Stream.of("--resetdesk.state.store=redis", "--spring.data.redis.host=127.0.0.1",
                                "--spring.data.redis.port=" + redis.port(),
                                "--resetdesk.verification.codes.secret=bench-codes-secret-0123456789abcdef",
                                "--resetdesk.webchat.token-secret=bench-token-secret-0123456789abcdefgh"))
                .toArray(String[]::new);
    }

    /** Prints the table and the verdicts; whether every turn was answered. */
    private static boolean summary(Side memory, Side redis) {
        LatencyStats inMemory = memory.stats();
        LatencyStats inRedis = redis.stats();
        double throughput = inRedis.perSecond() / inMemory.perSecond();
        double p99 = inRedis.percentileMillis(99) / inMemory.percentileMillis(99);
        System.out.println();
        System.out.printf("%-32s %10s %9s %9s %10s %8s%n", "whole resets (" + ROUNDS + " rounds)", "turns/s",
                "p50 ms", "p99 ms", "turns", "resets");
        row("state in memory", memory);
        row("state in Redis", redis);
        System.out.printf("%-32s %9.2fx  >= %.2fx  %s%n", "Redis / memory turns/s", throughput, MIN_THROUGHPUT_RATIO,
                throughput >= MIN_THROUGHPUT_RATIO ? "PASS" : "FAIL");
        System.out.printf("%-32s %9.2fx  <= %.2fx  %s%n", "Redis / memory p99", p99, MAX_P99_RATIO,
                p99 <= MAX_P99_RATIO ? "PASS" : "FAIL");
        System.out.printf("%-32s %9.1f  (%,d in the measured rounds; by map: %s)%n", "Redis round trips per turn",
                (double) redis.trips() / inRedis.count(), redis.trips(), redis.tripsByMap());
        System.out.printf("%-32s %s%n", "p99 ms by step (memory / Redis)", stepPercentiles(memory, redis, 99));
        System.out.printf("%-32s %s%n", "p50 ms by step (memory / Redis)", stepPercentiles(memory, redis, 50));
        long errors = memory.errors() + redis.errors();
        System.out.println(errors == 0 ? "All turns answered." : "!!! " + errors + " RESETS FAILED");
        return errors == 0;
    }

    /** Each step's percentile on both sides, in the order of a reset. */
    private static String stepPercentiles(Side memory, Side redis, int percentile) {
        java.util.List<String> steps = new java.util.ArrayList<>();
        for (int step = 0; step < ResetConversationLoad.STEPS.size(); step++) {
            steps.add(String.format("%s %.1f / %.1f", ResetConversationLoad.STEPS.get(step),
                    memory.step(step).percentileMillis(percentile), redis.step(step).percentileMillis(percentile)));
        }
        return String.join(", ", steps);
    }

    private static void row(String label, Side side) {
        LatencyStats stats = side.stats();
        System.out.printf("%-32s %10.1f %9.2f %9.2f %,10d %,8d  %s%n", label, stats.perSecond(),
                stats.percentileMillis(50), stats.percentileMillis(99), stats.count(), side.resets(),
                cpuPerTurn(side.cpu(), stats.count()));
    }

    /** CPU per turn of this JVM (server and load generator) and of Redis, how busy the machine was, JIT time. */
    private static String cpuPerTurn(CpuUse cpu, long turns) {
        long count = Math.max(1, turns);
        return String.format("CPU/turn: JVM %.0f us + Redis %.0f us, machine %.0f%% busy, JIT %.1f s",
                cpu.jvmNanos() / 1e3 / count, cpu.otherNanos() / 1e3 / count, 100 * cpu.busy(),
                cpu.compileMillis() / 1e3);
    }

    /** One store's server, its load, and what its measured rounds gave. */
    private static final class Side {

        private final String name;
        private final BenchServer server;
        private final BenchSettings settings;
        private final ResetConversationLoad load;
        private final java.util.List<ResetConversationLoad.Result> rounds = new java.util.ArrayList<>();
        private final java.util.Map<String, Long> tripsByMap = new java.util.TreeMap<>();
        private final ProcessHandle redis;
        private CpuUse cpu = new CpuUse(0, 0, 0, 0, 0);
        private int warmUps;

        Side(String name, BenchServer server, BenchSettings settings, ProcessHandle redis) {
            this.name = name;
            this.server = server;
            this.settings = settings;
            this.redis = redis;
            OutboxNotifier outbox = server.bean(OutboxNotifier.class);
            IntFunction<Optional<String>> codes = person -> OutboxCodes.newestTo(outbox,
                    BenchDirectory.alternateEmail(person));
            this.load = new ResetConversationLoad(server.port(), EMAIL, codes, settings.threads());
        }

        /** One window of warm-up load; whether the JIT spent under {@link #QUIET_COMPILER} of it compiling. */
        boolean warmUpWindow() {
            CpuUse before = CpuUse.now(redis);
            ResetConversationLoad.Result result = load.runFor(WARM_UP_WINDOW, name + "-warm-" + warmUps++ + "-");
            CpuUse spent = CpuUse.now(redis).since(before);
            report(name, "warm-up", result, spent);
            return spent.compileMillis() < QUIET_COMPILER * WARM_UP_WINDOW.toMillis();
        }

        void measure(int round) {
            java.util.Map<String, Double> before = roundTrips();
            CpuUse cpuBefore = CpuUse.now(redis);
            ResetConversationLoad.Result measured = load.runFor(settings.measured(), name + "-" + round + "-");
            CpuUse spent = CpuUse.now(redis).since(cpuBefore);
            cpu = cpu.plus(spent);
            roundTrips().forEach((map, count) -> tripsByMap.merge(map,
                    Math.round(count - before.getOrDefault(map, 0.0)), Long::sum));
            report(name, "round " + round, measured, spent);
            rounds.add(measured);
        }

        CpuUse cpu() {
            return cpu;
        }

        LatencyStats stats() {
            return LatencyStats.combined(rounds.stream().map(ResetConversationLoad.Result::stats).toList());
        }

        /** The latency of one step of a reset over the measured rounds. */
        LatencyStats step(int step) {
            return LatencyStats.combined(rounds.stream().map(round -> round.steps().get(step)).toList());
        }

        long resets() {
            return rounds.stream().mapToLong(ResetConversationLoad.Result::resets).sum();
        }

        long errors() {
            return rounds.stream().mapToLong(ResetConversationLoad.Result::errors).sum();
        }

        long trips() {
            return tripsByMap.values().stream().mapToLong(Long::longValue).sum();
        }

        String tripsByMap() {
            return tripsByMap.toString();
        }

        /** The application's round trips to Redis so far, by map (the {@code resetdesk.state.redis.calls} metric). */
        private java.util.Map<String, Double> roundTrips() {
            java.util.Map<String, Double> trips = new java.util.TreeMap<>();
            server.bean(io.micrometer.core.instrument.MeterRegistry.class).find(
                    org.resetdesk.state.RedisSharedMaps.CALLS).counters().forEach(counter -> trips.merge(
                    counter.getId().getTag("map"), counter.count(), Double::sum));
            return trips;
        }
    }

    private static void report(String name, String phase, ResetConversationLoad.Result result, CpuUse cpu) {
        LatencyStats stats = result.stats();
        System.out.printf("[%s] %-8s %5.1f s %,8d turns %8.1f turns/s  p50 %6.2f ms  p99 %7.2f ms  %,d resets,"
                + " %d errors; %s%n", name, phase, stats.seconds(), stats.count(), stats.perSecond(),
                stats.percentileMillis(50), stats.percentileMillis(99), result.resets(), result.errors(),
                cpuPerTurn(cpu, stats.count()));
        result.errorSamples().forEach(sample -> System.out.println("!!!   " + sample));
    }
}
