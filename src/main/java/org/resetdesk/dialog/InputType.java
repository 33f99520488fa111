package org.resetdesk.dialog;

import java.util.Locale;
import java.util.Optional;

/** What a dialog state expects from the user; the engine checks the answer's form before any step sees it. */
public enum InputType {
    /** Any non-blank text. */
    TEXT,
    /** One of the state's options, by localized title, number or option id. */
    CHOICE,
    /** A numeric code (4 to 12 digits; spaces and dashes ignored). Never stored. */
    CODE,
    /** A secret such as a security answer: passed to the step once, never stored, echoed or traced. */
    SECRET,
    /**
     * A new password, a secret like {@link #SECRET}: on a state with a card only from the card's submit, else typed,
     * and never the title of a button the flows offer or a phrase the bot takes as a command.
     */
    PASSWORD,
    /** Yes or no, in any language ResetDesk speaks. */
    CONFIRM,
    /** Nothing: the step runs as soon as the state is entered. */
    NONE;

    /** The name used in flow files, such as {@code choice}. */
    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<InputType> fromYaml(String name) {
        for (InputType type : values()) {
            if (type.yamlName().equals(name)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
