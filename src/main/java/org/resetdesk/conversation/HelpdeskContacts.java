package org.resetdesk.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.resetdesk.text.Language;
import org.resetdesk.text.MessageCatalog;
import org.resetdesk.text.MessageKey;

/** The ways to reach a person, as text in the user's language: those of {@link HelpdeskProperties} that are set. */
public final class HelpdeskContacts {

    private final MessageCatalog messages;
    private final HelpdeskProperties helpdesk;

    public HelpdeskContacts(MessageCatalog messages, HelpdeskProperties helpdesk) {
        this.messages = messages;
        this.helpdesk = helpdesk;
    }

    /** "You can reach the helpdesk here:" and a line per contact, or the plain advice when none is set. */
    public String text(Language language) {
        if (!helpdesk.hasAnyContact()) {
            return messages.text(language, MessageKey.HUMAN_NONE);
        }
        List<String> lines = new ArrayList<>();
        lines.add(messages.text(language, MessageKey.HUMAN_INTRO));
        if (helpdesk.url() != null) {
            lines.add("- " + messages.text(language, MessageKey.HUMAN_URL, Map.of("url", helpdesk.url().toString())));
        }
        if (HelpdeskProperties.present(helpdesk.email())) {
            lines.add("- " + messages.text(language, MessageKey.HUMAN_EMAIL, Map.of("email", helpdesk.email())));
        }
        if (HelpdeskProperties.present(helpdesk.phone())) {
            lines.add("- " + messages.text(language, MessageKey.HUMAN_PHONE, Map.of("phone", helpdesk.phone())));
        }
        return String.join("\n", lines);
    }
}
