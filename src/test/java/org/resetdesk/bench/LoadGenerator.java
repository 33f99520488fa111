package org.resetdesk.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.function.IntSupplier;

/**
 * Closed-loop load on a bot's {@code POST /api/messages}: a fixed number of client threads share one HTTP/1.1
 * client (so one keep-alive connection per thread), each sending an English greeting with
 * {@code deliveryMode: expectReplies} as soon as its previous turn is answered. A turn counts only if the answer is a
 * 200 whose body holds the expected reply; anything else is an error, with a few samples kept for the report.
 */
final class LoadGenerator {

    private static final int ERROR_SAMPLES = 5;

    private final HttpClient http = KeepAlive.newClient();
    private final URI endpoint;
    private final String serviceUrl;
    private final String expectedReply;
    private final int threads;
    private final String text;

    /**
     * @param expectedReply text every successful answer body contains (part of the bot's reply)
     */
    LoadGenerator(int port, String expectedReply, int threads) {
        this(port, expectedReply, threads, "hello");
    }

    /** The same load, each request saying {@code text} (plain words, no JSON escaping needed). */
    LoadGenerator(int port, String expectedReply, int threads, String text) {
        this.text = text;
        this.endpoint = URI.create("http://localhost:" + port + "/api/messages");
        this.serviceUrl = "http://localhost:" + port + "/";
        this.expectedReply = expectedReply;
        this.threads = threads;
    }

    int threads() {
        return threads;
    }

    /**
     * Greetings for {@code duration}, each in a conversation picked at random from {@code pool} conversations. Every
     * thread draws from its own slice of the pool, so no conversation ever has two turns in flight (as with people).
     */
    Result runFor(Duration duration, String conversationPrefix, int pool) {
        long deadline = System.nanoTime() + duration.toNanos();
        return run(conversationPrefix, thread -> {
            SplittableRandom random = new SplittableRandom(thread * 7919L + pool);
            int slice = Math.max(1, (pool - thread + threads - 1) / threads);
            return () -> System.nanoTime() >= deadline ? -1 : random.nextInt(slice) * threads + thread;
        });
    }

    /** One greeting in each of {@code count} new conversations, each with its own user. */
    Result greetEach(String conversationPrefix, int count) {
        AtomicInteger next = new AtomicInteger();
        return run(conversationPrefix, thread -> () -> {
            int conversation = next.getAndIncrement();
            return conversation < count ? conversation : -1;
        });
    }

    private Result run(String conversationPrefix, IntFunction<IntSupplier> conversationsOfThread) {
        List<LatencyStats.Recorder> recorders = new ArrayList<>();
        List<Thread> clients = new ArrayList<>();
        Errors errors = new Errors();
        for (int t = 0; t < threads; t++) {
            LatencyStats.Recorder recorder = new LatencyStats.Recorder();
            IntSupplier conversations = conversationsOfThread.apply(t);
            String activityPrefix = conversationPrefix + "t" + t + "-";
            recorders.add(recorder);
            clients.add(new Thread(() -> send(conversationPrefix, activityPrefix, conversations, recorder, errors),
                    "bench-client-" + t));
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
        long elapsed = System.nanoTime() - start;
        return new Result(LatencyStats.of(recorders, elapsed), errors.count.get(), errors.reconnects.get(),
                List.copyOf(errors.samples));
    }

    private void send(String conversationPrefix, String activityPrefix, IntSupplier conversations,
            LatencyStats.Recorder recorder, Errors errors) {
        long sequence = 0;
        for (int c = conversations.getAsInt(); c >= 0; c = conversations.getAsInt()) {
            String conversation = conversationPrefix + c;
            HttpRequest request = HttpRequest.newBuilder(endpoint)
                    .timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(
                            greeting(activityPrefix + sequence++, conversation, "user-" + conversation)))
                    .build();
            long started = System.nanoTime();
            try {
                HttpResponse<String> response = KeepAlive.send(http, request, errors.reconnects);
                long latency = System.nanoTime() - started;
                String problem = problem(response);
                if (problem == null) {
                    recorder.record(latency);
                } else {
                    errors.add(problem);
                }
            } catch (IOException e) {
                errors.add(e.toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private String problem(HttpResponse<String> response) {
        String body = response.body() == null ? "" : response.body();
        if (response.statusCode() != 200) {
            return "HTTP " + response.statusCode() + ": " + abbreviate(body);
        }
        if (!body.contains("\"activities\"") || !body.contains(expectedReply)) {
            return "HTTP 200 without the expected reply '" + expectedReply + "': " + abbreviate(body);
        }
        return null;
    }

    /** A user's message (by default "hello") in web chat, answered in the HTTP response. No timestamp (bot-schema 4.14 misreads some). */
    private String greeting(String activityId, String conversation, String user) {
        return "{\"type\":\"message\",\"id\":\"" + activityId + "\",\"channelId\":\"webchat\","
                + "\"serviceUrl\":\"" + serviceUrl + "\",\"deliveryMode\":\"expectReplies\","
                + "\"locale\":\"en-US\",\"text\":\"" + text + "\","
                + "\"conversation\":{\"id\":\"" + conversation + "\"},"
                + "\"from\":{\"id\":\"" + user + "\",\"name\":\"Bench User\",\"role\":\"user\"},"
                + "\"recipient\":{\"id\":\"bot\",\"name\":\"Bot\",\"role\":\"bot\"}}";
    }

    private static String abbreviate(String text) {
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() <= 300 ? oneLine : oneLine.substring(0, 300) + "...";
    }

    /** What one phase measured: latencies of the successful turns, the failed ones, and the resent ones. */
    record Result(LatencyStats stats, long errors, long reconnects, List<String> errorSamples) {
    }

    private static final class Errors {
        private final AtomicLong count = new AtomicLong();
        private final AtomicLong reconnects = new AtomicLong();
        private final Queue<String> samples = new ConcurrentLinkedQueue<>();

        void add(String problem) {
            if (count.incrementAndGet() <= ERROR_SAMPLES) {
                samples.add(problem);
            }
        }
    }
}
