package org.resetdesk.text;

import java.util.Map;

/**
 * A routing decision made visible for debugging (sent only to the emulator channel).
 *
 * @param name  {@code ResetDesk.Intent}, {@code ResetDesk.Knowledge} or {@code ResetDesk.Dialog}
 * @param label a short human-readable label
 * @param value the decision's details; never a secret or the user's text
 */
public record Trace(String name, String label, Map<String, Object> value) {

    public static final String INTENT = "ResetDesk.Intent";

    public Trace {
        value = Map.copyOf(value);
    }
}
