package org.resetdesk.channel;

import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.microsoft.bot.builder.Storage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** {@code POST /api/messages} over real HTTP, without an app registration, from loopback. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MessagesEndpointTest {

    private static final WireMockServer CONNECTOR = new WireMockServer(options().dynamicPort());

    @LocalServerPort
    int port;

    @Autowired
    Storage storage;

    @BeforeAll
    static void startConnector() {
        CONNECTOR.start();
        CONNECTOR.stubFor(post(urlPathMatching("/v3/conversations/.*/activities.*")).willReturn(okJson("{\"id\":\"r1\"}")));
    }

    @AfterAll
    static void stopConnector() {
        CONNECTOR.stop();
    }

    private HttpResponse<String> send(String body) {
        return new BotClient(port).post(body);
    }

    private static String message(String conversation, String text, String extra) {
        return """
                {"type":"message","id":"a1","text":"%s","channelId":"webchat","locale":"en-US",
                 "conversation":{"id":"%s"},"from":{"id":"u1"},"recipient":{"id":"bot"}%s}"""
                .formatted(text, conversation, extra);
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return BotJson.MAPPER.readTree(response.body());
    }

    @Test
    void malformedJson_isABadRequestWithTheReason() throws Exception {
        HttpResponse<String> response = send("{\"type\": \"message\", ");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).at("/error/message").asText()).startsWith("The body is not a valid activity");
    }

    @Test
    void activityWithoutType_isABadRequest() throws Exception {
        HttpResponse<String> response = send("{\"conversation\":{\"id\":\"c\"},\"deliveryMode\":\"expectReplies\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).at("/error/message").asText()).isEqualTo("The activity has no 'type'");
    }

    @Test
    void activityWithoutConversation_isABadRequest() throws Exception {
        HttpResponse<String> response = send("{\"type\":\"message\",\"text\":\"hi\",\"channelId\":\"webchat\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).at("/error/message").asText()).isEqualTo("The activity has no 'conversation.id'");
    }

    @Test
    void emptyBodyOrArray_isABadRequest() {
        assertThat(send("").statusCode()).isEqualTo(400);
        assertThat(send("[]").statusCode()).isEqualTo(400);
    }

    @Test
    void timestampThatIsNotADate_isABadRequest() {
        assertThat(send(message("c-ts", "hi", ",\"timestamp\":\"soon\",\"deliveryMode\":\"expectReplies\""))
                .statusCode()).isEqualTo(400);
    }

    @Test
    void activityWithoutChannelOrSender_isABadRequestNamingTheField() throws Exception {
        HttpResponse<String> noChannel = send(message("c-ch", "hi", ",\"deliveryMode\":\"expectReplies\"")
                .replace("\"channelId\":\"webchat\",", ""));
        HttpResponse<String> noSender = send(message("c-from", "hi", ",\"deliveryMode\":\"expectReplies\"")
                .replace("\"from\":{\"id\":\"u1\"},", ""));

        assertThat(noChannel.statusCode()).isEqualTo(400);
        assertThat(json(noChannel).at("/error/message").asText()).isEqualTo("The activity has no 'channelId'");
        assertThat(noSender.statusCode()).isEqualTo(400);
        assertThat(json(noSender).at("/error/message").asText()).isEqualTo("The activity has no 'from.id'");
    }

    @Test
    void serviceUrlThatIsNotHttp_isABadRequest() throws Exception {
        HttpResponse<String> response = send(message("c-url", "hi", ",\"serviceUrl\":\"foo\""));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).at("/error/message").asText()).contains("serviceUrl");
    }

    @Test
    void oversizedBody_isRejectedWith413() {
        String huge = message("c-big", "a".repeat(300_000), ",\"deliveryMode\":\"expectReplies\"");

        assertThat(send(huge).statusCode()).isEqualTo(413);
    }

    @Test
    void unusualContentType_isStillReadAsAnActivity() {
        HttpResponse<String> response = new BotClient(port).post(
                message("c-ct", "hi", ",\"deliveryMode\":\"expectReplies\""), null, "x");

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void messageWithServiceUrl_isAcceptedAndTheReplyGoesToTheConnector() {
        String extra = ",\"serviceUrl\":\"" + CONNECTOR.baseUrl() + "/\"";

        HttpResponse<String> response = send(message("conv-202", "help", extra));

        assertThat(response.statusCode()).isEqualTo(202);
        CONNECTOR.verify(postRequestedFor(urlPathEqualTo("/v3/conversations/conv-202/activities/a1"))
                .withRequestBody(matchingJsonPath("$.text", com.github.tomakehurst.wiremock.client.WireMock
                        .containing("Here is what I can do"))));
    }

    @Test
    void messageWithoutServiceUrlOrExpectReplies_isABadRequest() throws Exception {
        HttpResponse<String> response = send(message("conv-nourl", "help", ""));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).at("/error/message").asText()).contains("serviceUrl");
    }

    @Test
    void invoke_isAnsweredWith200AndABody() {
        HttpResponse<String> response = send("""
                {"type":"invoke","name":"adaptiveCard/action","channelId":"msteams","conversation":{"id":"c-inv"},
                 "from":{"id":"u1"},"recipient":{"id":"bot"},"serviceUrl":"%s/"}""".formatted(CONNECTOR.baseUrl()));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{}");
    }

    @Test
    void failingTurn_getsAGenericReplyWithAReference_andTheNextTurnStartsClean() throws Exception {
        String conversation = "conv-broken";
        storage.write(Map.of("webchat/conversations/" + conversation, Map.of("memory", "not a memory")))
                .get(5, TimeUnit.SECONDS);

        JsonNode failed = json(send(message(conversation, "hello", ",\"deliveryMode\":\"expectReplies\"")));
        JsonNode next = json(send(message(conversation, "hello", ",\"deliveryMode\":\"expectReplies\"")));

        String apology = failed.at("/activities/0/text").asText();
        assertThat(apology).startsWith("Sorry, something went wrong on my side")
                .containsPattern("reference: [0-9a-f-]{36}")
                .doesNotContain("ClassCast", "Exception");
        assertThat(next.at("/activities/0/text").asText()).contains("What do you need?");
    }
}
