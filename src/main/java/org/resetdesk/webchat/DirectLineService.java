package org.resetdesk.webchat;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.resetdesk.channel.InProcessChannel;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Posts a visitor's activity into its conversation and runs it through the bot in process: the user's activity goes
 * into the stream first (with its {@code channelData}, so Web Chat sees its {@code clientActivityID} come back), then
 * the bot's replies, each with the next id. Identity fields are set by us, never taken from the client.
 */
final class DirectLineService {

    static final String CHANNEL_ID = "webchat";
    static final String BOT_ID = "resetdesk";
    static final String BOT_NAME = "ResetDesk";
    /** Shown in the history in place of a secret the user typed. */
    static final String REDACTED = "••••••••";

    private final InProcessChannel bot;
    private final JsonMapper json;
    private final Clock clock;

    DirectLineService(InProcessChannel bot, JsonMapper json, Clock clock) {
        this.bot = bot;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Delivers the activity to the bot and, when the bot accepts it, stores it followed by the replies; completes
     * with the activity's id. Posts to one conversation are processed one at a time.
     */
    CompletableFuture<String> post(DirectLineConversation conversation, DirectLineToken token, String body) {
        ObjectNode activity = parse(body);
        activity.remove(List.of("deliveryMode", "serviceUrl"));
        activity.put("channelId", CHANNEL_ID);
        activity.putObject("conversation").put("id", conversation.id());
        String name = activity.path("from").path("name").isString() ? activity.path("from").path("name").asString()
                : null;
        ObjectNode from = activity.putObject("from").put("id", token.userId()).put("role", "user");
        if (name != null) {
            from.put("name", name);
        }
        activity.putObject("recipient").put("id", BOT_ID).put("name", BOT_NAME).put("role", "bot");
        return conversation.serially(() -> {
            String activityId = conversation.nextId();
            activity.put("id", activityId).put("timestamp", now());
            return bot.deliver(activity.deepCopy().put("deliveryMode", "expectReplies").toString())
                    .thenApply(answer -> {
                        JsonNode replies = accepted(answer);
                        ObjectNode kept = answer.secretInput() ? redacted(activity) : activity;
                        conversation.append(id -> kept.toString());
                        for (JsonNode reply : replies) {
                            if (reply instanceof ObjectNode replyObject) {
                                store(conversation, token, replyObject, activityId);
                            }
                        }
                        return activityId;
                    });
        });
    }

    /**
     * What the history keeps of a message that was a password, code or answer (or, once delivered, of a reply shown
     * once): the activity without its text, card values or attachments, so the client still sees its own message
     * come back (its {@code channelData}) but nobody reading the history later sees the secret.
     */
    private static ObjectNode redacted(ObjectNode activity) {
        ObjectNode kept = activity.deepCopy();
        kept.remove(List.of("value", "attachments", "entities", "speak"));
        if (kept.has("text")) {
            kept.put("text", REDACTED);
        }
        return kept;
    }

    /** The bot's replies; a bot that rejected the activity makes it a bad request, and nothing is stored. */
    private JsonNode accepted(InProcessChannel.Answer answer) {
        if (answer.status() == 400 && answer.body() != null) {
            throw DirectLineException.badRequest(json.readTree(answer.body()).path("error").path("message")
                    .asString("The activity was rejected"));
        }
        if (answer.status() != 200 || answer.body() == null) {
            throw new DirectLineException(502, "BotError", "The bot could not take the activity (status "
                    + answer.status() + ")");
        }
        return json.readTree(answer.body()).path("activities");
    }

    private ObjectNode parse(String body) {
        JsonNode node;
        try {
            node = body == null ? null : json.readTree(body);
        } catch (JacksonException e) {
            throw DirectLineException.badRequest("The body is not valid JSON: " + e.getOriginalMessage());
        }
        if (!(node instanceof ObjectNode activity)) {
            throw DirectLineException.badRequest("The body must be an activity (a JSON object)");
        }
        if (!activity.path("type").isString() || activity.path("type").asString().isBlank()) {
            throw DirectLineException.badRequest("The activity has no 'type'");
        }
        return activity;
    }

    private void store(DirectLineConversation conversation, DirectLineToken token, ObjectNode reply,
            String replyToId) {
        reply.remove(List.of("deliveryMode", "serviceUrl"));
        reply.put("channelId", CHANNEL_ID);
        reply.putObject("conversation").put("id", conversation.id());
        reply.putObject("from").put("id", BOT_ID).put("name", BOT_NAME).put("role", "bot");
        reply.putObject("recipient").put("id", token.userId()).put("role", "user");
        reply.put("timestamp", now());
        reply.put("replyToId", replyToId);
        boolean once = reply.path("channelData").path(InProcessChannel.SHOWN_ONCE).asBoolean(false);
        if (reply.get("channelData") instanceof ObjectNode channelData) {
            channelData.remove(InProcessChannel.SHOWN_ONCE);
            if (channelData.isEmpty()) {
                reply.remove("channelData");
            }
        }
        conversation.append(id -> reply.put("id", id).toString(),
                once ? id -> redacted(reply.deepCopy().put("id", id)).toString() : null);
    }

    private String now() {
        return DateTimeFormatter.ISO_INSTANT.format(clock.instant().truncatedTo(ChronoUnit.MILLIS));
    }
}
