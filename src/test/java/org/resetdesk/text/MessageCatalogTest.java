package org.resetdesk.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MessageCatalogTest {

    @Test
    void shippedMessages_defineTheSameKeysInEveryLanguage() {
        MessageCatalog catalog = MessageCatalog.load(Path.of("dialogs"));

        assertThat(catalog.keys(Language.RO)).containsExactlyInAnyOrderElementsOf(catalog.keys(Language.EN));
        assertThat(catalog.text(Language.RO, MessageKey.WELCOME)).isNotEqualTo(catalog.text(Language.EN, MessageKey.WELCOME));
    }

    @Test
    void load_keyMissingInOneLanguage_failsNamingFileAndKey(@TempDir Path dir) throws IOException {
        Path dialogs = copyShippedMessages(dir);
        Path ro = dialogs.resolve("messages/ro.yaml");
        Files.writeString(ro, Files.readString(ro).replaceAll("(?m)^welcome:.*$", ""));

        assertThatThrownBy(() -> MessageCatalog.load(dialogs))
                .isInstanceOf(InvalidContentException.class)
                .hasMessage("dialogs/messages/ro.yaml: missing key 'welcome'");
    }

    @Test
    void load_keyOnlyInOneLanguage_failsForTheOtherLanguage(@TempDir Path dir) throws IOException {
        Path dialogs = copyShippedMessages(dir);
        Files.writeString(dialogs.resolve("messages/en.yaml"), "\nextra: \"Only in English\"\n",
                java.nio.file.StandardOpenOption.APPEND);

        assertThatThrownBy(() -> MessageCatalog.load(dialogs))
                .hasMessage("dialogs/messages/ro.yaml: missing key 'extra'");
    }

    @Test
    void load_malformedYaml_failsNamingTheFile(@TempDir Path dir) throws IOException {
        Path dialogs = copyShippedMessages(dir);
        Files.writeString(dialogs.resolve("messages/en.yaml"), "welcome: [unclosed");

        assertThatThrownBy(() -> MessageCatalog.load(dialogs))
                .hasMessageStartingWith("dialogs/messages/en.yaml: not valid YAML");
    }

    @Test
    void text_fillsPlaceholders() {
        MessageCatalog catalog = MessageCatalog.load(Path.of("dialogs"));

        assertThat(catalog.text(Language.EN, MessageKey.HUMAN_EMAIL, Map.of("email", "it@contoso.example")))
                .isEqualTo("Email: it@contoso.example");
    }

    private static Path copyShippedMessages(Path dir) throws IOException {
        Path dialogs = dir.resolve("dialogs");
        Files.createDirectories(dialogs.resolve("messages"));
        for (Language language : Language.values()) {
            String file = "messages/" + language.code() + ".yaml";
            Files.copy(Path.of("dialogs").resolve(file), dialogs.resolve(file));
        }
        return dialogs;
    }
}
