package org.resetdesk.conversation.intent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resetdesk.conversation.Intent;
import org.resetdesk.text.InvalidContentException;
import org.resetdesk.text.Language;

/** The example files: what ships, and each check that stops a broken file at startup. */
class IntentExamplesTest {

    private static final String VALID = """
            reset_password: [forgot my password]
            unlock_account: [my account is locked]
            register_methods: [add my phone]
            faq: [how long is the code valid]
            out_of_scope: [guest wifi password]
            greeting: [hello]
            help: [what can you do]
            cancel: [stop]
            human_handoff: [talk to a person]
            """;

    @TempDir
    Path dir;

    @Test
    void shippedExamples_giveEveryIntentBetween25And50ExamplesInEachLanguage() {
        IntentExamples examples = IntentExamples.load(Path.of("dialogs"));

        for (Language language : Language.values()) {
            Map<Intent, Long> counts = examples.all().stream()
                    .filter(example -> example.language() == language)
                    .collect(Collectors.groupingBy(IntentExample::intent, Collectors.counting()));
            assertThat(counts).as(language.code()).containsOnlyKeys(IntentExamples.REQUIRED);
            assertThat(counts.values()).as(language.code()).allSatisfy(count -> assertThat(count).isBetween(25L, 50L));
        }
    }

    @Test
    void load_withoutFilesOnDisk_readsThePackagedCopy() {
        IntentExamples examples = IntentExamples.load(dir.resolve("dialogs"));

        assertThat(examples.all()).isNotEmpty();
    }

    @Test
    void load_unknownLabel_failsNamingFileAndLabel() throws IOException {
        write(Language.RO, VALID + "reset_pasword: [am uitat parola de la mail]\n");

        assertRefused("dialogs/intents/ro.yaml: unknown intent 'reset_pasword'");
    }

    @Test
    void load_labelNone_isRefusedLikeAnUnknownLabel() throws IOException {
        write(Language.EN, VALID + "none: [whatever]\n");

        assertRefused("dialogs/intents/en.yaml: unknown intent 'none'");
    }

    @Test
    void load_emptyList_failsNamingFileAndLabel() throws IOException {
        write(Language.EN, VALID.replace("cancel: [stop]", "cancel: []"));

        assertRefused("dialogs/intents/en.yaml: intent 'cancel' has no examples");
    }

    @Test
    void load_labelWithoutValue_failsNamingFileAndLabel() throws IOException {
        write(Language.EN, VALID.replace("cancel: [stop]", "cancel:"));

        assertRefused("dialogs/intents/en.yaml: intent 'cancel' has no examples");
    }

    @Test
    void load_blankExample_failsNamingFileAndLabel() throws IOException {
        write(Language.EN, VALID.replace("help: [what can you do]", "help: [what can you do, \"?!\"]"));

        assertRefused("dialogs/intents/en.yaml: intent 'help' has an empty example");
    }

    @Test
    void load_examplesNotAList_failsNamingFileAndLabel() throws IOException {
        write(Language.EN, VALID.replace("help: [what can you do]", "help: what can you do"));

        assertRefused("dialogs/intents/en.yaml: intent 'help' must be a list of example messages");
    }

    @Test
    void load_missingIntent_failsNamingFileAndLabel() throws IOException {
        write(Language.RO, VALID.replace("greeting: [hello]\n", ""));

        assertRefused("dialogs/intents/ro.yaml: missing intent 'greeting'");
    }

    @Test
    void load_sameMessageUnderTwoIntents_failsNamingBothLabels() throws IOException {
        write(Language.RO, VALID.replace("cancel: [stop]", "cancel: [Forgot my password!]"));

        assertRefused("dialogs/intents/ro.yaml: example 'Forgot my password!' of intent 'cancel' is also an example"
                + " of 'reset_password' in dialogs/intents/en.yaml");
    }

    @Test
    void load_malformedYaml_failsNamingTheFile() throws IOException {
        write(Language.EN, "faq: [unclosed");

        assertThatThrownBy(() -> IntentExamples.load(dir.resolve("dialogs")))
                .isInstanceOf(InvalidContentException.class)
                .hasMessageStartingWith("dialogs/intents/en.yaml: not valid YAML");
    }

    private void write(Language broken, String yaml) throws IOException {
        Path intents = Files.createDirectories(dir.resolve("dialogs/intents"));
        for (Language language : Language.values()) {
            Files.writeString(intents.resolve(language.code() + ".yaml"), language == broken ? yaml : VALID);
        }
    }

    private void assertRefused(String message) {
        assertThatThrownBy(() -> IntentExamples.load(dir.resolve("dialogs")))
                .isInstanceOf(InvalidContentException.class)
                .hasMessage(message);
    }
}
