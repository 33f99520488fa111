package org.resetdesk.reset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.resetdesk.notify.outbox.OutboxCodes;
import org.resetdesk.notify.outbox.OutboxNotifier;

/**
 * One web chat conversation with the running bot over real HTTP ({@code /api/messages}, expectReplies), for tests
 * that need what only a verified chat gives, such as a password link.
 */
final class ResetChat {

    /** John Doe of the demo directory; his codes go to his alternate email. */
    static final String JOHN = "john.doe@contoso.example";

    private static final Pattern LINK = Pattern.compile("https?://\\S+?(/password/[A-Za-z0-9_-]+)");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final int port;
    private final OutboxNotifier outbox;
    private final String locale;
    private final String conversation = "link-page-" + UUID.randomUUID();

    ResetChat(int port, OutboxNotifier outbox, String locale) {
        this.port = port;
        this.outbox = outbox;
        this.locale = locale;
    }

    /**
     * Asks for a reset of John's password, proves it with the emailed code and chooses the link (the second way of
     * giving the password).
     *
     * @return the link, pointing at this test server rather than the configured public address
     */
    static URI linkForJohn(int port, OutboxNotifier outbox, String locale, String resetRequest) {
        return new ResetChat(port, outbox, locale).linkAsJohn(resetRequest);
    }

    /** In this chat: asks with {@code resetRequest}, names John, proves the emailed code and takes the link. */
    URI linkAsJohn(String resetRequest) {
        say(resetRequest);
        say(JOHN);
        say("1");
        say(emailedCode());
        return link(say("2"));
    }

    /** The conversation's id. */
    String conversationId() {
        return conversation;
    }

    /** Sends a message; the texts of the bot's replies, one a line. */
    String say(String text) {
        ObjectNode activity = JSON.createObjectNode();
        activity.put("type", "message").put("channelId", "webchat").put("deliveryMode", "expectReplies")
                .put("id", UUID.randomUUID().toString()).put("locale", locale).put("text", text);
        activity.putObject("conversation").put("id", conversation);
        activity.putObject("from").put("id", "user-1").put("name", "Test User");
        activity.putObject("recipient").put("id", "resetdesk");
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/messages"))
                .timeout(Duration.ofSeconds(20)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(activity.toString())).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as("bot answer to a message").isEqualTo(200);
            StringBuilder replies = new StringBuilder();
            for (JsonNode reply : JSON.readTree(response.body()).path("activities")) {
                replies.append(reply.path("text").asText()).append('\n');
            }
            return replies.toString();
        } catch (IOException e) {
            throw new IllegalStateException("POST /api/messages failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    /** The code in the newest code message of the outbox. */
    String emailedCode() {
        return OutboxCodes.newest(outbox);
    }

    /** The password link in a reply, moved to this test server. */
    URI link(String reply) {
        Matcher matcher = LINK.matcher(reply);
        assertThat(matcher.find()).as("a password link in: " + reply).isTrue();
        return URI.create("http://localhost:" + port + matcher.group(1));
    }
}
