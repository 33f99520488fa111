package org.resetdesk.dialog;

import java.util.Map;
import java.util.Objects;

import org.resetdesk.text.Language;

/**
 * What a step may know about the turn.
 *
 * @param flowId   the running flow
 * @param state    the state whose step is called
 * @param language the language replies must be in
 * @param slots    the flow's non-secret slots, read-only
 * @param caller   who the flow talks to
 */
public record StepContext(String flowId, String state, Language language, Map<String, String> slots, Caller caller) {

    public StepContext {
        slots = Map.copyOf(slots);
        Objects.requireNonNull(caller, "caller");
    }

    /** A slot's value, or {@code fallback} when it is not set. */
    public String slot(String name, String fallback) {
        return slots.getOrDefault(name, fallback);
    }
}
