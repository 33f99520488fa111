package org.resetdesk.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;

import org.junit.jupiter.api.DynamicTest;
import org.resetdesk.MutableClock;
import org.resetdesk.notify.Notification;
import org.resetdesk.notify.outbox.OutboxCodes;
import org.resetdesk.notify.outbox.OutboxNotifier;
import org.resetdesk.verification.Base32;
import org.resetdesk.verification.Totp;
import org.springframework.beans.factory.annotation.Autowired;
import org.junit.jupiter.api.TestFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.yaml.snakeyaml.Yaml;

/**
 * Runs every {@code src/test/resources/conversations/*.yaml} transcript through the real HTTP endpoint, adapter and
 * bot, with {@code expectReplies}: each user turn must produce exactly the listed bot activities, in order.
 *
 * <pre>
 * title: what the transcript shows
 * channel: webchat            # optional, default webchat
 * conversation-type: channel  # optional: Teams' conversationType (personal, channel, groupChat)
 * locale: en-US               # optional; a turn may override it
 * turns:
 *   - join: true              # the user joins (conversationUpdate)
 *   - user: hello             # the user says...
 *     bot:
 *       - text: ResetDesk     # a message containing this text
 *         suggested: [A, B]   # with exactly these buttons (omit to require none)
 *         attachments: [application/vnd.microsoft.card.adaptive]   # content types (omit to require none)
 *         suggested-contains: [A]  # instead of suggested: these buttons among others
 *         entity: knowledge/en/x.md#id   # the citation's appearance.url (omit to require no citation)
 *       - trace: ResetDesk.Intent
 *         value: {intent: greeting}
 *   - clock: 6m               # move the application clock before this turn (also 2h, 25h, 30s)
 *     user: "{code}"          # {code}: the code in the newest outbox message; {totp}: the demo authenticator's
 *                             # code now; {code-1}: the code of the message before it
 *     outbox: {to: a@x, contains: reset}   # after the turn, the newest outbox message (or: outbox: unchanged)
 *   - card: {password: P, confirm: P}      # press a card's submit button with these field values
 * </pre>
 * After each transcript the clock moves a day on, so throttles and replay memory of one transcript do not reach the
 * next.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@org.springframework.context.annotation.Import(org.resetdesk.TestClockConfiguration.class)
class ConversationTranscriptTest {

    private static final Path TRANSCRIPTS = Path.of("src/test/resources/conversations");

    /** The demo authenticator secret of Ana Popescu (demo/directory.yaml). */
    private static final byte[] DEMO_TOTP = Base32.decode("JBSWY3DPEHPK3PXP");

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    OutboxNotifier outbox;

    @Autowired
    Totp totp;

    /** The text of the bot's last message, for {answer}. */
    private String lastBotText = "";

    @TestFactory
    Stream<DynamicTest> transcripts() throws IOException {
        try (Stream<Path> files = Files.list(TRANSCRIPTS)) {
            List<Path> sorted = files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
            assertThat(sorted).isNotEmpty();
            return sorted.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
                try {
                    run(file);
                } finally {
                    clock.advance(Duration.ofDays(1));
                }
            }));
        }
    }

    @SuppressWarnings("unchecked")
    private void run(Path file) throws IOException {
        Map<String, Object> transcript;
        try (InputStream in = Files.newInputStream(file)) {
            transcript = new Yaml().load(in);
        }
        BotClient client = new BotClient(port);
        String conversation = "transcript-" + UUID.randomUUID();
        String channel = (String) transcript.getOrDefault("channel", "webchat");
        String conversationType = (String) transcript.get("conversation-type");
        int turnNumber = 0;
        for (Map<String, Object> turn : (List<Map<String, Object>>) transcript.get("turns")) {
            turnNumber++;
            String locale = (String) turn.getOrDefault("locale", transcript.get("locale"));
            if (turn.get("clock") != null) {
                clock.advance(duration(String.valueOf(turn.get("clock"))));
            }
            int outboxBefore = outbox.newestFirst().size();
            ObjectNode activity = activity(channel, conversation, locale, turn, this::fill);
            if (conversationType != null) {
                ((ObjectNode) activity.get("conversation")).put("conversationType", conversationType);
            }
            HttpResponse<String> response = client.post(activity.toString());
            String where = file.getFileName() + " turn " + turnNumber;
            assertThat(response.statusCode()).as(where + ": status").isEqualTo(200);
            JsonNode replies = BotJson.MAPPER.readTree(response.body()).path("activities");
            List<Map<String, Object>> expected = (List<Map<String, Object>>) turn.getOrDefault("bot", List.of());
            assertThat(replies.size()).as(where + ": number of bot activities in " + replies).isEqualTo(expected.size());
            for (int i = 0; i < expected.size(); i++) {
                check(where + " reply " + (i + 1), expected.get(i), replies.get(i));
            }
            checkOutbox(where, turn.get("outbox"), outboxBefore);
            replies.forEach(reply -> {
                if (reply.hasNonNull("text")) {
                    lastBotText = reply.path("text").asText();
                }
            });
        }
    }

    @SuppressWarnings("unchecked")
    private void checkOutbox(String where, Object expected, int before) {
        List<OutboxNotifier.Delivered> now = outbox.newestFirst();
        if (expected == null) {
            return;
        }
        if ("unchanged".equals(expected)) {
            assertThat(now).as(where + ": nothing sent").hasSize(before);
            return;
        }
        Map<String, Object> wanted = (Map<String, Object>) expected;
        assertThat(now.size()).as(where + ": something sent").isGreaterThan(before);
        Notification newest = now.get(0).notification();
        if (wanted.get("to") != null) {
            assertThat(newest.to()).as(where + ": outbox to").isEqualTo(wanted.get("to"));
        }
        if (wanted.get("contains") != null) {
            assertThat(newest.subject() + "\n" + newest.body()).as(where + ": outbox text")
                    .contains((String) wanted.get("contains"));
        }
    }

    /**
     * Replaces {code}, {code-1} and {totp} in what the user types, and {answer} with Ana's answer (spelled loosely, as
     * people type) to the security question the bot asked last.
     */
    private String fill(String text) {
        String filled = text;
        if (filled.contains("{answer}")) {
            filled = filled.replace("{answer}", anasAnswerTo(lastBotText));
        }
        if (filled.contains("{code}")) {
            filled = filled.replace("{code}", codeInOutbox(0));
        }
        if (filled.contains("{code-1}")) {
            filled = filled.replace("{code-1}", codeInOutbox(1));
        }
        if (filled.contains("{totp}")) {
            filled = filled.replace("{totp}", totp.codeAt(DEMO_TOTP, clock.instant()));
        }
        return filled;
    }

    private static String anasAnswerTo(String question) {
        if (question.contains("school") || question.contains("școală")) {
            return "  brasov ";
        }
        if (question.contains("friend") || question.contains("prieten")) {
            return "IOANA";
        }
        if (question.contains("pet") || question.contains("animal")) {
            return "Azor";
        }
        throw new AssertionError("not one of Ana's questions: " + question);
    }

    private String codeInOutbox(int skip) {
        return OutboxCodes.nth(outbox, skip);
    }

    private static Duration duration(String text) {
        return Duration.parse("PT" + text.toUpperCase(java.util.Locale.ROOT));
    }

    @SuppressWarnings("unchecked")
    private static ObjectNode activity(String channel, String conversation, String locale, Map<String, Object> turn,
            java.util.function.UnaryOperator<String> fill) {
        ObjectNode activity = BotJson.MAPPER.createObjectNode();
        activity.put("channelId", channel).put("deliveryMode", "expectReplies").put("id", UUID.randomUUID().toString());
        activity.putObject("conversation").put("id", conversation);
        activity.putObject("from").put("id", "user-1").put("name", "Test User");
        activity.putObject("recipient").put("id", "resetdesk");
        if (locale != null) {
            activity.put("locale", locale);
        }
        if (Boolean.TRUE.equals(turn.get("join"))) {
            activity.put("type", "conversationUpdate");
            activity.putArray("membersAdded").addObject().put("id", "user-1");
        } else if (turn.get("card") != null) {
            activity.put("type", "message");
            ObjectNode value = activity.putObject("value");
            ((Map<String, Object>) turn.get("card")).forEach((field, text) -> value.put(field, String.valueOf(text)));
            value.put("resetdesk", "password");
        } else {
            activity.put("type", "message").put("text", fill.apply(String.valueOf(turn.get("user"))));
        }
        return activity;
    }

    @SuppressWarnings("unchecked")
    private static void check(String where, Map<String, Object> expected, JsonNode actual) {
        if (expected.containsKey("trace")) {
            assertThat(actual.path("type").asText()).as(where + ": type").isEqualTo("trace");
            assertThat(actual.path("name").asText()).as(where + ": trace name").isEqualTo(expected.get("trace"));
            Map<String, Object> value = (Map<String, Object>) expected.getOrDefault("value", Map.of());
            value.forEach((key, wanted) -> assertThat(actual.path("value").path(key).asText())
                    .as(where + ": trace value " + key).isEqualTo(String.valueOf(wanted)));
            return;
        }
        assertThat(actual.path("type").asText()).as(where + ": type").isEqualTo("message");
        assertThat(actual.path("text").asText()).as(where + ": text").contains((String) expected.get("text"));
        List<String> titles = new ArrayList<>();
        actual.path("suggestedActions").path("actions").forEach(action -> titles.add(action.path("title").asText()));
        if (expected.containsKey("suggested-contains")) {
            assertThat(titles).as(where + ": suggested actions")
                    .containsAll((List<String>) expected.get("suggested-contains"));
        } else {
            assertThat(titles).as(where + ": suggested actions")
                    .containsExactlyElementsOf((List<String>) expected.getOrDefault("suggested", List.of()));
        }
        String cited = actual.path("entities").path(0).path("citation").path(0).path("appearance").path("url")
                .asText("");
        assertThat(cited).as(where + ": citation").isEqualTo(expected.getOrDefault("entity", ""));
        if (!cited.isEmpty()) {
            assertCitationShape(actual.path("entities").path(0), where);
        }
        List<String> attachments = new ArrayList<>();
        actual.path("attachments").forEach(attachment -> attachments.add(attachment.path("contentType").asText()));
        assertThat(attachments).as(where + ": attachments")
                .containsExactlyElementsOf((List<String>) expected.getOrDefault("attachments", List.of()));
    }

    /** The schema.org shape Teams and Web Chat read: a Message entity with one Claim whose appearance is a document. */
    private static void assertCitationShape(JsonNode entity, String where) {
        assertThat(entity.path("type").asText()).as(where + ": entity type").isEqualTo("https://schema.org/Message");
        assertThat(entity.path("@type").asText()).as(where + ": @type").isEqualTo("Message");
        assertThat(entity.path("@context").asText()).as(where + ": @context").isEqualTo("https://schema.org");
        assertThat(entity.path("citation")).as(where + ": one claim").hasSize(1);
        JsonNode claim = entity.path("citation").path(0);
        assertThat(claim.path("@type").asText()).as(where + ": claim type").isEqualTo("Claim");
        assertThat(claim.path("position").asInt()).as(where + ": claim position").isEqualTo(1);
        assertThat(claim.path("appearance").path("@type").asText()).as(where + ": appearance type")
                .isEqualTo("DigitalDocument");
        assertThat(claim.path("appearance").path("name").asText()).as(where + ": appearance name").isNotBlank();
        assertThat(claim.path("appearance").path("abstract").asText()).as(where + ": appearance abstract")
                .isNotBlank();
    }
}
