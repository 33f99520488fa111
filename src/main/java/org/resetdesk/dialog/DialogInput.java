package org.resetdesk.dialog;

import java.util.Objects;

/** An answer the engine has checked against the state's {@link InputType}, handed to a {@link DialogStep}. */
public sealed interface DialogInput {

    /** A non-blank text, stripped. */
    record Text(String value) implements DialogInput {
        public Text {
            Objects.requireNonNull(value, "value");
        }
    }

    /** The id of the option the user chose. */
    record Choice(String optionId) implements DialogInput {
        public Choice {
            Objects.requireNonNull(optionId, "optionId");
        }
    }

    /** A code as digits only. Not stored by the engine. */
    record Code(String digits) implements DialogInput {
        public Code {
            Objects.requireNonNull(digits, "digits");
        }

        @Override
        public String toString() {
            return "Code[redacted]";
        }
    }

    /** A secret exactly as typed. The engine never stores it; steps must not either. */
    record Secret(String value) implements DialogInput {
        public Secret {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String toString() {
            return "Secret[redacted]";
        }
    }

    /** The user's yes or no. */
    record Confirmation(boolean yes) implements DialogInput {
    }

    /** No answer: the state expects no input. */
    record Nothing() implements DialogInput {
    }
}
