package org.resetdesk.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;


/**
 * Closed-loop load of whole password resets on {@code POST /api/messages}: each client thread is one person who,
 * again and again, asks for a reset, names their account, asks for a code, reads it where it was sent, types it, chooses to type the new password and types it. Every turn is timed (reading the mailbox is not) and
 * counts only when the bot's answer holds the text that step expects.
 */
final class ResetConversationLoad {

    private static final String PASSWORD = "Marble-Orbit-Lantern-42";
    /** The six timed turns of one reset, in order, as the report names them. */
    static final List<String> STEPS = List.of("reset my password", "account", "code method", "code",
            "type it in the chat", "new password");
    private static final int ERROR_SAMPLES = 5;

    private final HttpClient http = KeepAlive.newClient();
    private final URI endpoint;
    private final String method;
    private final IntFunction<Optional<String>> codes;
    private final int threads;
    private final AtomicLong reconnects = new AtomicLong();

    /**
     * Resets by {@code threads} people; {@code method} is the title of the code method they choose, and
     * {@code codes} reads the newest code sent to a person, as they would from their mailbox or phone.
     */
    ResetConversationLoad(int port, String method, IntFunction<Optional<String>> codes, int threads) {
        this.endpoint = URI.create("http://localhost:" + port + "/api/messages");
        this.method = method;
        this.codes = codes;
        this.threads = threads;
    }

    int threads() {
        return threads;
    }

    /** Whole resets for {@code duration}; a reset still running at the deadline is finished but not counted. */
    Result runFor(Duration duration, String conversationPrefix) {
        long deadline = System.nanoTime() + duration.toNanos();
        List<LatencyStats.Recorder> recorders = new ArrayList<>();
        List<List<LatencyStats.Recorder>> perStep = new ArrayList<>();
        STEPS.forEach(step -> perStep.add(new ArrayList<>()));
        List<Thread> clients = new ArrayList<>();
        AtomicLong resets = new AtomicLong();
        List<String> errors = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicLong errorCount = new AtomicLong();
        for (int t = 0; t < threads; t++) {
            int person = t;
            LatencyStats.Recorder recorder = new LatencyStats.Recorder();
            recorders.add(recorder);
            LatencyStats.Recorder[] steps = new LatencyStats.Recorder[STEPS.size()];
            for (int step = 0; step < steps.length; step++) {
                steps[step] = new LatencyStats.Recorder();
                perStep.get(step).add(steps[step]);
            }
            clients.add(new Thread(() -> {
                for (int n = 0; System.nanoTime() < deadline; n++) {
                    String conversation = conversationPrefix + person + "-" + n;
                    Optional<String> problem = reset(person, conversation, recorder, steps, deadline);
                    if (problem.isPresent()) {
                        if (errorCount.incrementAndGet() <= ERROR_SAMPLES) {
                            errors.add(problem.get());
                        }
                    } else {
                        resets.incrementAndGet();
                    }
                }
            }, "bench-reset-" + t));
        }
        long start = System.nanoTime();
        clients.forEach(Thread::start);
        for (Thread client : clients) {
            try {
                client.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for the clients", e);
            }
        }
        long elapsed = Math.max(1, deadline - start);
        return new Result(LatencyStats.of(recorders, elapsed),
                perStep.stream().map(step -> LatencyStats.of(step, elapsed)).toList(), resets.get(), errorCount.get(),
                reconnects.getAndSet(0), List.copyOf(errors));
    }

    /** One whole reset; its turns are recorded only if it started before the deadline. Empty when it worked. */
    private Optional<String> reset(int person, String conversation, LatencyStats.Recorder recorder,
            LatencyStats.Recorder[] steps, long deadline) {
        long[] turns = new long[STEPS.size()];
        try {
            turns[0] = turn(conversation, "reset my password", "Which account is it?");
            turns[1] = turn(conversation, BenchDirectory.upn(person), "choose how you");
            turns[2] = turn(conversation, method, "valid for");
            String code = codes.apply(person).orElseThrow(() -> new IllegalStateException("no code for " + BenchDirectory.upn(person)));
            turns[3] = turn(conversation, code, "confirmed");
            turns[4] = turn(conversation, "Type it in the chat", "stays visible");
            turns[5] = turn(conversation, PASSWORD, "your password was changed");
        } catch (IOException | IllegalStateException e) {
            return Optional.of(e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted");
        }
        if (System.nanoTime() < deadline) {
            for (int step = 0; step < turns.length; step++) {
                recorder.record(turns[step]);
                steps[step].record(turns[step]);
            }
        }
        return Optional.empty();
    }

    /** Sends one turn and checks its answer; returns its latency in nanoseconds. */
    private long turn(String conversation, String text, String expected) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(message(conversation, text)))
                .build();
        long started = System.nanoTime();
        HttpResponse<String> response = KeepAlive.send(http, request, reconnects);
        long latency = System.nanoTime() - started;
        if (response.statusCode() != 200 || !response.body().contains(expected)) {
            throw new IllegalStateException("'" + text + "' got HTTP " + response.statusCode() + " without '"
                    + expected + "': " + abbreviate(response.body()));
        }
        return latency;
    }

    private static String message(String conversation, String text) {
        return "{\"type\":\"message\",\"channelId\":\"webchat\",\"deliveryMode\":\"expectReplies\","
                + "\"locale\":\"en-US\",\"text\":\"" + text + "\","
                + "\"conversation\":{\"id\":\"" + conversation + "\"},"
                + "\"from\":{\"id\":\"" + conversation + "-user\",\"role\":\"user\"},"
                + "\"recipient\":{\"id\":\"bot\",\"role\":\"bot\"}}";
    }

    private static String abbreviate(String text) {
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() <= 300 ? oneLine : oneLine.substring(0, 300) + "...";
    }

    /** What a phase measured: the latency of every dialog turn of completed resets, and the failed resets. */
    record Result(LatencyStats stats, List<LatencyStats> steps, long resets, long errors, long reconnects,
            List<String> errorSamples) {
    }
}
