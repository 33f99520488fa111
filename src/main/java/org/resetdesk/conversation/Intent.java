package org.resetdesk.conversation;

/** What a user wants from one message. */
public enum Intent {
    RESET_PASSWORD("reset_password"),
    UNLOCK_ACCOUNT("unlock_account"),
    REGISTER_METHODS("register_methods"),
    FAQ("faq"),
    GREETING("greeting"),
    HELP("help"),
    CANCEL("cancel"),
    HUMAN_HANDOFF("human_handoff"),
    OUT_OF_SCOPE("out_of_scope"),
    /** Nothing recognised the message. */
    NONE("none");

    private final String label;

    Intent(String label) {
        this.label = label;
    }

    /** The label used in traces, phrase files and evaluation sets. */
    public String label() {
        return label;
    }

    static Intent fromLabel(String label) {
        for (Intent intent : values()) {
            if (intent.label.equals(label)) {
                return intent;
            }
        }
        throw new IllegalArgumentException("Unknown intent '" + label + "'");
    }
}
