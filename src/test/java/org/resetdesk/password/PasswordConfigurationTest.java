package org.resetdesk.password;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resetdesk.text.MessageCatalog;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class PasswordConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withBean(MessageCatalog.class, () -> MessageCatalog.load(Path.of("dialogs")))
            .withUserConfiguration(PasswordConfiguration.class);

    @TempDir
    Path dir;

    @Test
    void defaults_entraModeBanningContoso() {
        runner.run(context -> {
            PasswordPolicy policy = context.getBean(PasswordPolicy.class);

            assertThat(policy.mode()).isEqualTo(PasswordMode.ENTRA);
            assertThat(policy.evaluate("C0nt0so!26", null, false).rejections())
                    .extracting(Rejection::reason).containsExactly(RejectionReason.USER_TERMS);
        });
    }

    @Test
    void modeNist_buildsTheNistPolicy() {
        runner.withPropertyValues("resetdesk.password.mode=nist").run(context ->
                assertThat(context.getBean(PasswordPolicy.class).mode()).isEqualTo(PasswordMode.NIST));
    }

    @Test
    void customBannedTermsFile_addsItsTerms() throws IOException {
        Path file = Files.writeString(dir.resolve("banned.txt"), "gadgetron\n");

        runner.withPropertyValues("resetdesk.password.banned-terms-file=" + file).run(context ->
                assertThat(context.getBean(PasswordPolicy.class).evaluate("G@dgetr0n!2", null, false).rejections())
                        .extracting(Rejection::reason).containsExactly(RejectionReason.BANNED_TERMS));
    }

    @Test
    void customBannedTermsFileWithAShortTerm_stopsTheStartNamingSettingAndLine() throws IOException {
        Path file = Files.writeString(dir.resolve("banned.txt"), "gadgetron\nxyz\n");

        runner.withPropertyValues("resetdesk.password.banned-terms-file=" + file).run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                    .hasMessageContaining("resetdesk.password.banned-terms-file")
                    .hasMessageContaining("line 2");
        });
    }

    @Test
    void blankOrganisationName_stopsTheStartNamingTheSetting() {
        runner.withPropertyValues("resetdesk.password.organisation-name= ").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).hasStackTraceContaining("resetdesk.password")
                    .hasStackTraceContaining("organisationName");
        });
    }

    @Test
    void unknownMode_stopsTheStart() {
        runner.withPropertyValues("resetdesk.password.mode=strict").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).hasStackTraceContaining("resetdesk.password.mode");
        });
    }

    @Test
    void temporaryPasswordGenerator_isAvailable() {
        runner.run(context -> assertThat(context.getBean(TemporaryPasswordGenerator.class)
                .generate(PasswordUser.unknown())).hasSize(16));
    }
}
