package org.resetdesk.channel;

import com.fasterxml.jackson.core.JsonProcessingException;

/** Lets tests outside the channel package write stored state as the bot's own JSON mapper does. */
public final class BotJsonAccess {

    private BotJsonAccess() {
    }

    public static String write(Object value) throws JsonProcessingException {
        return BotJson.MAPPER.writeValueAsString(value);
    }
}
