package org.resetdesk.dialog;

import java.util.List;
import java.util.Map;

import org.resetdesk.text.InvalidContentException;
import org.resetdesk.text.Language;
import org.resetdesk.text.MessageCatalog;

/** Message keys the engine itself uses, next to those the flow files name. */
final class DialogMessages {

    static final String YES = "dialog.yes";
    static final String NO = "dialog.no";
    /** A typed password that is a button title or a command the bot recognises. */
    static final String NOT_OFFERED = "dialog.secret.not-offered";
    static final Map<InputType, String> HINTS = Map.of(
            InputType.TEXT, "dialog.hint.text",
            InputType.CHOICE, "dialog.hint.choice",
            InputType.CODE, "dialog.hint.code",
            InputType.SECRET, "dialog.hint.secret",
            InputType.PASSWORD, "dialog.hint.secret",
            InputType.CONFIRM, "dialog.hint.confirm");

    private DialogMessages() {
    }

    static List<String> all() {
        List<String> keys = new java.util.ArrayList<>(List.of(YES, NO));
        keys.addAll(new java.util.TreeSet<>(HINTS.values()));
        keys.addAll(PasswordCard.KEYS);
        keys.add(NOT_OFFERED);
        return keys;
    }

    static void check(MessageCatalog messages, String messagesFolder) {
        for (String key : all()) {
            for (Language language : Language.values()) {
                if (!messages.keys(language).contains(key)) {
                    throw new InvalidContentException(messagesFolder + "/messages/" + language.code()
                            + ".yaml: missing key '" + key + "' (used by the dialog engine)");
                }
            }
        }
    }
}
