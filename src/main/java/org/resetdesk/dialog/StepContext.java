package org.resetdesk.dialog;

import java.util.Map;

import org.resetdesk.text.Language;

/**
 * What a step may know about the turn.
 *
 * @param flowId   the running flow
 * @param state    the state whose step is called
 * @param language the language replies must be in
 * @param slots    the flow's non-secret slots, read-only
 */
public record StepContext(String flowId, String state, Language language, Map<String, String> slots) {

    public StepContext {
        slots = Map.copyOf(slots);
    }
}
