package org.resetdesk.bench;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.function.Supplier;

import org.resetdesk.ResetDeskApplication;
import org.resetdesk.notify.outbox.OutboxCodes;
import org.resetdesk.notify.outbox.OutboxNotifier;

/**
 * Benchmark of ResetDesk's Bot Framework endpoint, {@code POST /api/messages}, against the smallest bot the same
 * stack allows: an SDK echo bot on the same Spring Boot, Tomcat and Bot Framework adapter ({@link EchoBotApplication}).
 * In one JVM, one server at a time (so they never share the CPU), it measures:
 * <ol>
 *   <li>ResetDesk's start-up time: the wall-clock time of {@code SpringApplication.run} until the server is ready,
 *       in a JVM that has not run Spring yet (ResetDesk is started and stopped once for this alone);</li>
 *   <li>the echo bot, then ResetDesk (started again once the echo bot is stopped), under closed-loop load from
 *       16 connections (HTTP/1.1 keep-alive): each request is a "hello" from web chat ({@code en-US}) in one of
 *       5,000 conversations, with {@code deliveryMode: expectReplies}. Turns per second and p50/p99 latency over
 *       15 s, after a warm-up. Every answer must be a 200 holding the bot's reply, or it counts as an error;</li>
 *   <li>ResetDesk's heap for 10,000 new conversations (one greeting each, each from a new user): used heap after
 *       forced GCs, before and after;</li>
 *   <li>whole password resets ({@link ResetConversationLoad}): each connection is one person of a generated demo
 *       directory who asks for a reset, names the account, has a code emailed, types it, and types a new
 *       password, over and over. Turns per second and p50/p99 of those dialog turns over the same 15 s, after the
 *       same warm-up and ramp as the greetings.</li>
 *   <li>questions answered from the knowledge base: the greeting's load with the question
 *       {@value #FAQ_QUESTION}, each answer carrying the citation {@value #FAQ_SOURCE}.</li>
 * </ol>
 * The warm-up runs at {@value #WARM_UP_CONNECTIONS} connections in {@value #WARM_UP_WINDOW_SECONDS}-second windows
 * until the JIT compiler is quiet (under a tenth of a window spent compiling; at most 60 s), then ramps of 5 s at
 * full concurrency until one passes with the compiler quiet too (at most {@value #MAX_RAMPS}): full concurrency
 * compiles more, and a bot measured while its code is still being compiled looks slower than it is. On two cores, full load from the start starves the compiler and the numbers keep climbing for
 * minutes; a fixed short warm-up makes the result depend on which bot runs first.
 * <p>
 * Targets: ResetDesk's throughput at least {@value #MIN_THROUGHPUT_RATIO}x the echo bot's, and its p99 latency at
 * most {@value #MAX_P99_RATIO}x; dialog turns of whole resets at least {@value #MIN_DIALOG_THROUGHPUT_RATIO}x the
 * echo bot's turns; knowledge answers at least {@value #MIN_FAQ_THROUGHPUT_RATIO}x. Run it (about 7 minutes) with
 * <pre>
 * mvn -q -B test-compile exec:java -Dexec.mainClass=org.resetdesk.bench.MessagesBenchmark -Dexec.classpathScope=test
 * </pre>
 * adding e.g. {@code -Dbench.args="warmup=60 ramp=5 measure=15 threads=16 conversations=5000 heap-conversations=10000"}
 * (those are the defaults; not {@code -Dexec.args}, which would also replace the build's {@code npm install}
 * arguments). The client runs in the same JVM and on the same cores as the server, so the numbers compare the two
 * bots on one machine; they are not capacity figures. Failed turns make the run fail.
 */
public final class MessagesBenchmark {

    /** The method the simulated people choose: a code to their alternate email, read from the dev outbox. */
    private static final String EMAIL = "Code by email";

    static final double MIN_THROUGHPUT_RATIO = 0.7;
    static final double MAX_P99_RATIO = 2.0;
    /** Issue 3: a whole reset conversation's dialog turns against the echo bot's turns. */
    static final double MIN_DIALOG_THROUGHPUT_RATIO = 0.5;
    /** Issue 4: questions answered from the knowledge base, against the echo bot's turns. */
    static final double MIN_FAQ_THROUGHPUT_RATIO = 0.6;
    /** The FAQ phase's question, and the citation its answer must carry. */
    static final String FAQ_QUESTION = "my verification code never arrived";
    static final String FAQ_SOURCE = "knowledge/en/troubleshooting.md#code-not-received";
    static final int WARM_UP_CONNECTIONS = 2;
    static final int WARM_UP_WINDOW_SECONDS = 5;
    /** Ramps at full concurrency, each {@code ramp} long, until one passes with the JIT compiler quiet. */
    static final int MAX_RAMPS = 6;

    private final BenchSettings settings;
    private final String run = Long.toString(System.currentTimeMillis(), 36);
    private long errors;
    private boolean allWarm = true;

    private MessagesBenchmark(BenchSettings settings) {
        this.settings = settings;
    }

    public static void main(String[] args) {
        new MessagesBenchmark(BenchSettings.fromPropertyAndArgs(args)).run();
    }

    private void run() {
        print("Benchmark of POST /api/messages: %d connections, %,d conversations per bot, JIT warm-up up to %d s,"
                + " ramp %d s, measured %d s; heap with %,d new conversations", settings.threads(),
                settings.conversations(), settings.warmUp().toSeconds(), settings.ramp().toSeconds(),
                settings.measured().toSeconds(), settings.heapConversations());

        long coldStartup;
        try (BenchServer server = BenchServer.start(ResetDeskApplication.class)) {
            coldStartup = server.startupMillis();
            print("[ResetDesk] cold start in %d ms (only timed; stopped again)", coldStartup);
        }

        LoadGenerator.Result echo;
        try (BenchServer server = BenchServer.start(EchoBotApplication.class)) {
            print("[echo] started in %d ms on port %d", server.startupMillis(), server.port());
            echo = loadTest("echo", server.port(), "Echo: hello");
        }

        LoadGenerator.Result resetDesk;
        LoadGenerator.Result faq;
        long heapAtStart;
        long heapBefore;
        long heapAfter;
        try (BenchServer server = BenchServer.start(ResetDeskApplication.class)) {
            print("[ResetDesk] started again in %d ms on port %d", server.startupMillis(), server.port());
            heapAtStart = BenchServer.settledHeapUsed();
            resetDesk = loadTest("ResetDesk", server.port(), "**ResetDesk**");
            faq = loadTest("FAQ", server.port(), FAQ_SOURCE, FAQ_QUESTION);
            heapBefore = BenchServer.settledHeapUsed();
            LoadGenerator newConversations = new LoadGenerator(server.port(), "**ResetDesk**", settings.threads());
            phase("ResetDesk", "heap", () -> newConversations.greetEach("heap-" + run + "-",
                    settings.heapConversations()));
            heapAfter = BenchServer.settledHeapUsed();
        }

        ResetConversationLoad.Result resets;
        try (BenchServer server = BenchServer.start(ResetDeskApplication.class,
                BenchDirectory.settings(BenchDirectory.write(settings.threads())))) {
            print("[resets] ResetDesk started with %d bench users in %d ms on port %d", settings.threads(),
                    server.startupMillis(), server.port());
            resets = resetTest(server);
        }

        summary(echo, resetDesk, coldStartup, heapAtStart, heapBefore, heapAfter);
        dialogSummary(echo, resets);
        faqSummary(echo, faq);
        if (errors > 0) {
            throw new IllegalStateException(errors + " turns failed: the benchmark's numbers are not valid");
        }
    }

    /** Warm-up until the JIT is quiet, a ramp at full concurrency, then the measured phase. */
    private LoadGenerator.Result loadTest(String bot, int port, String reply) {
        return loadTest(bot, port, reply, "hello");
    }

    private LoadGenerator.Result loadTest(String bot, int port, String reply, String text) {
        String conversations = bot.toLowerCase(Locale.ROOT) + "-" + run + "-";
        LoadGenerator warmUp = new LoadGenerator(port, reply, Math.min(WARM_UP_CONNECTIONS, settings.threads()),
                text);
        Duration window = Duration.ofSeconds(Math.min(WARM_UP_WINDOW_SECONDS, settings.warmUp().toSeconds()));
        long started = System.nanoTime();
        long turns = 0;
        boolean quiet = false;
        JvmCounters before = JvmCounters.now();
        while (!quiet && System.nanoTime() - started < settings.warmUp().toNanos()) {
            JvmCounters windowStart = JvmCounters.now();
            LoadGenerator.Result result = warmUp.runFor(window, conversations, settings.conversations());
            turns += result.stats().count();
            countErrors(bot, "warm-up", result);
            quiet = quiet(windowStart, window);
        }
        JvmCounters spent = JvmCounters.now().since(before);
        double seconds = (System.nanoTime() - started) / 1e9;
        print("[%s] %-8s %5.1f s %,8d turns at %d connections; JIT %,d ms, GC %,d ms: %s", bot, "warm-up", seconds,
                turns, warmUp.threads(), spent.compileMillis(), spent.gcMillis(),
                quiet ? "compiler quiet" : "!!! COMPILER STILL BUSY, numbers below are not steady-state");
        allWarm &= quiet;

        LoadGenerator load = new LoadGenerator(port, reply, settings.threads(), text);
        boolean steady = false;
        for (int round = 0; round < MAX_RAMPS && !steady; round++) {
            JvmCounters rampStart = JvmCounters.now();
            phase(bot, "ramp", () -> load.runFor(settings.ramp(), conversations, settings.conversations()));
            steady = quiet(rampStart, settings.ramp());
        }
        noteSteady(bot, steady);
        JvmCounters measuredStart = JvmCounters.now();
        LoadGenerator.Result measured = phase(bot, "measured",
                () -> load.runFor(settings.measured(), conversations, settings.conversations()));
        noteCompiling(bot, measuredStart);
        return measured;
    }

    /** A measured phase during which the JIT compiler still worked (late recompilation) is flagged, not trusted. */
    private void noteCompiling(String bot, JvmCounters measuredStart) {
        if (!quiet(measuredStart, settings.measured())) {
            print("!!! [%s] the JIT compiler worked during the measured phase: run again for steady numbers", bot);
            allWarm = false;
        }
    }

    /** Whether the JIT compiler spent under a tenth of the window since {@code start}. */
    private static boolean quiet(JvmCounters start, Duration window) {
        return JvmCounters.now().since(start).compileMillis() < window.toMillis() / 10;
    }

    private void noteSteady(String bot, boolean steady) {
        if (!steady) {
            print("!!! [%s] the JIT compiler was still busy after %d ramps: the measurement is not steady-state", bot,
                    MAX_RAMPS);
            allWarm = false;
        }
    }

    /** Whole resets, warmed up like the greetings (few connections until the JIT is quiet), then measured. */
    private ResetConversationLoad.Result resetTest(BenchServer server) {
        OutboxNotifier outbox = server.bean(OutboxNotifier.class);
        IntFunction<Optional<String>> codes = person -> OutboxCodes.newestTo(outbox, BenchDirectory.alternateEmail(person));
        ResetConversationLoad warmUp = new ResetConversationLoad(server.port(), EMAIL, codes,
                Math.min(WARM_UP_CONNECTIONS, settings.threads()));
        Duration window = Duration.ofSeconds(Math.min(WARM_UP_WINDOW_SECONDS, settings.warmUp().toSeconds()));
        long started = System.nanoTime();
        boolean quiet = false;
        for (int round = 0; !quiet && System.nanoTime() - started < settings.warmUp().toNanos(); round++) {
            JvmCounters windowStart = JvmCounters.now();
            countResetErrors("warm-up", warmUp.runFor(window, "reset-warm-" + run + "-" + round + "-"));
            quiet = quiet(windowStart, window);
        }
        print("[resets] warm-up  %5.1f s at %d connections: %s", (System.nanoTime() - started) / 1e9,
                warmUp.threads(), quiet ? "compiler quiet"
                        : "!!! COMPILER STILL BUSY, numbers below are not steady-state");
        allWarm &= quiet;
        ResetConversationLoad load = new ResetConversationLoad(server.port(), EMAIL, codes, settings.threads());
        boolean steady = false;
        for (int ramp = 0; ramp < MAX_RAMPS && !steady; ramp++) {
            JvmCounters rampStart = JvmCounters.now();
            resetPhase("ramp", load.runFor(settings.ramp(), "reset-ramp-" + run + "-" + ramp + "-"));
            steady = quiet(rampStart, settings.ramp());
        }
        noteSteady("resets", steady);
        JvmCounters measuredStart = JvmCounters.now();
        ResetConversationLoad.Result measured = resetPhase("measured",
                load.runFor(settings.measured(), "reset-" + run + "-"));
        noteCompiling("resets", measuredStart);
        return measured;
    }

    private void countResetErrors(String phase, ResetConversationLoad.Result result) {
        if (result.errors() > 0) {
            errors += result.errors();
            print("!!! [resets] %,d RESETS FAILED in the %s phase; first ones:", result.errors(), phase);
            result.errorSamples().forEach(sample -> print("!!!   %s", sample));
        }
    }

    private ResetConversationLoad.Result resetPhase(String name, ResetConversationLoad.Result result) {
        LatencyStats stats = result.stats();
        print("[resets] %-8s %5.1f s %,8d turns %8.1f turns/s  p50 %6.2f ms  p99 %7.2f ms  %,d resets, %d errors,"
                + " %d reconnects", name, stats.seconds(), stats.count(), stats.perSecond(),
                stats.percentileMillis(50), stats.percentileMillis(99), result.resets(), result.errors(),
                result.reconnects());
        countResetErrors(name, result);
        return result;
    }

    private void faqSummary(LoadGenerator.Result echoResult, LoadGenerator.Result faqResult) {
        double ratio = faqResult.stats().perSecond() / echoResult.stats().perSecond();
        print("");
        print("%-28s %10s %9s %9s %10s %7s", "knowledge answers (measured)", "turns/s", "p50 ms", "p99 ms", "turns",
                "errors");
        row("ResetDesk FAQ turns", faqResult);
        check("FAQ turns / echo turns", ratio, ">=", MIN_FAQ_THROUGHPUT_RATIO, errors == 0,
                ratio >= MIN_FAQ_THROUGHPUT_RATIO);
    }

    private void dialogSummary(LoadGenerator.Result echoResult, ResetConversationLoad.Result resets) {
        LatencyStats echo = echoResult.stats();
        LatencyStats dialog = resets.stats();
        double ratio = dialog.perSecond() / echo.perSecond();
        boolean valid = errors == 0 && dialog.count() > 0;
        print("");
        print("%-28s %10s %9s %9s %10s %7s", "whole resets (measured)", "turns/s", "p50 ms", "p99 ms", "turns",
                "resets");
        print("%-28s %10.1f %9.2f %9.2f %,10d %,7d", "ResetDesk dialog turns", dialog.perSecond(),
                dialog.percentileMillis(50), dialog.percentileMillis(99), dialog.count(), resets.resets());
        check("dialog turns / echo turns", ratio, ">=", MIN_DIALOG_THROUGHPUT_RATIO, valid,
                ratio >= MIN_DIALOG_THROUGHPUT_RATIO);
        print("%-34s %8.2fx", "dialog p99 / echo p99", dialog.percentileMillis(99) / echo.percentileMillis(99));
    }

    private LoadGenerator.Result phase(String bot, String name, Supplier<LoadGenerator.Result> load) {
        JvmCounters before = JvmCounters.now();
        LoadGenerator.Result result = load.get();
        JvmCounters spent = JvmCounters.now().since(before);
        LatencyStats stats = result.stats();
        print("[%s] %-8s %5.1f s %,8d turns %8.1f turns/s  p50 %6.2f ms  p99 %7.2f ms  JIT %,d ms, GC %,d ms,"
                + " %d errors, %d reconnects", bot, name, stats.seconds(), stats.count(), stats.perSecond(),
                stats.percentileMillis(50), stats.percentileMillis(99), spent.compileMillis(), spent.gcMillis(),
                result.errors(), result.reconnects());
        countErrors(bot, name, result);
        return result;
    }

    private void countErrors(String bot, String phase, LoadGenerator.Result result) {
        if (result.errors() > 0) {
            errors += result.errors();
            print("!!! [%s] %,d TURNS FAILED in the %s phase; first ones:", bot, result.errors(), phase);
            result.errorSamples().forEach(sample -> print("!!!   %s", sample));
        }
    }

    private void summary(LoadGenerator.Result echoResult, LoadGenerator.Result resetDeskResult, long startup,
            long heapAtStart, long heapBefore, long heapAfter) {
        LatencyStats echo = echoResult.stats();
        LatencyStats resetDesk = resetDeskResult.stats();
        double throughputRatio = resetDesk.perSecond() / echo.perSecond();
        double p99Ratio = resetDesk.percentileMillis(99) / echo.percentileMillis(99);
        boolean valid = errors == 0 && echo.count() > 0 && resetDesk.count() > 0;
        String rule = "=".repeat(78);
        print("");
        print(rule);
        print("%-28s %10s %9s %9s %10s %7s", "bot (measured phase)", "turns/s", "p50 ms", "p99 ms", "turns", "errors");
        row("SDK echo bot", echoResult);
        row("ResetDesk", resetDeskResult);
        print("");
        print("%-34s %9s %10s  %s", "target", "measured", "target", "result");
        check("throughput ResetDesk / echo", throughputRatio, ">=", MIN_THROUGHPUT_RATIO, valid,
                throughputRatio >= MIN_THROUGHPUT_RATIO);
        check("p99 latency ResetDesk / echo", p99Ratio, "<=", MAX_P99_RATIO, valid, p99Ratio <= MAX_P99_RATIO);
        print("");
        print("%-46s %8d ms", "ResetDesk cold start-up (SpringApplication.run)", startup);
        print("%-46s %8.1f MB", "heap used after start-up", megabytes(heapAtStart));
        print("%-46s %8.1f MB", String.format(Locale.ROOT, "heap used before %,d new conversations",
                settings.heapConversations()), megabytes(heapBefore));
        print("%-46s %8.1f MB", String.format(Locale.ROOT, "heap used after %,d new conversations",
                settings.heapConversations()), megabytes(heapAfter));
        print("%-46s %8.2f KB", "heap per new conversation (and its user)",
                (heapAfter - heapBefore) / 1024.0 / settings.heapConversations());
        print(rule);
        if (!allWarm) {
            print("!!! The JIT compiler was busy in a ramp or measured phase (see !!! above): run again for steady"
                    + " numbers, or raise warmup=SECONDS.");
        }
        if (errors > 0) {
            print("!!! %,d TURNS FAILED: THESE NUMBERS ARE NOT VALID (see the !!! lines above)", errors);
        } else {
            print("All turns answered with 200 and the bot's reply.");
        }
    }

    private void row(String bot, LoadGenerator.Result result) {
        LatencyStats stats = result.stats();
        print("%-28s %10.1f %9.2f %9.2f %,10d %7d", bot, stats.perSecond(), stats.percentileMillis(50),
                stats.percentileMillis(99), stats.count(), result.errors());
    }

    private static void check(String name, double measured, String comparison, double target, boolean valid,
            boolean pass) {
        print("%-34s %8.2fx %5s %.2fx  %s", name, measured, comparison, target,
                !valid ? "INVALID (failed turns)" : pass ? "PASS" : "FAIL");
    }

    private static double megabytes(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }

    private static void print(String format, Object... values) {
        System.out.println(String.format(Locale.ROOT, format, values));
    }
}
