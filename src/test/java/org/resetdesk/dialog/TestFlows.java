package org.resetdesk.dialog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.resetdesk.text.MessageCatalog;

/** Writes flow files into a temporary dialogs folder and loads them with the shipped messages. */
final class TestFlows {

    static final MessageCatalog MESSAGES = MessageCatalog.load(Path.of("dialogs"));

    /** Every input type, a step with onEnter, retries, a state without input and two end states. */
    static final String TEST_FLOW = """
            flow: test
            start: pick
            states:
              pick:
                ask: sample.choose-topic
                input: choice
                choices:
                  reset: action.reset
                  unlock: action.unlock
                on:
                  reset: code
                  unlock: sure
              code:
                ask: sample.ask-name
                input: code
                step: check-code
                on:
                  ok: password
                  wrong: code
                retries: 3
                exhausted: blocked
              password:
                ask: sample.done
                input: secret
                step: take-secret
                on:
                  ok: checked
              checked:
                input: none
                step: noop
                on:
                  ok: sure
              sure:
                ask: sample.confirm
                input: confirm
                on:
                  yes: done
                  no: pick
              done:
                end: true
                say: sample.done
              blocked:
                end: true
                say: sample.gave-up
            """;

    private TestFlows() {
    }

    /** A dialogs folder under {@code dir} holding {@code flows/<name>.yaml} with the given text. */
    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Path dialogsWith(Path dir, String name, String yaml) {
        try {
            Path flows = Files.createDirectories(dir.resolve("dialogs").resolve("flows"));
            Files.writeString(flows.resolve(name + ".yaml"), yaml);
            return dir.resolve("dialogs");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static DialogEngine load(Path dialogs, List<DialogStep> steps) {
        return DialogEngines.load(dialogs, MESSAGES, steps);
    }

    static DialogEngine load(Path dialogs) {
        return load(dialogs, TestSteps.all());
    }
}
