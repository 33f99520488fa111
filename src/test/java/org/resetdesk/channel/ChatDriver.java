package org.resetdesk.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** One web chat conversation with the running bot, turn by turn, through {@code /api/messages} with expectReplies. */
public final class ChatDriver {

    private final BotClient client;
    private final String conversation;
    private final String locale;
    private final String timeZone;

    public ChatDriver(int port, String locale) {
        this(port, locale, null);
    }

    /** A driver whose messages carry the client's {@code localTimezone}, as Web Chat and Teams send it. */
    public ChatDriver(int port, String locale, String timeZone) {
        this(port, locale, timeZone, "driver-" + UUID.randomUUID());
    }

    private ChatDriver(int port, String locale, String timeZone, String conversation) {
        this.conversation = conversation;
        this.client = new BotClient(port);
        this.locale = locale;
        this.timeZone = timeZone;
    }

    /** The same conversation, sent to the instance listening on {@code port} (another instance of the bot). */
    public ChatDriver at(int port) {
        return new ChatDriver(port, locale, timeZone, conversation);
    }

    public String conversationId() {
        return conversation;
    }

    /** Sends {@code text}; returns the texts of the bot's messages, in order. */
    public List<String> say(String text) {
        ObjectNode activity = base();
        activity.put("text", text);
        return send(activity);
    }

    /** Presses a card's submit button with these field values. */
    public List<String> submit(Map<String, String> fields) {
        ObjectNode activity = base();
        ObjectNode value = activity.putObject("value");
        fields.forEach(value::put);
        return send(activity);
    }

    private ObjectNode base() {
        ObjectNode activity = BotJson.MAPPER.createObjectNode();
        activity.put("type", "message").put("channelId", "webchat").put("deliveryMode", "expectReplies")
                .put("id", UUID.randomUUID().toString()).put("locale", locale);
        activity.putObject("conversation").put("id", conversation);
        activity.putObject("from").put("id", "visitor");
        activity.putObject("recipient").put("id", "resetdesk");
        if (timeZone != null) {
            activity.put("localTimezone", timeZone);
        }
        return activity;
    }

    private List<String> send(ObjectNode activity) {
        HttpResponse<String> response = client.post(activity.toString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<String> texts = new ArrayList<>();
        try {
            for (JsonNode reply : BotJson.MAPPER.readTree(response.body()).path("activities")) {
                texts.add(reply.path("text").asText());
            }
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        return texts;
    }
}
