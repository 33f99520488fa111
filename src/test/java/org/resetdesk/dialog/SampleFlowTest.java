package org.resetdesk.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.resetdesk.text.Language;
import org.resetdesk.text.Reply;

/** The shipped sample flow, run with the built-in steps only. */
class SampleFlowTest {

    private static final Caller CALLER = Caller.anonymous("webchat", "test-conversation");

    /** The sample flow alone: the shipped reset flows need the reset package's steps. */
    private final DialogEngine engine = TestFlows.load(TestFlows.dialogsWith(sampleDir(), "sample",
            TestFlows.read(Path.of("dialogs/flows/sample.yaml"))), List.of(new NoopStep(), new RememberStep()));

    private static Path sampleDir() {
        try {
            return java.nio.file.Files.createTempDirectory("sample-flow");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void sample_rememberedAnswers_fillLaterMessages() {
        DialogTurn named = engine.handle(engine.start("sample", Language.EN, CALLER).join().state().orElseThrow(),
                "Ana", Language.EN, CALLER).join();
        DialogTurn chosen = engine.handle(named.state().orElseThrow(), "2", Language.EN, CALLER).join();

        assertThat(named.replies()).first().extracting(Reply::text).asString().startsWith("Thanks, Ana.");
        assertThat(chosen.replies()).first().extracting(Reply::text)
                .isEqualTo("You picked **unlock**. Is that right?");
    }

    @Test
    void sample_inRomanian_endsWithTheRomanianFinalMessage() {
        DialogTurn named = engine.handle(engine.start("sample", Language.RO, CALLER).join().state().orElseThrow(),
                "Ana", Language.RO, CALLER).join();
        DialogTurn chosen = engine.handle(named.state().orElseThrow(), "Resetează parola", Language.RO, CALLER).join();
        DialogTurn done = engine.handle(chosen.state().orElseThrow(), "da", Language.RO, CALLER).join();

        assertThat(done.active()).isFalse();
        assertThat(done.replies()).extracting(Reply::text)
                .containsExactly("Gata, Ana. Acesta a fost tot fluxul de exemplu și nu s-a schimbat nimic.");
    }
}
