package org.resetdesk.dialog;

import java.util.Map;
import java.util.Objects;

/**
 * Where a conversation is in a flow, kept by the caller in conversation state between turns. Only
 * {@link DialogEngine} creates new values. Holds no secret: codes, {@link InputType#SECRET} answers and
 * {@link InputType#PASSWORD}s are never kept.
 *
 * @param flowId  the flow's id
 * @param state   the current state's id
 * @param retries failed answers in a row in the current state
 * @param slots   small non-secret values steps remember (such as the account name typed), usable as message
 *                placeholders
 */
public record DialogState(String flowId, String state, int retries, Map<String, String> slots) {

    static final int MAX_SLOTS = 16;
    static final int MAX_SLOT_LENGTH = 256;

    public DialogState {
        Objects.requireNonNull(flowId, "flowId");
        Objects.requireNonNull(state, "state");
        if (retries < 0) {
            throw new IllegalArgumentException("retries must not be negative");
        }
        slots = Map.copyOf(slots);
        if (slots.size() > MAX_SLOTS) {
            throw new IllegalArgumentException("at most " + MAX_SLOTS + " slots, got " + slots.size());
        }
        slots.forEach((name, value) -> {
            if (value.length() > MAX_SLOT_LENGTH) {
                throw new IllegalArgumentException("slot '" + name + "' longer than " + MAX_SLOT_LENGTH);
            }
        });
    }
}
