package org.resetdesk.webchat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.resetdesk.MutableClock;
import org.resetdesk.TestClockConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/** The Direct Line 3.0 subset over real HTTP, as Web Chat uses it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "resetdesk.webchat.tokens-per-minute=5")
@Import(TestClockConfiguration.class)
class DirectLineEndpointTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    private HttpResponse<String> call(String method, String path, String token, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v3/directline"
                + path)).timeout(Duration.ofSeconds(20)).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode json(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }

    private JsonNode newConversation() throws IOException {
        clock.advance(Duration.ofMinutes(1)); // a fresh rate-limit window, whatever ran before
        HttpResponse<String> generated = call("POST", "/tokens/generate", null, null);
        assertThat(generated.statusCode()).isEqualTo(200);
        JsonNode grant = json(generated);
        assertThat(call("POST", "/conversations", grant.get("token").asText(), null).statusCode()).isEqualTo(201);
        return grant;
    }

    @Test
    void postedMessage_comesBackWithItsClientIdFollowedByTheBotsReply() throws IOException {
        JsonNode grant = newConversation();
        String token = grant.get("token").asText();
        String path = "/conversations/" + grant.get("conversationId").asText() + "/activities";

        HttpResponse<String> posted = call("POST", path, token, """
                {"type":"message","text":"hello","locale":"en-US","from":{"id":"someone-else","name":"Ana"},
                 "channelData":{"clientActivityID":"client-1"}}""");
        JsonNode page = json(call("GET", path + "?watermark=", token, null));

        assertThat(posted.statusCode()).isEqualTo(200);
        String id = json(posted).get("id").asText();
        JsonNode activities = page.get("activities");
        assertThat(activities).hasSize(2);
        assertThat(activities.get(0).get("id").asText()).isEqualTo(id);
        assertThat(activities.get(0).at("/channelData/clientActivityID").asText()).isEqualTo("client-1");
        assertThat(activities.get(0).at("/from/id").asText()).startsWith("dl_").isNotEqualTo("someone-else");
        assertThat(activities.get(0).at("/from/name").asText()).isEqualTo("Ana");
        assertThat(activities.get(1).get("text").asText()).contains("ResetDesk");
        assertThat(activities.get(1).get("replyToId").asText()).isEqualTo(id);
        assertThat(page.get("watermark").isTextual()).isTrue();
        assertThat(json(call("GET", path + "?watermark=" + page.get("watermark").asText(), token, null))
                .get("activities")).isEmpty();
    }

    @Test
    void tokenOfAnotherConversation_isForbidden() throws IOException {
        JsonNode mine = newConversation();
        JsonNode theirs = newConversation();

        HttpResponse<String> response = call("GET", "/conversations/" + theirs.get("conversationId").asText()
                + "/activities", mine.get("token").asText(), null);

        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void expiredToken_isForbiddenAsWebChatExpects_butARefreshedOneWorks() throws IOException {
        JsonNode grant = newConversation();
        String path = "/conversations/" + grant.get("conversationId").asText() + "/activities";
        clock.advance(Duration.ofMinutes(20));
        String refreshed = json(call("POST", "/tokens/refresh", grant.get("token").asText(), null)).get("token")
                .asText();

        clock.advance(Duration.ofMinutes(15));

        HttpResponse<String> expired = call("GET", path, grant.get("token").asText(), null);
        assertThat(expired.statusCode()).isEqualTo(403);
        assertThat(json(expired).at("/error/code").asText()).isEqualTo("TokenExpired");
        assertThat(call("GET", path, refreshed, null).statusCode()).isEqualTo(200);
    }

    @Test
    void missingToken_isUnauthorizedWithAReason() throws IOException {
        HttpResponse<String> response = call("GET", "/conversations/abc/activities", null, null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(json(response).at("/error/message").asText()).contains("Bearer token");
    }

    @Test
    void malformedActivity_isABadRequestWithAReason() throws IOException {
        JsonNode grant = newConversation();
        String path = "/conversations/" + grant.get("conversationId").asText() + "/activities";
        String token = grant.get("token").asText();

        HttpResponse<String> notJson = call("POST", path, token, "{\"type\":");
        HttpResponse<String> noType = call("POST", path, token, "{\"text\":\"hi\"}");
        HttpResponse<String> badWatermark = call("GET", path + "?watermark=abc", token, null);

        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(json(notJson).at("/error/message").asText()).startsWith("The body is not valid JSON");
        assertThat(noType.statusCode()).isEqualTo(400);
        assertThat(json(noType).at("/error/message").asText()).isEqualTo("The activity has no 'type'");
        assertThat(badWatermark.statusCode()).isEqualTo(400);
        assertThat(json(call("GET", path, token, null)).get("activities")).isEmpty();
    }

    @Test
    void activityTheBotRejects_isABadRequestAndIsNotStored() throws IOException {
        JsonNode grant = newConversation();
        String path = "/conversations/" + grant.get("conversationId").asText() + "/activities";
        String token = grant.get("token").asText();

        HttpResponse<String> rejected = call("POST", path, token, "{\"type\":\"message\",\"text\":\"hi\",\"attachments\":5}");

        assertThat(rejected.statusCode()).isEqualTo(400);
        assertThat(json(rejected).at("/error/message").asText()).startsWith("The body is not a valid activity");
        assertThat(json(call("GET", path, token, null)).get("activities")).isEmpty();
    }

    @Test
    void oversizedActivity_isRejectedWith413() throws IOException {
        JsonNode grant = newConversation();
        String path = "/conversations/" + grant.get("conversationId").asText() + "/activities";

        HttpResponse<String> response = call("POST", path, grant.get("token").asText(),
                "{\"type\":\"message\",\"text\":\"" + "a".repeat(40_000) + "\"}");

        assertThat(response.statusCode()).isEqualTo(413);
    }

    @Test
    void tooManyNewConversationsFromOneAddress_areThrottledWithRetryAfter() {
        clock.advance(Duration.ofMinutes(5));
        for (int i = 0; i < 5; i++) {
            assertThat(call("POST", "/tokens/generate", null, null).statusCode()).isEqualTo(200);
        }

        HttpResponse<String> throttled = call("POST", "/tokens/generate", null, null);

        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(throttled.headers().firstValue("Retry-After")).isPresent();
        clock.advance(Duration.ofMinutes(1));
        assertThat(call("POST", "/tokens/generate", null, null).statusCode()).isEqualTo(200);
    }
}
