package org.resetdesk.dialog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.resetdesk.text.Language;
import org.resetdesk.text.Reply;
import org.resetdesk.text.Trace;

class DialogEngineTest {

    private static final Caller CALLER = Caller.anonymous("webchat", "test-conversation");

    private static final Language EN = Language.EN;
    private static final String FAKE_PASSWORD = "Fake-Test-Password-42";

    @TempDir
    Path dir;

    private TestSteps.TakeSecret takeSecret;
    private DialogEngine engine;

    @BeforeEach
    void loadTestFlow() {
        takeSecret = new TestSteps.TakeSecret();
        engine = TestFlows.load(TestFlows.dialogsWith(dir, "test", TestFlows.TEST_FLOW), List.of(new NoopStep(),
                new RememberStep(), new TestSteps.CheckCode(), takeSecret, new TestSteps.LeakSecret()));
    }

    private static String text(String key) {
        return TestFlows.MESSAGES.text(EN, key, Map.of());
    }

    private static DialogState at(String state) {
        return new DialogState("test", state, 0, Map.of());
    }

    private static List<String> texts(DialogTurn turn) {
        return turn.replies().stream().map(Reply::text).toList();
    }

    @Test
    void start_asksTheStartStateWithNumberedOptionsAndButtons() {
        DialogTurn turn = engine.start("test", EN, CALLER).join();

        assertThat(turn.state()).contains(at("pick"));
        assertThat(turn.replies()).singleElement().satisfies(reply -> {
            assertThat(reply.text()).isEqualTo(text("sample.choose-topic")
                    + "\n\n1. Reset my password\n2. Unlock my account");
            assertThat(reply.suggestedActions()).containsExactly("Reset my password", "Unlock my account");
        });
    }

    @Test
    void start_unknownFlow_isRefused() {
        assertThatThrownBy(() -> engine.start("nope", EN, CALLER).join()).hasMessage("No flow 'nope' (loaded: [test])");
    }

    @Test
    void handle_happyPath_runsEveryStateAndEndsWithTheFinalMessage() {
        DialogTurn toCode = engine.handle(engine.start("test", EN, CALLER).join().state().orElseThrow(), "1", EN,
                CALLER).join();
        DialogTurn toPassword = engine.handle(toCode.state().orElseThrow(), "1234 5678", EN, CALLER).join();
        DialogTurn toSure = engine.handle(toPassword.state().orElseThrow(), FAKE_PASSWORD, EN, CALLER).join();
        DialogTurn end = engine.handle(toSure.state().orElseThrow(), "yes", EN, CALLER).join();

        assertThat(texts(toCode)).containsExactly(TestSteps.CODE_SENT, text("sample.ask-name"));
        assertThat(toPassword.state()).contains(at("password"));
        assertThat(toSure.state().map(DialogState::state)).contains("sure");
        assertThat(end.active()).isFalse();
        assertThat(texts(end)).containsExactly(text("sample.done"));
    }

    @Test
    void handle_stateWithoutInput_runsItsStepAndMovesOn() {
        DialogTurn turn = engine.handle(at("password"), FAKE_PASSWORD, EN, CALLER).join();

        assertThat(turn.traces()).extracting(trace -> trace.value().get("to")).containsExactly("checked", "sure");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "reset", "Reset my password", "reset MY password!", "Resetează parola",
            "reseteaza parola"})
    void handle_choiceByNumberIdOrTitleInAnyLanguage_choosesTheOption(String typed) {
        DialogTurn turn = engine.handle(at("pick"), typed, EN, CALLER).join();

        assertThat(turn.state().map(DialogState::state)).contains("code");
    }

    @Test
    void handle_choiceOfSecondOptionByNumber_followsItsTransition() {
        DialogTurn turn = engine.handle(at("pick"), "2", EN, CALLER).join();

        assertThat(turn.state().map(DialogState::state)).contains("sure");
    }

    @Test
    void handle_choiceNotAmongTheOptions_reasksWithAHint() {
        DialogTurn turn = engine.handle(at("pick"), "3", EN, CALLER).join();

        assertThat(turn.state()).contains(new DialogState("test", "pick", 1, Map.of()));
        assertThat(texts(turn)).hasSize(2).first().isEqualTo(text("dialog.hint.choice"));
        assertThat(texts(turn).get(1)).startsWith(text("sample.choose-topic"));
    }

    @Test
    void handle_codeWithLetters_reasksWithTheCodeHintAndCountsARetry() {
        DialogTurn turn = engine.handle(at("code"), "my code is abc", EN, CALLER).join();

        assertThat(texts(turn)).containsExactly(text("dialog.hint.code"), text("sample.ask-name"));
        assertThat(turn.state().map(DialogState::retries)).contains(1);
    }

    @Test
    void handle_wrongCode_reasksWithoutSendingAnotherCode() {
        DialogTurn turn = engine.handle(at("code"), "00000000", EN, CALLER).join();

        assertThat(texts(turn)).containsExactly(text("sample.ask-name"));
        assertThat(turn.state()).contains(new DialogState("test", "code", 1, Map.of()));
    }

    @Test
    void handle_wrongCodeAsOftenAsTheRetries_goesToTheExhaustedState() {
        DialogTurn second = engine.handle(new DialogState("test", "code", 1, Map.of()), "00000000", EN, CALLER).join();
        DialogTurn third = engine.handle(second.state().orElseThrow(), "00000000", EN, CALLER).join();

        assertThat(second.active()).isTrue();
        assertThat(third.active()).isFalse();
        assertThat(texts(third)).containsExactly(text("sample.gave-up"));
        assertThat(third.traces()).singleElement()
                .satisfies(trace -> assertThat(trace.value()).containsEntry("outcome", "exhausted")
                        .containsEntry("to", "blocked"));
    }

    @Test
    void handle_rightCodeAfterWrongOnes_startsTheNextStateWithNoRetriesUsed() {
        DialogTurn turn = engine.handle(new DialogState("test", "code", 2, Map.of()), TestSteps.RIGHT_CODE, EN,
                CALLER).join();

        assertThat(turn.state()).contains(at("password"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"yes", "Yes", "y", "da", "Da"})
    void handle_confirmYesInEnglishOrRomanian_followsYes(String typed) {
        DialogTurn turn = engine.handle(at("sure"), typed, EN, CALLER).join();

        assertThat(turn.traces()).singleElement().satisfies(trace -> assertThat(trace.value())
                .containsEntry("outcome", "yes").containsEntry("to", "done"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"no", "No", "n", "nu", "Nu"})
    void handle_confirmNoInEnglishOrRomanian_followsNo(String typed) {
        DialogTurn turn = engine.handle(at("sure"), typed, EN, CALLER).join();

        assertThat(turn.state().map(DialogState::state)).contains("pick");
    }

    @Test
    void handle_confirmNeitherYesNorNo_reasksWithTheConfirmHint() {
        DialogTurn turn = engine.handle(at("sure"), "maybe", Language.RO, CALLER).join();

        assertThat(turn.replies()).first().extracting(Reply::text)
                .isEqualTo(TestFlows.MESSAGES.text(Language.RO, "dialog.hint.confirm", Map.of()));
        assertThat(turn.replies().get(1).suggestedActions()).containsExactly("Da", "Nu");
    }

    @Test
    void handle_secret_reachesTheStepExactlyAsTyped() {
        engine.handle(at("password"), FAKE_PASSWORD, EN, CALLER).join();

        assertThat(takeSecret.received).containsExactly(FAKE_PASSWORD);
    }

    @Test
    void handle_secret_isNotInTheStateRepliesOrTraces() {
        DialogTurn turn = engine.handle(at("password"), FAKE_PASSWORD, EN, CALLER).join();

        assertThat(turn.state().orElseThrow().toString()).doesNotContain(FAKE_PASSWORD);
        assertThat(turn.state().orElseThrow().slots()).containsExactly(Map.entry("password-set", "yes"));
        assertThat(turn.replies()).allSatisfy(reply -> assertThat(reply.text()).doesNotContain(FAKE_PASSWORD));
        assertThat(turn.traces().toString()).doesNotContain(FAKE_PASSWORD);
    }

    @Test
    void handle_stepThatKeepsTheSecretInASlot_hasThatSlotDropped(@TempDir Path other) {
        DialogEngine leaky = TestFlows.load(TestFlows.dialogsWith(other, "leaky", TestFlows.TEST_FLOW
                .replace("step: take-secret", "step: leak-secret")));

        DialogTurn turn = leaky.handle(at("password"), FAKE_PASSWORD, EN, CALLER).join();

        assertThat(turn.state().map(DialogState::slots).orElse(Map.of())).doesNotContainKey("kept");
        assertThat(String.valueOf(turn.state())).doesNotContain(FAKE_PASSWORD);
    }

    @Test
    void handle_secretThatEqualsAnInnocentWordInAnotherSlot_doesNotBreakTheTurn() {
        DialogTurn turn = engine.handle(at("password"), "e", EN, CALLER).join();

        assertThat(turn.state()).isPresent();
    }

    @Test
    void handle_blankSecret_reasksWithTheSecretHint() {
        DialogTurn turn = engine.handle(at("password"), "   ", EN, CALLER).join();

        assertThat(texts(turn)).first().isEqualTo(text("dialog.hint.secret"));
        assertThat(takeSecret.received).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"pick", "code", "password", "sure"})
    void cancel_fromAnyState_endsTheFlowWithACancelTrace(String state) {
        DialogTurn turn = engine.cancel(new DialogState("test", state, 1, Map.of("password-set", "yes")), CALLER);

        assertThat(turn.state()).isEmpty();
        assertThat(turn.replies()).isEmpty();
        assertThat(turn.traces()).singleElement().satisfies(trace -> assertThat(trace.value())
                .containsEntry("from", state).containsEntry("to", "[*]").containsEntry("outcome", "cancel"));
    }

    @Test
    void cancel_stateOfAFlowNoLongerLoaded_stillEndsIt() {
        DialogState stale = new DialogState("removed-flow", "somewhere", 0, Map.of());

        DialogTurn turn = engine.cancel(stale, CALLER);

        assertThat(engine.knows(stale)).isFalse();
        assertThat(turn.active()).isFalse();
    }

    @Test
    void knows_stateOfALoadedFlow_isTrue() {
        assertThat(engine.knows(at("code"))).isTrue();
    }

    @Test
    void reprompt_afterHelp_asksTheSameQuestionAgainKeepingRetries() {
        DialogState waiting = new DialogState("test", "code", 2, Map.of());

        DialogTurn turn = engine.reprompt(waiting, EN, CALLER);

        assertThat(turn.state()).contains(waiting);
        assertThat(texts(turn)).containsExactly(text("sample.ask-name"));
    }

    @Test
    void reprompt_thenAnswer_resumesTheFlow() {
        DialogState waiting = engine.reprompt(at("code"), EN, CALLER).state().orElseThrow();

        DialogTurn turn = engine.handle(waiting, TestSteps.RIGHT_CODE, EN, CALLER).join();

        assertThat(turn.state()).contains(at("password"));
    }

    @Test
    void handle_trace_describesTheMoveWithoutTheInput() {
        DialogTurn turn = engine.handle(at("code"), TestSteps.RIGHT_CODE, EN, CALLER).join();

        assertThat(turn.traces()).singleElement().satisfies(trace -> {
            assertThat(trace.name()).isEqualTo("ResetDesk.Dialog");
            assertThat(trace.label()).isEqualTo("test: code -> password (ok)");
            assertThat(trace.value()).isEqualTo(Map.of("flow", "test", "from", "code", "to", "password",
                    "outcome", "ok", "retries", 0));
        });
        assertThat(turn.traces().toString()).doesNotContain(TestSteps.RIGHT_CODE);
    }

    @Test
    void start_trace_comesFromOutsideTheFlow() {
        Trace trace = engine.start("test", EN, CALLER).join().traces().get(0);

        assertThat(trace.value()).containsEntry("from", "[*]").containsEntry("to", "pick")
                .containsEntry("outcome", "start");
    }

    @Test
    void handle_stepReturningAnUndeclaredOutcome_isStopped(@TempDir Path other) {
        DialogStep liar = new DialogStep() {
            @Override
            public String id() {
                return "take-secret";
            }

            @Override
            public java.util.Set<String> outcomes() {
                return java.util.Set.of("ok");
            }

            @Override
            public java.util.concurrent.CompletableFuture<StepResult> handle(StepContext context,
                    DialogInput input) {
                return StepResult.of("surprise").now();
            }
        };
        DialogEngine lying = TestFlows.load(TestFlows.dialogsWith(other, "test", TestFlows.TEST_FLOW),
                List.of(new NoopStep(), new TestSteps.CheckCode(), liar));

        assertThatThrownBy(() -> lying.handle(at("password"), FAKE_PASSWORD, EN, CALLER).join())
                .hasRootCauseMessage("dialogs/flows/test.yaml, state 'password': step 'take-secret' returned outcome "
                        + "'surprise', which it does not declare");
    }
}
