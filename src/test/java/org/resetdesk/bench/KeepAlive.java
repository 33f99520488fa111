package org.resetdesk.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/** Sending on keep-alive connections that the server may have closed between two requests. */
final class KeepAlive {

    private KeepAlive() {
    }

    /** The benchmark's client: HTTP/1.1, so each load thread keeps one connection open. */
    static HttpClient newClient() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    /**
     * Sends the request; when the connection turns out to be closed before any answer (the JDK client reports
     * "received no bytes"), sends it once more on a new connection and counts a reconnect, not an error: the bot
     * never saw the first attempt. The caller's latency includes the retry.
     */
    static HttpResponse<String> send(HttpClient http, HttpRequest request, AtomicLong reconnects)
            throws IOException, InterruptedException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            if (e.getMessage() == null || !e.getMessage().contains("received no bytes")) {
                throw e;
            }
            reconnects.incrementAndGet();
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }
}
