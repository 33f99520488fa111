package org.resetdesk.channel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.builder.BotAdapter;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.connector.authentication.AuthenticationConstants;
import com.microsoft.bot.connector.authentication.ClaimsIdentity;
import com.microsoft.bot.schema.ActionTypes;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ActivityTypes;
import com.microsoft.bot.schema.Attachment;
import com.microsoft.bot.schema.CardAction;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.Entity;
import com.microsoft.bot.schema.SuggestedActions;
import com.microsoft.bot.schema.TextFormatTypes;
import org.resetdesk.conversation.Inbound;
import org.resetdesk.text.Reply;
import org.resetdesk.text.Trace;

/** Translates between Bot Framework activities and the conversation core's records. */
final class ActivityMapping {

    /** The event our web chat page sends when it opens, so the welcome shows before the user types. */
    static final String JOIN_EVENT = "webchat/join";
    static final String EMULATOR = "emulator";
    private static final Pattern MENTION = Pattern.compile("<at>[^<]*</at>");
    private static final int MAX_CARD_FIELDS = 8;
    private static final int MAX_CARD_FIELD_LENGTH = 1024;

    private ActivityMapping() {
    }

    /** What the user did, or empty for activities the bot ignores (typing, its own join, reactions...). */
    static Optional<Inbound> inbound(Activity activity) {
        String channel = activity.getChannelId();
        String conversation = activity.getConversation().getId();
        String locale = activity.getLocale();
        if (activity.isType(ActivityTypes.MESSAGE)) {
            return Optional.of(Inbound.message(withoutMentions(activity), locale, channel, conversation)
                    .withFields(cardFields(activity.getValue())).in(place(activity)));
        }
        if (activity.isType(ActivityTypes.CONVERSATION_UPDATE) && someoneElseJoined(activity)
                || activity.isType(ActivityTypes.EVENT) && Objects.equals(JOIN_EVENT, activity.getName())) {
            return Optional.of(Inbound.join(joinLocale(activity).orElse(locale), channel, conversation));
        }
        return Optional.empty();
    }

    /**
     * A Teams channel or group chat is read by others; a personal chat, and every other channel's conversation, is
     * one to one. The bot's own id there lets the user open a personal chat with it.
     */
    private static Inbound.Place place(Activity activity) {
        String type = activity.getConversation().getConversationType();
        boolean shared = "channel".equals(type) || "groupChat".equals(type)
                || Boolean.TRUE.equals(activity.getConversation().isGroup());
        String botId = activity.getRecipient() == null ? null : activity.getRecipient().getId();
        return new Inbound.Place(shared, botId, zone(activity.getLocalTimezone()));
    }

    /** An IANA time zone id such as {@code Europe/Bucharest}; anything else is ignored. */
    private static java.time.ZoneId zone(String id) {
        if (id == null || id.isBlank() || id.length() > 64) {
            return null;
        }
        try {
            return java.time.ZoneId.of(id.strip());
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** In Teams channels and group chats the text starts with the bot's mention: {@code <at>ResetDesk</at> help}. */
    private static String withoutMentions(Activity activity) {
        String text = activity.getText();
        if (text == null || !text.contains("<at>")) {
            return text;
        }
        return MENTION.matcher(text).replaceAll(" ").strip();
    }

    /**
     * The inputs of an Adaptive Card whose submit button was pressed: the message's value, as short texts only.
     * Anything else in the value (numbers, objects, long strings) is ignored.
     */
    static Map<String, String> cardFields(Object value) {
        Map<String, String> fields = new java.util.HashMap<>();
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, field) -> {
                if (key instanceof String name && field instanceof String text) {
                    fields.put(name, text);
                }
            });
        } else if (value instanceof JsonNode node && node.isObject()) {
            node.fields().forEachRemaining(entry -> {
                if (entry.getValue().isTextual()) {
                    fields.put(entry.getKey(), entry.getValue().asText());
                }
            });
        }
        if (fields.size() > MAX_CARD_FIELDS) {
            return Map.of();
        }
        fields.values().removeIf(text -> text.length() > MAX_CARD_FIELD_LENGTH);
        return fields;
    }

    /** The web chat page names the language the visitor picked in the join event's value. */
    private static Optional<String> joinLocale(Activity activity) {
        Object value = activity.getValue();
        if (value instanceof Map<?, ?> map && map.get("locale") instanceof String picked) {
            return Optional.of(picked);
        }
        if (value instanceof JsonNode node && node.path("locale").isTextual()) {
            return Optional.of(node.path("locale").asText());
        }
        return Optional.empty();
    }

    private static boolean someoneElseJoined(Activity activity) {
        List<ChannelAccount> added = activity.getMembersAdded();
        if (added == null) {
            return false;
        }
        String botId = activity.getRecipient() == null ? null : activity.getRecipient().getId();
        return added.stream().anyMatch(member -> member != null && !Objects.equals(member.getId(), botId));
    }

    /**
     * The sender, authenticated only when the SDK validated a channel token carrying this bot's app id as audience;
     * the in-process web chat and unregistered bots run with an anonymous identity.
     */
    static Inbound.Sender sender(TurnContext turn) {
        ClaimsIdentity identity = turn.getTurnState().get(BotAdapter.BOT_IDENTITY_KEY);
        boolean authenticated = identity != null && identity.isAuthenticated() && identity.claims() != null
                && identity.claims().get(AuthenticationConstants.AUDIENCE_CLAIM) != null;
        ChannelAccount from = turn.getActivity().getFrom();
        return new Inbound.Sender(authenticated, from == null ? null : from.getAadObjectId());
    }

    static Activity message(Reply reply) {
        Activity activity = Activity.createMessageActivity();
        activity.setText(reply.text());
        activity.setTextFormat(TextFormatTypes.MARKDOWN);
        activity.setLocale(reply.language().locale());
        if (!reply.suggestedActions().isEmpty()) {
            List<CardAction> actions = new ArrayList<>();
            for (String title : reply.suggestedActions()) {
                actions.add(new CardAction(ActionTypes.IM_BACK, title, title));
            }
            SuggestedActions suggested = new SuggestedActions();
            suggested.setActions(actions);
            activity.setSuggestedActions(suggested);
        }
        if (!reply.cards().isEmpty()) {
            List<Attachment> attachments = new ArrayList<>();
            for (Map<String, Object> card : reply.cards()) {
                Attachment attachment = new Attachment();
                attachment.setContentType(Reply.ADAPTIVE_CARD);
                attachment.setContent(card);
                attachments.add(attachment);
            }
            activity.setAttachments(attachments);
        }
        if (reply.citation() != null) {
            activity.setEntities(List.of(citationEntity(reply.citation())));
        }
        if (reply.once()) {
            activity.setChannelData(Map.of(InProcessChannel.SHOWN_ONCE, true));
        }
        return activity;
    }

    /**
     * A schema.org Message entity with one Claim citing the source, as Teams and Web Chat show citations. Built from
     * JSON nodes directly: converting values through the mapper cost more than the rest of the reply.
     */
    private static Entity citationEntity(Reply.Citation citation) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode appearance = nodes.objectNode()
                .put("@type", "DigitalDocument")
                .put("name", citation.name())
                .put("url", citation.url());
        if (citation.excerpt() != null) {
            appearance.put("abstract", citation.excerpt());
        }
        ObjectNode claim = nodes.objectNode().put("@type", "Claim").put("position", 1);
        claim.set("appearance", appearance);
        Entity entity = new Entity();
        entity.setType("https://schema.org/Message");
        entity.setProperties("@type", nodes.textNode("Message"));
        entity.setProperties("@context", nodes.textNode("https://schema.org"));
        entity.setProperties("@id", nodes.textNode(""));
        entity.setProperties("citation", nodes.arrayNode().add(claim));
        return entity;
    }

    static Activity trace(Trace trace) {
        return Activity.createTraceActivity(trace.name(), trace.name(), trace.value(), trace.label());
    }

    /** The channel as a metric tag: the known channels by name, any other as "other" (clients choose the id). */
    static String channelTag(String channelId) {
        return java.util.Set.of("msteams", "webchat", "emulator", "directline").contains(channelId) ? channelId
                : "other";
    }
}
