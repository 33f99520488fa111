package org.resetdesk.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resetdesk.text.Language;
import org.resetdesk.text.Reply;

/**
 * The engine's ways of asking beyond plain questions: options a step chooses to offer, buttons offering another way
 * on code and secret states, and the masked password card.
 */
class DialogEngineFormsTest {

    private static final Caller CALLER = Caller.anonymous("webchat", "forms");
    private static final Language EN = Language.EN;

    private static final String FLOW = """
            flow: forms
            start: pick
            states:
              pick:
                ask: sample.choose-topic
                input: choice
                choices:
                  reset: action.reset
                  unlock: action.unlock
                  question: action.question
                step: offer-two
                on:
                  reset: code
                  unlock: code
                  question: code
              code:
                ask: sample.ask-name
                input: code
                choices:
                  other: action.helpdesk
                step: record
                on:
                  ok: password
                  other: pick
              password:
                ask: sample.done
                input: password
                card: password
                step: record
                on:
                  ok: done
                  other: pick
              done:
                end: true
            """;

    @TempDir
    Path dir;

    private final List<DialogInput> seen = new ArrayList<>();
    private DialogEngine engine;

    @BeforeEach
    void load() {
        DialogStep offerTwo = new DialogStep() {
            @Override
            public String id() {
                return "offer-two";
            }

            @Override
            public Set<String> outcomes() {
                return Set.of("reset", "unlock", "question");
            }

            @Override
            public List<String> offered(StepContext context, List<String> optionIds) {
                return List.of("unlock", "question");
            }

            @Override
            public CompletableFuture<StepResult> handle(StepContext context, DialogInput input) {
                return StepResult.of(((DialogInput.Choice) input).optionId()).now();
            }
        };
        DialogStep record = new DialogStep() {
            @Override
            public String id() {
                return "record";
            }

            @Override
            public Set<String> outcomes() {
                return Set.of("ok", "other");
            }

            @Override
            public CompletableFuture<StepResult> handle(StepContext context, DialogInput input) {
                seen.add(input);
                return StepResult.of(input instanceof DialogInput.Choice ? "other" : "ok").now();
            }
        };
        engine = TestFlows.load(TestFlows.dialogsWith(dir, "forms", FLOW), List.of(offerTwo, record));
    }

    @Test
    void choice_showsAndNumbersOnlyTheOptionsTheStepOffers() {
        Reply question = engine.start("forms", EN, CALLER).join().replies().get(0);

        assertThat(question.suggestedActions()).containsExactly("Unlock my account", "Ask a question");
        assertThat(question.text()).contains("1. Unlock my account").doesNotContain("Reset my password");
    }

    @Test
    void choice_anOptionNotOffered_isNotAccepted_evenByItsTitle() {
        DialogTurn turn = engine.handle(at("pick"), "Reset my password", EN, CALLER).join();

        assertThat(turn.state().orElseThrow().state()).isEqualTo("pick");
        assertThat(turn.state().orElseThrow().retries()).isEqualTo(1);
    }

    @Test
    void choice_theNumberCountsAmongTheOfferedOptions() {
        DialogTurn code = engine.handle(at("pick"), "1", EN, CALLER).join();
        assertThat(code.state().orElseThrow().state()).isEqualTo("code");
    }

    @Test
    void codeState_buttonTitle_isTheOptionNotACode() {
        DialogTurn turn = engine.handle(at("code"), "Talk to the helpdesk", EN, CALLER).join();

        assertThat(seen).containsExactly(new DialogInput.Choice("other"));
        assertThat(turn.state().orElseThrow().state()).isEqualTo("pick");
    }

    @Test
    void codeState_aNumberIsACode_evenWhereAnOptionHasThatPosition() {
        engine.handle(at("code"), "1", EN, CALLER).join();
        engine.handle(at("code"), "12345678", EN, CALLER).join();

        assertThat(seen).hasSize(1).first().isEqualTo(new DialogInput.Code("12345678"));
    }

    @Test
    void codeState_showsItsButtons() {
        Reply question = engine.handle(at("pick"), "2", EN, CALLER).join().replies().get(0);

        assertThat(question.suggestedActions()).containsExactly("Talk to the helpdesk");
    }

    @Test
    void passwordCard_isAVersion15CardWithTwoMaskedRequiredFields() {
        Reply question = engine.handle(at("code"), "12345678", EN, CALLER).join().replies().get(0);

        assertThat(question.cards()).hasSize(1);
        Map<String, Object> card = question.cards().get(0);
        assertThat(card).containsEntry("type", "AdaptiveCard").containsEntry("version", "1.5");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> inputs = (List<Map<String, Object>>) card.get("body");
        assertThat(inputs).extracting(input -> input.get("id")).containsExactly("password", "confirm");
        assertThat(inputs).allSatisfy(input -> assertThat(input)
                .containsEntry("type", "Input.Text").containsEntry("style", "password")
                .containsEntry("isRequired", true).containsKeys("label", "errorMessage"));
    }

    @Test
    void passwordCard_matchingFields_reachTheStepAsTheSecret() {
        DialogTurn turn = engine.handle(at("password"), "", Map.of("password", "Card-Pw-1", "confirm", "Card-Pw-1"),
                EN, CALLER).join();

        assertThat(seen).containsExactly(new DialogInput.Secret("Card-Pw-1"));
        assertThat(turn.active()).isFalse();
    }

    @Test
    void passwordCard_differentFields_reachNoStep_andTheCardIsShownAgain() {
        DialogTurn turn = engine.handle(at("password"), "", Map.of("password", "Card-Pw-1", "confirm", "Card-Pw-2"),
                EN, CALLER).join();

        assertThat(seen).isEmpty();
        assertThat(turn.replies().get(0).text()).contains("not the same");
        assertThat(turn.replies().get(1).cards()).hasSize(1);
        assertThat(turn.replies().toString()).doesNotContain("Card-Pw");
    }

    @Test
    void passwordCard_typedInstead_isRefusedAndTheCardAskedAgain() {
        DialogTurn turn = engine.handle(at("password"), "Typed-Pw-3", EN, CALLER).join();

        assertThat(seen).as("a chat message never reaches the step as the card's password").isEmpty();
        assertThat(turn.replies().get(0).text()).contains("only take the new password from the secure form");
        assertThat(turn.replies().get(1).cards()).hasSize(1);
    }

    @Test
    void passwordCard_submittedWithoutTheRepetition_isRefused() {
        engine.handle(at("password"), "", Map.of(PasswordCard.PASSWORD, "Card-Pw-4"), EN, CALLER).join();

        assertThat(seen).isEmpty();
    }

    private static DialogState at(String state) {
        return new DialogState("forms", state, 0, Map.of());
    }
}
