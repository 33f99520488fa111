package org.resetdesk.text;

/** Message keys the code uses. Every language file must define each of them, or the bot refuses to start. */
public enum MessageKey {
    WELCOME("welcome"),
    ACTION_RESET("action.reset"),
    ACTION_UNLOCK("action.unlock"),
    ACTION_QUESTION("action.question"),
    ACTION_HELPDESK("action.helpdesk"),
    HELP("help"),
    CANCELLED("cancel.done"),
    SESSION_ENDED("cancel.session-ended"),
    HUMAN_INTRO("human.intro"),
    HUMAN_URL("human.url"),
    HUMAN_EMAIL("human.email"),
    HUMAN_PHONE("human.phone"),
    HUMAN_NONE("human.none"),
    RESET_UNAVAILABLE("flow.reset.unavailable"),
    UNLOCK_UNAVAILABLE("flow.unlock.unavailable"),
    REGISTER_UNAVAILABLE("flow.register.unavailable"),
    PERSONAL_ONLY("flow.personal-only"),
    PERSONAL_CHAT_LINK("flow.personal-chat-link"),
    QUESTION_PROMPT("question.prompt"),
    OUT_OF_SCOPE("out-of-scope"),
    UNKNOWN_AGAIN("unknown-again"),
    ERROR_GENERIC("error.generic");

    private final String key;

    MessageKey(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
