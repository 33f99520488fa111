package org.resetdesk.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A greeting on {@code POST /api/messages} at a fixed pace, each in a new conversation, timed: a probe of how long a
 * short turn waits while other load runs, light enough not to be load itself.
 */
final class PacedGreetings {

    private final HttpClient http = KeepAlive.newClient();
    private final URI endpoint;
    private final Duration every;
    private final AtomicLong sequence = new AtomicLong();
    private final AtomicLong reconnects = new AtomicLong();

    PacedGreetings(int port, Duration every) {
        this.endpoint = URI.create("http://localhost:" + port + "/api/messages");
        this.every = every;
    }

    /** The median and p99 of the greetings and how many failed. */
    record Result(double p50Millis, double p99Millis, int count, long errors) {
    }

    Result runFor(Duration duration) {
        long[] latencies = new long[(int) (duration.toMillis() / every.toMillis()) + 1];
        int count = 0;
        long errors = 0;
        long deadline = System.nanoTime() + duration.toNanos();
        long next = System.nanoTime();
        while (System.nanoTime() < deadline && count < latencies.length) {
            long wait = next - System.nanoTime();
            if (wait > 0) {
                try {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            next += every.toNanos();
            String conversation = "probe-" + sequence.incrementAndGet();
            HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                            "{\"type\":\"message\",\"channelId\":\"webchat\",\"deliveryMode\":\"expectReplies\","
                                    + "\"locale\":\"en-US\",\"text\":\"hello\",\"conversation\":{\"id\":\""
                                    + conversation + "\"},\"from\":{\"id\":\"" + conversation + "-user\"},"
                                    + "\"recipient\":{\"id\":\"bot\"}}")).build();
            long started = System.nanoTime();
            try {
                HttpResponse<String> response = KeepAlive.send(http, request, reconnects);
                if (response.statusCode() != 200 || !response.body().contains("ResetDesk")) {
                    errors++;
                    continue;
                }
            } catch (IOException e) {
                errors++;
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            latencies[count++] = System.nanoTime() - started;
        }
        long[] sorted = Arrays.copyOf(latencies, count);
        Arrays.sort(sorted);
        return new Result(percentile(sorted, 50), percentile(sorted, 99), count, errors);
    }

    private static double percentile(long[] sorted, int percentile) {
        return sorted.length == 0 ? 0
                : sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * percentile / 100.0) - 1)] / 1e6;
    }
}
