package org.resetdesk.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.resetdesk.TestHttp;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A bounded, seeded run of malformed and mutated activities against {@code /api/messages} and the Direct Line
 * endpoint: fields dropped, replaced by values of other types, huge or odd strings, truncated JSON, stray bytes,
 * wildcard content types, conversations driven into the reset flow first. No answer may be a 5xx, and nothing may
 * be logged with a stack trace. The seed is printed with every failure, so a failing case can be replayed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "resetdesk.webchat.tokens-per-minute=100000")
@ExtendWith(OutputCaptureExtension.class)
class RequestFuzzTest {

    private static final long SEED = 20261203L;
    private static final int MESSAGES_CASES = 2500;
    private static final int DIRECT_LINE_CASES = 800;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> TEXTS = List.of("reset my password", "john.doe@contoso.example", "1", "2",
            "Code by email", "12345678", "Type it in a secure form", "Use another method", "Security questions",
            "help", "cancel", "helpdesk", "", " ", "\u0000", "<at>x</at>", "ș".repeat(3000), "?", "E1001",
            "Marble-Orbit-Lantern-42", "unlock my account", "how long is a code valid?", "da", "nu", "🙂".repeat(50));
    private static final List<String> CONTENT_TYPES = List.of("application/json", "application/json; charset=utf-8",
            "text/plain", "*/*", "text/*", "application/*", "x", "application/x-www-form-urlencoded", "");

    @LocalServerPort
    int port;

    @Test
    void mutatedActivities_neverGetA5xxOrAStackTrace(CapturedOutput output) throws IOException {
        Random random = new Random(SEED);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < MESSAGES_CASES; i++) {
            String conversation = "fuzz-" + (i % 40);
            String body = mutate(random, base(random, conversation));
            String contentType = CONTENT_TYPES.get(random.nextInt(CONTENT_TYPES.size()));
            HttpResponse<String> response = post("/api/messages", body, contentType, null);
            if (response.statusCode() >= 500) {
                failures.add("/api/messages case " + i + " (seed " + SEED + "): " + response.statusCode() + " for "
                        + abbreviated(body));
            }
        }
        for (int i = 0; i < DIRECT_LINE_CASES; i++) {
            JsonNode grant = JSON.readTree(post("/v3/directline/tokens/generate", "", null, null).body());
            String token = random.nextInt(10) == 0 ? "forged." + random.nextInt() : grant.path("token").asText();
            String path = "/v3/directline/conversations/" + grant.path("conversationId").asText() + "/activities";
            ObjectNode activity = base(random, "ignored");
            activity.remove(List.of("deliveryMode", "conversation", "channelId"));
            String body = mutate(random, activity);
            String contentType = CONTENT_TYPES.get(random.nextInt(CONTENT_TYPES.size()));
            HttpResponse<String> posted = post(path, body, contentType, token);
            HttpResponse<String> read = send(HttpRequest.newBuilder(uri(path + "?watermark="
                    + List.of("", "0", "-1", "x", "99999999999999999999").get(random.nextInt(5))))
                    .header("Authorization", "Bearer " + token).GET());
            for (HttpResponse<String> response : List.of(posted, read)) {
                if (response.statusCode() >= 500) {
                    failures.add("Direct Line case " + i + " (seed " + SEED + "): " + response.statusCode()
                            + " for " + abbreviated(body));
                }
            }
        }

        assertThat(failures).isEmpty();
        assertThat(output.getAll()).as("no stack trace was logged").doesNotContainPattern("\\n\\s+at [a-z]+\\.");
    }

    /** A valid activity of a random kind, in one of a few conversations so that flows get under way. */
    private static ObjectNode base(Random random, String conversation) {
        ObjectNode activity = NODES.objectNode();
        activity.put("type", "message").put("channelId", random.nextBoolean() ? "webchat" : "msteams")
                .put("deliveryMode", "expectReplies").put("id", "a" + random.nextInt()).put("locale",
                        List.of("en-US", "ro-RO", "xx", "").get(random.nextInt(4)));
        activity.putObject("conversation").put("id", conversation);
        activity.putObject("from").put("id", "user-" + random.nextInt(3));
        activity.putObject("recipient").put("id", "resetdesk");
        switch (random.nextInt(5)) {
            case 0 -> activity.putObject("value").put("password", "Marble-Orbit-Lantern-9")
                    .put("confirm", random.nextBoolean() ? "Marble-Orbit-Lantern-9" : "other");
            case 1 -> activity.put("type", "conversationUpdate").putArray("membersAdded").addObject().put("id", "u");
            case 2 -> activity.put("type", "event").put("name", "webchat/join");
            case 3 -> activity.put("type", "invoke").put("name", "adaptiveCard/action");
            default -> activity.put("text", TEXTS.get(random.nextInt(TEXTS.size())));
        }
        return activity;
    }

    private static String mutate(Random random, ObjectNode activity) {
        int mutations = random.nextInt(4);
        for (int m = 0; m < mutations; m++) {
            List<String> fields = new ArrayList<>();
            Iterator<String> names = activity.fieldNames();
            names.forEachRemaining(fields::add);
            String field = fields.get(random.nextInt(fields.size()));
            switch (random.nextInt(6)) {
                case 0 -> activity.remove(field);
                case 1 -> activity.set(field, oddValue(random));
                case 2 -> activity.set(List.of("localTimezone", "timestamp", "serviceUrl", "entities", "attachments",
                        "channelData", "value", "replyToId", "textFormat").get(random.nextInt(9)), oddValue(random));
                case 3 -> activity.put("serviceUrl", List.of("http://localhost:0/", "http://localhost:99999/",
                        "ftp://x/", "http://", "::", "not a url").get(random.nextInt(6)));
                case 4 -> activity.put("timestamp", List.of("2026-03-02T08:00:00Z", "2026-03-02T08:00:00.123+02:00",
                        "yesterday", "2026-13-45T99:99:99Z").get(random.nextInt(4)));
                default -> activity.set("text", oddValue(random));
            }
        }
        String json = activity.toString();
        switch (random.nextInt(8)) {
            case 0:
                return json.substring(0, random.nextInt(json.length()));
            case 1:
                return json + List.of("x", "}", "]", " ", "{}", "\u0000").get(random.nextInt(6));
            case 2:
                StringBuilder noisy = new StringBuilder(json);
                noisy.setCharAt(random.nextInt(noisy.length()), (char) random.nextInt(0x3000));
                return noisy.toString();
            default:
                return json;
        }
    }

    private static JsonNode oddValue(Random random) {
        switch (random.nextInt(9)) {
            case 0:
                return NODES.nullNode();
            case 1:
                return NODES.numberNode(random.nextLong());
            case 2:
                return NODES.booleanNode(random.nextBoolean());
            case 3:
                ArrayNode array = NODES.arrayNode();
                array.add(1).add("two").addObject();
                return array;
            case 4:
                ObjectNode nested = NODES.objectNode();
                ObjectNode inner = nested;
                for (int depth = 0; depth < 200; depth++) {
                    inner = inner.putObject("n");
                }
                return nested;
            case 5:
                return NODES.textNode("x".repeat(random.nextInt(40_000)));
            case 6:
                return NODES.textNode("\uD800" + "\u202E" + "<script>alert(1)</script>");
            case 7:
                return NODES.numberNode(new java.math.BigDecimal("1e400"));
            default:
                return NODES.textNode(TEXTS.get(random.nextInt(TEXTS.size())));
        }
    }

    private HttpResponse<String> post(String path, String body, String contentType, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null && !contentType.isEmpty()) {
            request.header("Content-Type", contentType);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request);
    }

    private URI uri(String path) {
        return new TestHttp(port).uri(path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        return new TestHttp(port).send(request);
    }

    private static String abbreviated(String body) {
        return body.length() <= 300 ? body : body.substring(0, 300) + "…";
    }
}
