package org.resetdesk.channel;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Posts activities to a running bot's {@code /api/messages} over real HTTP. */
final class BotClient {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI endpoint;

    BotClient(int port) {
        this.endpoint = URI.create("http://localhost:" + port + "/api/messages");
    }

    HttpResponse<String> post(String body) {
        return post(body, null);
    }

    HttpResponse<String> post(String body, String authorization) {
        return post(body, authorization, "application/json");
    }

    HttpResponse<String> post(String body, String authorization, String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("POST " + endpoint + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
