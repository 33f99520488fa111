package org.resetdesk.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resetdesk.knowledge.TestKnowledge;
import org.resetdesk.dialog.DialogEngine;
import org.resetdesk.dialog.DialogEngines;
import org.resetdesk.dialog.DialogInput;
import org.resetdesk.dialog.DialogStep;
import org.resetdesk.dialog.StepContext;
import org.resetdesk.dialog.StepResult;
import org.resetdesk.text.Language;
import org.resetdesk.text.MessageCatalog;
import org.resetdesk.text.MessageKey;
import org.resetdesk.text.Reply;
import org.resetdesk.text.Trace;

class TurnHandlerTest {

    private static final IntentRouter ROUTER = new IntentRouter(PhraseBook.load(Path.of("dialogs")),
            org.resetdesk.conversation.intent.IntentClassifier.load(Path.of("dialogs")), TestKnowledge.answers());

    private static final MessageCatalog MESSAGES = MessageCatalog.load(Path.of("dialogs"));
    private static final PhraseBook PHRASES = PhraseBook.load(Path.of("dialogs"));

    private static final String UNLOCK_FLOW = """
            flow: unlock-account
            start: ask-name
            states:
              ask-name:
                ask: sample.ask-name
                input: text
                step: test-answer
                on:
                  ok: confirm
              confirm:
                ask: sample.confirm
                input: confirm
                on:
                  yes: done
                  no: ask-name
              done:
                end: true
                say: sample.done
            """;

    @TempDir
    static Path flowsDir;

    private static DialogEngine engine;

    private TurnHandler handler;

    /** Takes any text answer; a stand-in for the real flow steps, which are not what these tests are about. */
    private static final class AnswerStep implements DialogStep {
        @Override
        public String id() {
            return "test-answer";
        }

        @Override
        public Set<String> outcomes() {
            return Set.of("ok");
        }

        @Override
        public java.util.concurrent.CompletableFuture<StepResult> handle(StepContext context, DialogInput input) {
            return StepResult.of("ok").now();
        }
    }

    @BeforeAll
    static void loadFlows() throws IOException {
        Files.createDirectories(flowsDir.resolve("flows"));
        Files.writeString(flowsDir.resolve("flows/unlock-account.yaml"), UNLOCK_FLOW);
        engine = DialogEngines.load(flowsDir, MESSAGES, List.of(new AnswerStep()));
    }

    @BeforeEach
    void newHandler() {
        handler = new TurnHandler(MESSAGES, PHRASES, new HelpdeskProperties(URI.create("https://help.contoso.example"),
                "it@contoso.example", "+40 21 000 0000"), engine, TestKnowledge.desk(MESSAGES), ROUTER);
    }

    private TurnOutcome say(String text, String locale, ConversationMemory memory) {
        return handler.handle(Inbound.message(text, locale, "webchat", "c1"), memory).join();
    }

    @Test
    void handle_aQuotedErrorCode_isAQuestion_neverTheStartOfAFlow() {
        TurnOutcome outcome = say("getting SSPR_0013 you aren't a member of a group enabled for password reset", "en",
                ConversationMemory.fresh());

        assertThat(outcome.traces().get(0).value()).containsEntry("intent", "faq");
        assertThat(outcome.memory().dialog()).isNull();
        assertThat(outcome.replies().get(0).text()).contains("#reset-error-not-enabled");
    }

    @Test
    void route_apostrophesAreNotQuotes_soARequestWithThemStillActs() {
        assertThat(ROUTER.route("please reset my password, I'm in a hurry and can't work", Language.EN).intent())
                .isEqualTo(Intent.RESET_PASSWORD);
        assertThat(ROUTER.route("I'm locked out and can't sign in, please unlock my account", Language.EN).intent())
                .isEqualTo(Intent.UNLOCK_ACCOUNT);
    }

    @Test
    void route_anErrorMessageInDoubleQuotes_isAQuestion() {
        assertThat(ROUTER.route("when I reset my password it says \"your administrator has not enabled this\"",
                Language.EN).intent()).isEqualTo(Intent.FAQ);
    }

    @Test
    void route_aProblemThatKeepsComingBack_isAnsweredWithTheActionOffered() {
        Recognition english = ROUTER.route("my account keeps getting locked every morning", Language.EN);
        Recognition romanian = ROUTER.route("mi se tot blochează contul dimineața", Language.RO);

        assertThat(english.intent()).isEqualTo(Intent.FAQ);
        assertThat(english.offered()).contains(Intent.UNLOCK_ACCOUNT);
        assertThat(romanian.intent()).isEqualTo(Intent.FAQ);
        assertThat(romanian.offered()).contains(Intent.UNLOCK_ACCOUNT);
        // the same account locked now, asked to be unlocked, still acts
        assertThat(ROUTER.route("my account is locked, please unlock it", Language.EN).intent())
                .isEqualTo(Intent.UNLOCK_ACCOUNT);
    }

    @Test
    void route_askingForTipsOrAnExplanation_isAQuestion_withTheActionOffered() {
        Recognition english = ROUTER.route("tips for a new password", Language.EN);
        Recognition romanian = ROUTER.route("sfaturi pentru parola noua", Language.RO);

        assertThat(english.intent()).isEqualTo(Intent.FAQ);
        assertThat(english.offered()).contains(Intent.RESET_PASSWORD);
        assertThat(romanian.intent()).isEqualTo(Intent.FAQ);
        assertThat(romanian.offered()).contains(Intent.RESET_PASSWORD);
        assertThat(ROUTER.route("explică-mi cum îmi aleg o parolă sigură", Language.RO).intent())
                .isEqualTo(Intent.FAQ);
    }

    @Test
    void route_aLongerMessageThatOnlyStartsWithOrSharesAWordWithAGreeting_isAQuestion() {
        assertThat(ROUTER.route("good morning, my new password isn't accepted", Language.EN).intent())
                .isEqualTo(Intent.FAQ);
        // "bună" greets, and is also "good"
        assertThat(ROUTER.route("vreau o parola buna pt cont", Language.RO).intent()).isEqualTo(Intent.FAQ);
        assertThat(ROUTER.route("bună ziua", Language.RO).intent()).isEqualTo(Intent.GREETING);
        assertThat(ROUTER.route("Hi, anyone there?", Language.EN).intent()).isEqualTo(Intent.GREETING);
    }

    @Test
    void route_aQuestionAboutRegistering_goesToTheKnowledgeBase_whileARequestToRegisterStaysOne() {
        Recognition english = ROUTER.route("where do I set up my security info for password reset?", Language.EN);
        Recognition romanian = ROUTER.route("unde îmi adaug numărul de telefon pentru resetare?", Language.RO);

        assertThat(english.intent()).isEqualTo(Intent.FAQ);
        assertThat(english.offered()).isEmpty(); // no reset button for a question about registering
        assertThat(romanian.intent()).isEqualTo(Intent.FAQ);
        assertThat(ROUTER.route("I want to add my mobile number as a reset method", Language.EN).intent())
                .isEqualTo(Intent.REGISTER_METHODS);
    }

    @Test
    void route_aLaterSentenceAsksOnlyWithAWordThatOnlyAsks() {
        assertThat(IntentRouter.looksLikeQuestion("It says I tried too many times. How long do I wait")).isTrue();
        assertThat(IntentRouter.looksLikeQuestion("Am uitat parola. De ieri nu pot intra in cont")).isFalse();
    }

    @Test
    void handle_aShortRequest_stillStartsTheFlow() {
        TurnOutcome outcome = say("unlock my account please", "en", ConversationMemory.fresh());

        assertThat(outcome.memory().dialog()).isNotNull();
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
        TurnHandler bare = new TurnHandler(MESSAGES, PHRASES, new HelpdeskProperties(null, null, " "), engine,
                TestKnowledge.desk(MESSAGES), ROUTER);

        TurnOutcome outcome = bare.handle(Inbound.message("helpdesk", "en", "webchat", "c1"),
                ConversationMemory.fresh()).join();

        assertThat(outcome.replies().get(0).text()).startsWith(MESSAGES.text(Language.EN, MessageKey.HUMAN_NONE));
    }

    @Test
    void handle_askedForAPerson_givesTheContactsAndLinksWhatToTellTheHelpdesk() {
        TurnOutcome outcome = handler.handle(Inbound.message("helpdesk", "en", "webchat", "c1"),
                ConversationMemory.fresh()).join();

        assertThat(outcome.replies().get(0).text()).contains("#contact-helpdesk)");
    }

    @Test
    void handle_help_linksAllThatResetDeskDoes() {
        TurnOutcome outcome = handler.handle(Inbound.message("help", "en", "webchat", "c1"),
                ConversationMemory.fresh()).join();

        assertThat(outcome.replies().get(0).text()).startsWith(MESSAGES.text(Language.EN, MessageKey.HELP))
                .contains("#resetdesk-what)");
    }

    @Test
    void handle_join_welcomesWithoutAnIntentTrace() {
        TurnOutcome outcome = handler.handle(Inbound.join("en-US", "msteams", "c1"), ConversationMemory.fresh()).join();

        assertThat(outcome.replies()).hasSize(1);
        assertThat(outcome.replies().get(0).suggestedActions()).hasSize(4);
        assertThat(outcome.traces()).isEmpty();
    }

    @Test
    void handle_actionWhoseFlowIsLoaded_startsTheFlow() {
        TurnOutcome outcome = say("Unlock my account", "en", ConversationMemory.fresh());

        assertThat(outcome.memory().dialog()).isNotNull();
        assertThat(outcome.replies().get(0).text()).isEqualTo(MESSAGES.text(Language.EN, "sample.ask-name", Map.of()));
        assertThat(outcome.traces()).extracting(Trace::name).containsExactly(Trace.INTENT, DialogEngine.TRACE);
    }

    @Test
    void handle_inAFlow_aMenuNumberIsTheAnswerNotAMenuChoice() {
        ConversationMemory inFlow = say("Unlock my account", "en", ConversationMemory.fresh()).memory();

        TurnOutcome outcome = say("4", "en", inFlow);

        assertThat(outcome.memory().dialog().state()).isEqualTo("confirm");
    }

    @Test
    void handle_cancelInAFlow_endsItAndSaysNothingChanged() {
        ConversationMemory inFlow = say("Unlock my account", "en", ConversationMemory.fresh()).memory();

        TurnOutcome outcome = say("anulează", "ro", inFlow);

        assertThat(outcome.memory().dialog()).isNull();
        assertThat(outcome.replies().get(0).text()).isEqualTo(MESSAGES.text(Language.RO, MessageKey.CANCELLED));
    }

    @Test
    void handle_helpInAFlow_explainsThenAsksTheSameQuestionAgain() {
        ConversationMemory inFlow = say("Unlock my account", "en", ConversationMemory.fresh()).memory();

        TurnOutcome outcome = say("help", "en", inFlow);

        assertThat(outcome.replies()).extracting(Reply::text).containsExactly(
                MESSAGES.text(Language.EN, MessageKey.HELP), MESSAGES.text(Language.EN, "sample.ask-name", Map.of()));
        assertThat(outcome.memory().dialog()).isEqualTo(inFlow.dialog());
    }

    @Test
    void handle_flowRunToItsEnd_leavesNoDialog() {
        ConversationMemory memory = say("Unlock my account", "en", ConversationMemory.fresh()).memory();
        memory = say("Ana", "en", memory).memory();

        TurnOutcome outcome = say("yes", "en", memory);

        assertThat(outcome.memory().dialog()).isNull();
        assertThat(outcome.replies()).extracting(Reply::text)
                .contains(MESSAGES.text(Language.EN, "sample.done", Map.of()));
    }
}
