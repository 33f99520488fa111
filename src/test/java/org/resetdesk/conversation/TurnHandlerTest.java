package org.resetdesk.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.resetdesk.text.Language;
import org.resetdesk.text.MessageCatalog;
import org.resetdesk.text.MessageKey;

class TurnHandlerTest {

    private static final MessageCatalog MESSAGES = MessageCatalog.load(Path.of("dialogs"));
    private static final PhraseBook PHRASES = PhraseBook.load(Path.of("dialogs"));

    private final TurnHandler handler = new TurnHandler(MESSAGES, PHRASES,
            new HelpdeskProperties(URI.create("https://help.contoso.example"), "it@contoso.example", "+40 21 000 0000"));

    private TurnOutcome say(String text, String locale, ConversationMemory memory) {
        return handler.handle(Inbound.message(text, locale, "webchat", "c1"), memory);
    }

    @Test
    void handle_localeRo_answersInRomanian() {
        TurnOutcome outcome = say("hello", "ro-RO", ConversationMemory.fresh());

        assertThat(outcome.replies()).singleElement()
                .satisfies(reply -> assertThat(reply.text()).isEqualTo(MESSAGES.text(Language.RO, MessageKey.WELCOME)));
    }

    @Test
    void handle_noLocaleAndRomanianWords_answersInRomanian() {
        TurnOutcome outcome = say("vreau sa vorbesc cu un om", null, ConversationMemory.fresh());

        assertThat(outcome.memory().language()).isEqualTo(Language.RO);
        assertThat(outcome.replies().get(0).text()).startsWith(MESSAGES.text(Language.RO, MessageKey.HUMAN_INTRO));
    }

    @Test
    void handle_unsupportedLocale_fallsBackToEnglish() {
        TurnOutcome outcome = say("hello", "de-DE", ConversationMemory.fresh());

        assertThat(outcome.replies().get(0).language()).isEqualTo(Language.EN);
    }

    @Test
    void handle_numberOfAMenuChoice_actsLikeTheButton() {
        TurnOutcome outcome = say("4", "en", ConversationMemory.fresh());

        assertThat(outcome.traces()).singleElement()
                .satisfies(trace -> assertThat(trace.value()).containsEntry("intent", "human_handoff"));
    }

    @Test
    void handle_buttonTitleWithoutDiacritics_isRecognised() {
        TurnOutcome outcome = say("pune o intrebare", "ro", ConversationMemory.fresh());

        assertThat(outcome.traces().get(0).value()).containsEntry("intent", "faq");
    }

    @Test
    void handle_twoMessagesNotUnderstood_offersTheHelpdesk() {
        TurnOutcome first = say("purple elephants", "en", ConversationMemory.fresh());
        TurnOutcome second = say("more purple elephants", "en", first.memory());

        assertThat(first.replies().get(0).text()).doesNotContain("it@contoso.example");
        assertThat(second.replies().get(0).text()).contains("it@contoso.example", "+40 21 000 0000");
        assertThat(second.memory().misses()).isEqualTo(2);
    }

    @Test
    void handle_understoodMessage_resetsTheMissCount() {
        TurnOutcome missed = say("purple elephants", "en", ConversationMemory.fresh());
        TurnOutcome helped = say("help", "en", missed.memory());

        assertThat(helped.memory().misses()).isZero();
    }

    @Test
    void handle_noHelpdeskContactConfigured_saysToUseTheUsualWay() {
        TurnHandler bare = new TurnHandler(MESSAGES, PHRASES, new HelpdeskProperties(null, null, " "));

        TurnOutcome outcome = bare.handle(Inbound.message("helpdesk", "en", "webchat", "c1"), ConversationMemory.fresh());

        assertThat(outcome.replies().get(0).text()).isEqualTo(MESSAGES.text(Language.EN, MessageKey.HUMAN_NONE));
    }

    @Test
    void handle_join_welcomesWithoutAnIntentTrace() {
        TurnOutcome outcome = handler.handle(Inbound.join("en-US", "msteams", "c1"), ConversationMemory.fresh());

        assertThat(outcome.replies()).hasSize(1);
        assertThat(outcome.replies().get(0).suggestedActions()).hasSize(4);
        assertThat(outcome.traces()).isEmpty();
    }
}
