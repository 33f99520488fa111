package org.resetdesk.dialog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.resetdesk.text.Language;
import org.resetdesk.text.MessageCatalog;

/**
 * The Adaptive Card that takes a new password in masked fields: one to type it, one to repeat it. Version 1.5, the
 * newest Teams renders; each input has {@code label}, {@code isRequired} and {@code errorMessage} together, since Web
 * Chat drops a card with a required input that lacks one of them. Pressing the button sends the fields as the
 * message's value, which the channel layer passes to {@link DialogEngine#handle} as fields.
 */
final class PasswordCard {

    /** The field holding the new password. */
    static final String PASSWORD = "password";
    /** The field holding it repeated. */
    static final String CONFIRM = "confirm";
    static final String MISMATCH = "dialog.card.mismatch";
    /** A chat message sent while the card waits: the password is taken from the card only. */
    static final String USE_FORM = "dialog.card.use-form";
    static final List<String> KEYS = List.of("dialog.card.password", "dialog.card.confirm", "dialog.card.required",
            "dialog.card.submit", MISMATCH, USE_FORM);
    /** Longer than any policy allows (Entra: 256), short enough to bound the message. */
    private static final int MAX_LENGTH = 256;

    private final MessageCatalog messages;

    PasswordCard(MessageCatalog messages) {
        this.messages = messages;
    }

    Map<String, Object> build(Language language) {
        Map<String, Object> card = new LinkedHashMap<>();
        card.put("type", "AdaptiveCard");
        card.put("$schema", "http://adaptivecards.io/schemas/adaptive-card.json");
        card.put("version", "1.5");
        card.put("body", List.of(
                input(PASSWORD, text(language, "dialog.card.password"), language),
                input(CONFIRM, text(language, "dialog.card.confirm"), language)));
        card.put("actions", List.of(Map.of("type", "Action.Submit", "title", text(language, "dialog.card.submit"),
                "data", Map.of("resetdesk", PASSWORD))));
        return card;
    }

    private Map<String, Object> input(String id, String label, Language language) {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("type", "Input.Text");
        input.put("id", id);
        input.put("style", "password");
        input.put("label", label);
        input.put("isRequired", true);
        input.put("errorMessage", text(language, "dialog.card.required"));
        input.put("maxLength", MAX_LENGTH);
        return input;
    }

    private String text(Language language, String key) {
        return messages.text(language, key, Map.of());
    }

    /** The new password from a card's fields, or empty when it is blank, not repeated or the repetition differs. */
    static Optional<DialogInput> read(Map<String, String> fields) {
        String password = fields.get(PASSWORD);
        String confirm = fields.get(CONFIRM);
        if (password == null || password.isBlank() || !password.equals(confirm)) {
            return Optional.empty();
        }
        return Optional.of(new DialogInput.Secret(password));
    }
}
