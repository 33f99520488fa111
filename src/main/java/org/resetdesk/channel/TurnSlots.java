package org.resetdesk.channel;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.microsoft.bot.builder.TurnContext;

/**
 * What ResetDesk keeps for one turn (the bot states as loaded, the lease held, whether the message was a secret), in
 * one object put into the SDK's turn state when the turn starts. The SDK's collection is a plain map that its adapter
 * goes through to close the turn as soon as the turn's futures are built, which may be while an asynchronous turn
 * still runs on another thread (after a directory call, a wait for the lease): so nothing is added to it, replaced
 * or removed after the start. Thread-safe.
 */
final class TurnSlots {

    private static final String KEY = "resetdesk.turnSlots";

    private final Map<String, Object> slots = new ConcurrentHashMap<>();

    /** The turn's slots; the first call, at the start of the turn, puts them into the SDK's turn state. */
    static TurnSlots of(TurnContext turn) {
        TurnSlots slots = turn.getTurnState().get(KEY);
        if (slots == null) {
            slots = new TurnSlots();
            turn.getTurnState().add(KEY, slots);
        }
        return slots;
    }

    @SuppressWarnings("unchecked")
    <T> T get(String key) {
        return (T) slots.get(key);
    }

    void put(String key, Object value) {
        slots.put(key, value);
    }

    void remove(String key) {
        slots.remove(key);
    }
}
