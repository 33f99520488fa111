package org.resetdesk.password;

/**
 * Why a password was refused: a closed list. Each reason belongs to a rule (its stable id, used in audit events and
 * the admin API) and has a message key under {@code password.} in {@code dialogs/messages/<lang>.yaml}.
 */
public enum RejectionReason {
    TOO_SHORT("length", "password.too-short"),
    TOO_LONG("length", "password.too-long"),
    TOO_FEW_CHARACTER_CLASSES("character-classes", "password.character-classes"),
    BANNED_TERMS("banned-terms", "password.banned-terms"),
    USER_TERMS("user-terms", "password.user-terms"),
    BLOCKLISTED("nist-blocklist", "password.nist-blocklist"),
    REPETITIVE("repetitive", "password.repetitive"),
    SEQUENTIAL("sequential", "password.sequential"),
    CONTEXT_WORDS("context-words", "password.context-words");

    private final String rule;
    private final String messageKey;

    RejectionReason(String rule, String messageKey) {
        this.rule = rule;
        this.messageKey = messageKey;
    }

    /** The stable id of the rule that gives this reason, such as {@code length}. */
    public String rule() {
        return rule;
    }

    /** The key of the text that tells the user the reason and what to do. */
    public String messageKey() {
        return messageKey;
    }
}
