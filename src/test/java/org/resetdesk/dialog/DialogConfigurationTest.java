package org.resetdesk.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resetdesk.content.ContentProperties;
import org.resetdesk.text.InvalidContentException;
import org.resetdesk.text.MessageCatalog;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class DialogConfigurationTest {

    private static ApplicationContextRunner runner(Path dialogs) {
        return new ApplicationContextRunner()
                .withBean(ContentProperties.class, () -> new ContentProperties(dialogs, Path.of("knowledge")))
                .withBean(MessageCatalog.class, () -> TestFlows.MESSAGES)
                .withUserConfiguration(DialogConfiguration.class);
    }

    @Test
    void context_flowsUsingOnlyBuiltInSteps_startWithoutOtherSteps(@TempDir Path dir) {
        Path dialogs = TestFlows.dialogsWith(dir, "sample", TestFlows.read(Path.of("dialogs/flows/sample.yaml")));

        runner(dialogs).run(context -> assertThat(context.getBean(DialogEngine.class).flowIds())
                .containsExactly("sample"));
    }

    @Test
    void context_shippedFlowsWithoutTheResetSteps_refusesToStartNamingTheStep() {
        runner(Path.of("dialogs")).run(context -> assertThat(context).getFailure().rootCause()
                .hasMessageContaining("unknown step"));
    }

    @Test
    void context_brokenFlowFile_refusesToStartNamingFileAndState(@TempDir Path dir) throws java.io.IOException {
        String sample = java.nio.file.Files.readString(Path.of("dialogs/flows/sample.yaml"));
        Path dialogs = TestFlows.dialogsWith(dir, "broken", sample.replace("ok: confirm", "ok: nowhere"));

        runner(dialogs).run(context -> assertThat(context).getFailure()
                .rootCause()
                .isInstanceOf(InvalidContentException.class)
                .hasMessage("dialogs/flows/broken.yaml, state 'choose-topic': unknown target state 'nowhere' for outcome 'ok'"));
    }
}
