package org.resetdesk.password;

import java.util.Map;
import java.util.Objects;

/**
 * One reason a password was refused, with the values its message needs (such as {@code min}). Never holds the
 * password or any part of it, so it may be logged and audited.
 */
public record Rejection(RejectionReason reason, Map<String, String> args) {

    public Rejection {
        Objects.requireNonNull(reason, "reason");
        args = Map.copyOf(args);
    }

    static Rejection of(RejectionReason reason) {
        return new Rejection(reason, Map.of());
    }

    public String rule() {
        return reason.rule();
    }

    public String messageKey() {
        return reason.messageKey();
    }
}
