package org.resetdesk.bench;


import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.resetdesk.ResetDeskApplication;
import org.resetdesk.TestTls;
import org.resetdesk.notify.ChannelNotifier;
import org.resetdesk.notify.Notification;
import org.resetdesk.notify.outbox.OutboxCodes;
import org.resetdesk.notify.outbox.OutboxNotifier;

/**
 * Whole resets on Entra ID when Microsoft Graph is slow: every Graph call answers after 250 ms ({@link SlowGraph}),
 * 200 people reset at once, again and again, through {@code POST /api/messages}, while a probe sends a greeting
 * every 20 ms.
 * Prints completed resets per second against the ideal (200 divided by the time one reset spends waiting on Graph:
 * three calls in a row, the account, then its methods and roles together, then the change) and the greetings' p99
 * under that load against idle. A turn thread that waited on Graph would hold one of Tomcat's 200 threads per
 * reset in progress and the greetings would queue behind them.
 *
 * <pre>mvn -q -B test-compile exec:java -Dexec.mainClass=org.resetdesk.bench.SlowDirectoryBenchmark
 *     -Dexec.classpathScope=test</pre>
 */
public final class SlowDirectoryBenchmark {

    private static final int PEOPLE = Integer.getInteger("bench.people", 200);
    private static final Duration GRAPH_DELAY = Duration.ofMillis(250);
    private static final int GRAPH_WAITS_PER_RESET = 3;
    private static final Duration WARM_UP_WINDOW = Duration.ofSeconds(10);
    private static final Duration MAX_WARM_UP = Duration.ofSeconds(120);
    private static final Duration MEASURE = Duration.ofSeconds(20);
    /** One greeting every 20 ms: a light, steady probe of the turn threads, not a load of its own. */
    private static final Duration GREETING_EVERY = Duration.ofMillis(20);
    private static final String TENANT = "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee";

    private SlowDirectoryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        TestTls tls = TestTls.create(Path.of("target", "bench-tls"), "slow-graph");
        SlowGraph.Forked graph = SlowGraph.fork(tls.keyStore.toAbsolutePath(), TestTls.PASSWORD, GRAPH_DELAY);
        System.setProperty("javax.net.ssl.trustStore", tls.trustStore.toString());
        System.setProperty("javax.net.ssl.trustStorePassword", TestTls.PASSWORD);
        System.setProperty("javax.net.ssl.trustStoreType", "PKCS12");
        OutboxNotifier mailbox = new OutboxNotifier(Clock.systemUTC());
        String host = "https://localhost:" + graph.port();
        try (BenchServer bot = BenchServer.start(ResetDeskApplication.class, Map.of("benchMailbox", email(mailbox)),
                "--resetdesk.directory.type=entra", "--resetdesk.directory.entra.tenant-id=" + TENANT,
                "--resetdesk.directory.entra.client-id=bench-client", "--resetdesk.directory.entra.client-secret=fake",
                "--resetdesk.directory.entra.authority-host=" + host, "--resetdesk.directory.entra.graph-url=" + host,
                "--resetdesk.notify.dev-outbox=false", "--resetdesk.admin.token=bench-admin-token-0123456789abcdef",
                "--resetdesk.verification.codes.max-issued=1000000000", "--resetdesk.verification.codes.issue-window=1s",
                "--server.tomcat.threads.max=200")) {
            PacedGreetings greetings = new PacedGreetings(bot.port(), GREETING_EVERY);
            ResetConversationLoad resets = new ResetConversationLoad(bot.port(), "Code by email",
                    person -> OutboxCodes.newestTo(mailbox, BenchDirectory.alternateEmail(person)), PEOPLE);
            System.out.println("[slow Graph] warming up until the JIT compiler is quiet (at most "
                    + MAX_WARM_UP.toSeconds() + " s) ...");
            greetings.runFor(WARM_UP_WINDOW);
            // Cold, both JVMs would take 600 TLS handshakes at once past the 5-s connect timeout: a tenth first.
            new ResetConversationLoad(bot.port(), "Code by email",
                    person -> OutboxCodes.newestTo(mailbox, BenchDirectory.alternateEmail(person)), PEOPLE / 10)
                    .runFor(WARM_UP_WINDOW, "gentle-");
            warmUp(resets);
            PacedGreetings.Result idle = greetings.runFor(MEASURE);
            CompletableFuture<PacedGreetings.Result> loaded = CompletableFuture.supplyAsync(
                    () -> greetings.runFor(MEASURE));
            JvmCounters before = JvmCounters.now();
            ResetConversationLoad.Result measured = resets.runFor(MEASURE, "slow-");
            PacedGreetings.Result busy = loaded.get();
            JvmCounters spent = JvmCounters.now().since(before);
            System.out.printf(Locale.ROOT, "while measured: JIT %,d ms, GC pauses %,d ms%n", spent.compileMillis(),
                    spent.gcMillis());
            report(idle, busy, measured);
            if (measured.errors() > 0 || idle.errors() > 0 || busy.errors() > 0) {
                System.out.println("errors: " + measured.errorSamples());
                System.exit(1);
            }
        } finally {
            graph.close();
        }
        System.exit(0);
    }

    /** Resets in windows until one window spent under a tenth of its time compiling. */
    private static void warmUp(ResetConversationLoad resets) {
        long started = System.nanoTime();
        boolean quiet = false;
        for (int round = 0; !quiet && System.nanoTime() - started < MAX_WARM_UP.toNanos(); round++) {
            JvmCounters windowStart = JvmCounters.now();
            ResetConversationLoad.Result result = resets.runFor(WARM_UP_WINDOW, "warm-" + round + "-");
            if (result.errors() > 0) {
                throw new IllegalStateException("resets failed while warming up: " + result.errorSamples());
            }
            quiet = JvmCounters.now().since(windowStart).compileMillis() < WARM_UP_WINDOW.toMillis() / 10;
        }
        System.out.printf(Locale.ROOT, "warm-up %.0f s: %s%n", (System.nanoTime() - started) / 1e9,
                quiet ? "compiler quiet" : "!!! COMPILER STILL BUSY, the numbers below are not steady-state");
    }

    private static void report(PacedGreetings.Result idle, PacedGreetings.Result busy,
            ResetConversationLoad.Result resets) {
        double ideal = PEOPLE / (GRAPH_WAITS_PER_RESET * GRAPH_DELAY.toMillis() / 1000.0);
        double perSecond = resets.resets() / resets.stats().seconds();
        double idleP99 = idle.p99Millis();
        double busyP99 = busy.p99Millis();
        System.out.println();
        System.out.printf(Locale.ROOT, "Graph answers after %d ms; %d people reset at once; a greeting every %d ms%n",
                GRAPH_DELAY.toMillis(), PEOPLE, GREETING_EVERY.toMillis());
        System.out.printf(Locale.ROOT, "completed resets/s           %8.1f   ideal %6.1f   %5.1f %%   target >= 80 %%  %s%n",
                perSecond, ideal, 100 * perSecond / ideal, perSecond >= 0.8 * ideal ? "PASS" : "FAIL");
        System.out.printf(Locale.ROOT, "dialog turn p50 / p99 (ms)    %7.2f / %.2f%n",
                resets.stats().percentileMillis(50), resets.stats().percentileMillis(99));
        for (int step = 0; step < resets.steps().size(); step++) {
            LatencyStats turn = resets.steps().get(step);
            System.out.printf(Locale.ROOT, "  %-22s p50 / p99 (ms) %7.2f / %.2f%n", ResetConversationLoad.STEPS.get(step),
                    turn.percentileMillis(50), turn.percentileMillis(99));
        }
        System.out.printf(Locale.ROOT, "greeting p99 idle / loaded    %7.2f / %.2f ms   %4.2fx   target <= 2x  %s%n",
                idleP99, busyP99, busyP99 / idleP99, busyP99 <= 2 * idleP99 ? "PASS" : "FAIL");
        System.out.printf(Locale.ROOT, "greeting p50 idle / loaded    %7.2f / %.2f ms%n", idle.p50Millis(),
                busy.p50Millis());
        System.out.printf(Locale.ROOT, "failed resets %d, failed greetings %d%n", resets.errors(), busy.errors());
    }

    /** The stand-in mailbox: emails land in an outbox the simulated people read their codes from. */
    private static ChannelNotifier email(OutboxNotifier mailbox) {
        return new ChannelNotifier() {
            @Override
            public Notification.Channel channel() {
                return Notification.Channel.EMAIL;
            }

            @Override
            public CompletableFuture<Void> send(Notification notification) {
                return mailbox.send(notification);
            }
        };
    }
}
