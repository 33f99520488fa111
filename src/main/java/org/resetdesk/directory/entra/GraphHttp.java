package org.resetdesk.directory.entra;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLContext;

import org.resetdesk.directory.DirectoryFailure;
import org.resetdesk.directory.RetryAfter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/**
 * Calls Microsoft Graph: one shared HTTP client with connect and answer timeouts, an app-only token on every call,
 * and retries where repeating is safe. Reads are retried on 429 (after its {@code Retry-After}), 5xx and timeouts;
 * a change only on 429, which Graph answers before doing anything. Retries back off exponentially with jitter, and
 * all of one call's attempts end within the retry deadline. Nothing waits on a thread: every call is a future.
 *
 * <p>Each call sends a fresh {@code client-request-id}; both it and Graph's {@code request-id} are logged, so an admin
 * can find the call in Entra's logs. Request bodies (which may hold a password) and tokens are never logged.
 */
final class GraphHttp {

    private static final Logger log = LoggerFactory.getLogger(GraphHttp.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(200);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(5);
    private static final int MAX_ATTEMPTS = 4;

    /** One answer: its status, its JSON (a missing node when there is none) and Graph's request id. */
    record Answer(int status, JsonNode body, String requestId, String clientRequestId,
            Optional<Duration> retryAfter) {

        boolean ok() {
            return status >= 200 && status < 300;
        }

        /** Graph's error code and message, for the log (they never hold the request's values). */
        String error() {
            JsonNode error = body.path("error");
            return error.path("code").asString("") + " " + error.path("message").asString("");
        }
    }

    private final HttpClient http;
    private final GraphTokens tokens;
    private final String graph;
    private final Duration requestTimeout;
    private final Duration deadline;
    private final Clock clock;
    /** Runs retries (and nothing that blocks); not the common pool, which may have a single thread. */
    private final java.util.concurrent.Executor workers;

    GraphHttp(EntraProperties properties, SSLContext tls, GraphTokens tokens, Clock clock) {
        this.workers = GraphTokens.daemonPool("resetdesk-graph");
        // HTTP/1.1 with a connection per call in flight: JDK 17's client fails calls beyond an HTTP/2 server's
        // concurrent-stream limit instead of waiting for a stream, which a burst of resets reaches.
        this.http = HttpClient.newBuilder().sslContext(tls).connectTimeout(properties.connectTimeout())
                .version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER).build();
        this.tokens = tokens;
        this.graph = properties.graph();
        this.requestTimeout = properties.requestTimeout();
        this.deadline = properties.retryDeadline();
        this.clock = clock;
    }

    /** Completes when an access token can be had (from the cache, or from the token endpoint); no Graph call. */
    CompletableFuture<Void> ready() {
        return tokens.token().thenAccept(token -> { });
    }

    /** The Graph base address, without a trailing slash. */
    String base() {
        return graph;
    }

    /** A read: {@code path} after the Graph base, query included; retried where that is safe. */
    CompletableFuture<Answer> get(String path, boolean eventualConsistency) {
        return attempt("GET", path, null, eventualConsistency, true, 1, clock.instant().plus(deadline));
    }

    /** A change with a JSON body; retried only when Graph refused it before doing anything (429). */
    CompletableFuture<Answer> patch(String path, String json) {
        return attempt("PATCH", path, json, false, false, 1, clock.instant().plus(deadline));
    }

    /** A creation with a JSON body; retried only when Graph refused it before doing anything (429). */
    CompletableFuture<Answer> post(String path, String json) {
        return attempt("POST", path, json, false, false, 1, clock.instant().plus(deadline));
    }

    private CompletableFuture<Answer> attempt(String method, String path, String json, boolean eventual,
            boolean idempotent, int number, Instant until) {
        String clientRequestId = UUID.randomUUID().toString();
        return tokens.token().thenCompose(token -> {
            // No attempt runs past the call's deadline, so all of one call's attempts end within it.
            Duration left = Duration.between(clock.instant(), until);
            Duration wait = left.compareTo(requestTimeout) < 0 ? left : requestTimeout;
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(graph + path))
                    .timeout(wait.isNegative() || wait.isZero() ? Duration.ofMillis(1) : wait)
                    .header("Authorization", "Bearer " + token).header("Accept", "application/json")
                    .header("client-request-id", clientRequestId).header("return-client-request-id", "true");
            if (eventual) {
                request.header("ConsistencyLevel", "eventual");
            }
            request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json));
            if (json != null) {
                request.header("Content-Type", "application/json");
            }
            return http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString());
        }).handle((response, failure) -> {
            if (failure != null) {
                return failed(method, path, json, eventual, idempotent, number, until, clientRequestId, failure);
            }
            Answer answer = answer(response, clientRequestId);
            log.debug("Graph {} {}: {} (request-id {}, client-request-id {})", method, pathOnly(path),
                    answer.status(), answer.requestId(), clientRequestId);
            boolean retriable = answer.status() == 429 || idempotent && answer.status() >= 500;
            if (!retriable) {
                if (!idempotent && answer.status() >= 500) {
                    // A gateway error after the change was sent says nothing about whether Graph made it.
                    return CompletableFuture.<Answer>failedFuture(new DirectoryFailure(
                            DirectoryFailure.Reason.OUTCOME_UNKNOWN,
                            "Graph " + method + " " + pathOnly(path) + ": " + answer.status() + " (request-id "
                                    + answer.requestId() + ", client-request-id " + clientRequestId + ")"));
                }
                return CompletableFuture.completedFuture(answer);
            }
            Duration wait = answer.retryAfter().orElse(backoff(number));
            if (number >= MAX_ATTEMPTS || clock.instant().plus(wait).isAfter(until)) {
                return CompletableFuture.completedFuture(answer); // the caller maps the last answer
            }
            return later(wait, () -> attempt(method, path, json, eventual, idempotent, number + 1, until));
        }).thenCompose(next -> next);
    }

    private CompletableFuture<Answer> failed(String method, String path, String json, boolean eventual,
            boolean idempotent, int number, Instant until, String clientRequestId, Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        if (cause instanceof DirectoryFailure directoryFailure) {
            return CompletableFuture.failedFuture(directoryFailure);
        }
        // Nothing was sent when the connection could not even be made; anything else may have reached Graph.
        boolean notSent = cause instanceof java.net.http.HttpConnectTimeoutException
                || cause instanceof java.net.ConnectException;
        log.warn("Graph {} {} failed: {} (client-request-id {})", method, pathOnly(path),
                cause.getClass().getSimpleName(), clientRequestId);
        Duration wait = backoff(number);
        if ((idempotent || notSent) && cause instanceof IOException && number < MAX_ATTEMPTS
                && !clock.instant().plus(wait).isAfter(until)) {
            return later(wait, () -> attempt(method, path, json, eventual, idempotent, number + 1, until));
        }
        // A change that may have reached Graph without an answer may have happened: never report it as either.
        boolean unknown = !idempotent && !notSent;
        return CompletableFuture.failedFuture(new DirectoryFailure(unknown ? DirectoryFailure.Reason.OUTCOME_UNKNOWN
                : DirectoryFailure.Reason.UNAVAILABLE, "Graph " + method + " " + pathOnly(path) + ": "
                + (unknown ? "no answer in time after sending" : "no answer") + " (client-request-id "
                + clientRequestId + ")", null, cause));
    }

    private Answer answer(HttpResponse<String> response, String clientRequestId) {
        JsonNode body = MissingNode.getInstance();
        String text = response.body();
        if (text != null && !text.isBlank()) {
            try {
                body = JSON.readTree(text);
            } catch (JacksonException e) {
                body = MissingNode.getInstance(); // an error page from a proxy, say: the status decides
            }
        }
        return new Answer(response.statusCode(), body, response.headers().firstValue("request-id").orElse(""),
                clientRequestId, RetryAfter.parse(response.headers().firstValue("Retry-After").orElse(null), clock));
    }

    /** Capped exponential backoff with full jitter: somewhere between half and all of the step. */
    private static Duration backoff(int attempt) {
        long step = Math.min(MAX_BACKOFF.toMillis(), FIRST_BACKOFF.toMillis() << Math.min(attempt - 1, 10));
        return Duration.ofMillis(step / 2 + ThreadLocalRandom.current().nextLong(step / 2 + 1));
    }

    private <T> CompletableFuture<T> later(Duration wait, java.util.function.Supplier<CompletableFuture<T>> next) {
        return CompletableFuture.supplyAsync(() -> null,
                CompletableFuture.delayedExecutor(wait.toMillis(), TimeUnit.MILLISECONDS, workers))
                .thenCompose(ignored -> next.get());
    }

    /** The path without its query, which may hold what the user typed. */
    private static String pathOnly(String path) {
        int query = path.indexOf('?');
        return query < 0 ? path : path.substring(0, query);
    }
}
