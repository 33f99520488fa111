package org.resetdesk.webchat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.resetdesk.MutableClock;
import org.resetdesk.TestClockConfiguration;
import org.resetdesk.TestHttp;
import org.resetdesk.notify.outbox.OutboxCodes;
import org.resetdesk.notify.outbox.OutboxNotifier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * The web chat history never keeps what a user submits as a password, code or answer: the user's own activity comes
 * back (so Web Chat can match it) with the secret gone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestClockConfiguration.class)
class WebChatHistorySecretsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PASSWORD = "Marble-Orbit-Lantern-51";

    @LocalServerPort
    int port;

    @Autowired
    OutboxNotifier outbox;

    @Autowired
    MutableClock clock;

    @Test
    void theCodeAndTheCardsPassword_areNotInTheHistory() throws IOException {
        String path = verifiedJohn();
        post(path, token, message("Type it in a secure form"));
        ObjectNode submit = JSON.createObjectNode().put("type", "message").put("locale", "en-US");
        submit.putObject("value").put("password", PASSWORD).put("confirm", PASSWORD);
        submit.putObject("channelData").put("clientActivityID", "card-submit");
        post(path, token, submit.toString());

        HttpResponse<String> history = http().call("GET", path + "?watermark=", token, null);

        assertThat(history.body()).contains("Done: your password was changed").doesNotContain(PASSWORD)
                .doesNotContain(code);
        JsonNode submitted = null;
        for (JsonNode activity : JSON.readTree(history.body()).get("activities")) {
            if ("card-submit".equals(activity.at("/channelData/clientActivityID").asText())) {
                submitted = activity;
            }
        }
        assertThat(submitted).as("the card submit still comes back to its client").isNotNull();
        assertThat(submitted.has("value")).isFalse();
    }

    @Test
    void aPasswordTypedAStepEarly_isNotInTheHistory() throws IOException {
        String path = verifiedJohn();
        post(path, token, message("Marble-Orbit-Lantern-52"));

        assertThat(http().call("GET", path + "?watermark=", token, null).body())
                .doesNotContain("Marble-Orbit-Lantern-52").contains("How would you like to set your new password?");
    }

    @Test
    void aTemporaryPassword_isShownOnce_andMaskedInTheHistoryOnceRead() throws IOException {
        String path = verifiedJohn();
        post(path, token, message("Give me a temporary password"));

        String firstRead = readPastTheEnd(path);
        String later = http().call("GET", path + "?watermark=", token, null).body();

        assertThat(firstRead).contains("Your temporary password is `");
        assertThat(later).doesNotContain("Your temporary password is").contains("now has this temporary password");
    }

    @Test
    void aPasswordLink_isMaskedInTheHistoryOnceRead() throws IOException {
        String path = verifiedJohn();
        post(path, token, message("Get a secure link"));

        String firstRead = readPastTheEnd(path);

        assertThat(firstRead).contains("/password/");
        assertThat(http().call("GET", path + "?watermark=", token, null).body()).doesNotContain("/password/");
    }

    private String token;
    /** The code John proved his account with. */
    private String code;

    /** The whole history, then a read from its watermark, as Web Chat polls; the first read. */
    private String readPastTheEnd(String path) throws IOException {
        String firstRead = http().call("GET", path + "?watermark=", token, null).body();
        String watermark = JSON.readTree(firstRead).get("watermark").asText();
        http().call("GET", path + "?watermark=" + watermark, token, null);
        return firstRead;
    }

    /** A web chat in which John proved his account; the path of its activities. */
    private String verifiedJohn() throws IOException {
        clock.advance(Duration.ofDays(2));
        JsonNode grant = JSON.readTree(http().call("POST", "/v3/directline/tokens/generate", null, null).body());
        token = grant.get("token").asText();
        String path = "/v3/directline/conversations/" + grant.get("conversationId").asText() + "/activities";
        post(path, token, message("reset my password"));
        post(path, token, message("john.doe@contoso.example"));
        post(path, token, message("Code by email"));
        code = OutboxCodes.newest(outbox);
        post(path, token, message(code));
        return path;
    }

    private static String message(String text) {
        return JSON.createObjectNode().put("type", "message").put("locale", "en-US").put("text", text).toString();
    }

    private void post(String path, String token, String body) {
        assertThat(http().call("POST", path, token, body).statusCode()).isEqualTo(200);
    }

    private TestHttp http() {
        return new TestHttp(port);
    }
}
