package org.resetdesk.password;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.resetdesk.text.Language;
import org.resetdesk.text.MessageCatalog;

class PasswordMessagesTest {

    private final MessageCatalog catalog = MessageCatalog.load(Path.of("dialogs"));

    @Test
    void everyReason_hasADifferentTextInEnglishAndRomanian() {
        for (RejectionReason reason : RejectionReason.values()) {
            String en = catalog.text(Language.EN, reason.messageKey(), Map.of());
            String ro = catalog.text(Language.RO, reason.messageKey(), Map.of());

            assertThat(ro).as(reason.messageKey()).isNotEqualTo(en);
        }
    }

    @Test
    void reasonsWithValues_haveThePlaceholderInEveryLanguage() {
        for (Language language : Language.values()) {
            assertThat(catalog.text(language, RejectionReason.TOO_SHORT.messageKey(), Map.of())).contains("{min}");
            assertThat(catalog.text(language, RejectionReason.TOO_LONG.messageKey(), Map.of())).contains("{max}");
            assertThat(catalog.text(language, RejectionReason.TOO_FEW_CHARACTER_CLASSES.messageKey(), Map.of()))
                    .contains("{required}");
        }
    }

    @Test
    void noText_hasAPlaceholderForThePassword() {
        for (Language language : Language.values()) {
            assertThat(catalog.section(language, "password").values()).noneMatch(text -> text.contains("{password"));
        }
    }
}
