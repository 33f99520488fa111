package org.resetdesk.dialog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resetdesk.text.InvalidContentException;

/** Each startup check, with a small broken flow file written to a temporary dialogs folder. */
class FlowValidationTest {

    private static final String VALID = """
            flow: small
            start: ask
            states:
              ask:
                ask: sample.ask-name
                input: text
                step: noop
                on:
                  ok: done
              done:
                end: true
                say: sample.done
            """;

    @TempDir
    Path dir;

    private void assertRefused(String yaml, String message) {
        Path dialogs = TestFlows.dialogsWith(dir, "small", yaml);
        assertThatThrownBy(() -> TestFlows.load(dialogs))
                .isInstanceOf(InvalidContentException.class)
                .hasMessage(message);
    }

    @Test
    void load_validFlow_isAccepted() {
        DialogEngine engine = TestFlows.load(TestFlows.dialogsWith(dir, "small", VALID));

        assertThat(engine.flowIds()).containsExactly("small");
    }


    @Test
    void load_unknownTargetState_namesFileStateAndTarget() {
        assertRefused(VALID.replace("ok: done", "ok: nowhere"),
                "dialogs/flows/small.yaml, state 'ask': unknown target state 'nowhere' for outcome 'ok'");
    }

    @Test
    void load_unknownExhaustedState_namesFileAndState() {
        assertRefused(VALID.replace("    on:\n", "    retries: 2\n    exhausted: nowhere\n    on:\n"),
                "dialogs/flows/small.yaml, state 'ask': unknown target state 'nowhere' for 'exhausted'");
    }

    @Test
    void load_unreachableState_namesIt() {
        assertRefused(VALID + "  orphan:\n    end: true\n",
                "dialogs/flows/small.yaml, state 'orphan': unreachable from start state 'ask'");
    }

    @Test
    void load_noEndState_namesFile() {
        assertRefused(VALID.replace("ok: done", "ok: ask").replace("    end: true\n    say: sample.done\n",
                        "    ask: sample.done\n    input: text\n    step: noop\n    on:\n      ok: ask\n"),
                "dialogs/flows/small.yaml: no end state (mark at least one state 'end: true')");
    }

    @Test
    void load_unknownStep_namesStepAndState() {
        assertRefused(VALID.replace("step: noop", "step: send-pigeon"),
                "dialogs/flows/small.yaml, state 'ask': unknown step 'send-pigeon' (known: check-code, leak-secret, "
                        + "noop, remember, take-secret)");
    }

    @Test
    void load_stepOutcomeWithoutTransition_namesOutcome() {
        assertRefused(VALID.replace("input: text\n    step: noop", "input: code\n    step: check-code"),
                "dialogs/flows/small.yaml, state 'ask': no transition for outcome 'wrong' of step 'check-code'");
    }

    @Test
    void load_messageKeyMissing_namesKeyAndLanguageFile() {
        assertRefused(VALID.replace("ask: sample.ask-name", "ask: sample.no-such-text"),
                "dialogs/flows/small.yaml, state 'ask': message key 'sample.no-such-text' is missing in "
                        + "dialogs/messages/en.yaml");
    }

    @Test
    void load_choiceWithoutOptions_isRefused() {
        assertRefused(VALID.replace("input: text\n    step: noop", "input: choice"),
                "dialogs/flows/small.yaml, state 'ask': a choice state needs options ('choices')");
    }

    @Test
    void load_confirmWithoutNoTransition_isRefused() {
        assertRefused(VALID.replace("input: text\n    step: noop\n    on:\n      ok: done",
                        "input: confirm\n    on:\n      yes: done"),
                "dialogs/flows/small.yaml, state 'ask': no transition for outcome 'no' of input 'confirm'");
    }

    @Test
    void load_duplicateStateId_namesTheId() {
        assertRefused(VALID + "  done:\n    end: true\n",
                "dialogs/flows/small.yaml: duplicate key 'done' at line 13 (state ids and fields must be unique)");
    }

    @Test
    void load_startStateMissing_namesIt() {
        assertRefused(VALID.replace("start: ask", "start: begin"),
                "dialogs/flows/small.yaml: start state 'begin' is not defined");
    }

    @Test
    void load_misspelledField_namesFieldAndState() {
        assertRefused(VALID.replace("step: noop", "setp: noop"),
                "dialogs/flows/small.yaml, state 'ask': unknown field 'setp' (allowed: ask, card, choices, end, exhausted, "
                        + "input, on, retries, say, step)");
    }

    @Test
    void load_retriesWithoutExhaustedState_isRefused() {
        assertRefused(VALID.replace("    on:\n", "    retries: 3\n    on:\n"),
                "dialogs/flows/small.yaml, state 'ask': 'retries' needs 'exhausted' (the state to go to after them)");
    }

    @Test
    void load_unknownInputType_listsTheKnownOnes() {
        assertRefused(VALID.replace("input: text", "input: voice"),
                "dialogs/flows/small.yaml, state 'ask': unknown input 'voice' (expected one of text, choice, code, "
                        + "secret, confirm, none)");
    }

    @Test
    void load_stateIdWithUnderscore_isRefused() {
        assertRefused(VALID.replace("ok: done", "ok: all_done").replace("  done:", "  all_done:"),
                "dialogs/flows/small.yaml, state 'all_done': state ids are lower-case letters and digits, words "
                        + "joined by '-'");
    }

    @Test
    void load_sameFlowIdInTwoFiles_namesBothFiles() {
        TestFlows.dialogsWith(dir, "a-first", VALID);
        Path dialogs = TestFlows.dialogsWith(dir, "b-second", VALID);

        assertThatThrownBy(() -> TestFlows.load(dialogs))
                .hasMessage("dialogs/flows/b-second.yaml: flow id 'small' is also used by dialogs/flows/a-first.yaml");
    }

    @Test
    void load_withoutFlowsFolderOnDisk_readsThePackagedFlows() {
        assertThat(FlowFiles.read(dir.resolve("dialogs"))).extracting(FlowDefinition::id).contains("sample");
    }
}
