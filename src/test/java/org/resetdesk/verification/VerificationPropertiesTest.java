package org.resetdesk.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

class VerificationPropertiesTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(VerificationProperties.class)
    @Import(VerificationConfiguration.class)
    static class Wiring {
        @Bean
        Clock clock() {
            return Clock.systemUTC();
        }

        @Bean
        org.resetdesk.state.SharedMaps sharedMaps(Clock clock) {
            return new org.resetdesk.state.MemorySharedMaps(clock);
        }

        @Bean
        org.resetdesk.state.StateProperties stateProperties() {
            return new org.resetdesk.state.StateProperties(org.resetdesk.state.StateProperties.Store.MEMORY,
                    "resetdesk:");
        }
    }

    /** Tests never touch the data folder of a developer's working copy (no block is set here, so no blocks file). */
    private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Wiring.class)
            .withPropertyValues("resetdesk.verification.questions.decoy-secret-file=target/test-data/decoy-secret");

    private static VerificationProperties policy(EnumSet<VerificationMethod> enabled, int required) {
        return new VerificationProperties(enabled, required,
                new VerificationProperties.Codes(8, Duration.ofMinutes(5), 10, Duration.ofMinutes(10),
                        Duration.ofHours(24), 1000),
                new VerificationProperties.Throttle(5, Duration.ofHours(1), Duration.ofHours(24), 1000,
                        java.nio.file.Path.of("blocks.json")),
                null, new VerificationProperties.Authenticator(6));
    }

    @Test
    void requirementFor_employee_followsTheConfiguration() {
        VerificationProperties properties = policy(
                EnumSet.of(VerificationMethod.EMAIL_CODE, VerificationMethod.SECURITY_QUESTIONS), 1);

        assertThat(properties.requirementFor(false)).isEqualTo(new VerificationRequirement(
                EnumSet.of(VerificationMethod.EMAIL_CODE, VerificationMethod.SECURITY_QUESTIONS), 1));
    }

    @Test
    void requirementFor_administratorWithAllEnabled_needsTwoWithoutQuestions() {
        VerificationProperties properties = policy(EnumSet.allOf(VerificationMethod.class), 1);

        assertThat(properties.requirementFor(true)).isEqualTo(new VerificationRequirement(EnumSet.of(
                VerificationMethod.EMAIL_CODE, VerificationMethod.SMS_CODE, VerificationMethod.AUTHENTICATOR), 2));
    }

    @Test
    void requirementFor_administratorWhenOnlyQuestionsAndOneMethodConfigured_stillNeedsTwoMethodsWithoutQuestions() {
        VerificationProperties properties = policy(EnumSet.of(VerificationMethod.SECURITY_QUESTIONS), 1);

        VerificationRequirement requirement = properties.requirementFor(true);

        assertThat(requirement.required()).isEqualTo(2);
        assertThat(requirement.allowed())
                .doesNotContain(VerificationMethod.SECURITY_QUESTIONS)
                .hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void requirementFor_administratorWithTwoCodeMethodsEnabled_keepsTheConfiguredOnes() {
        VerificationProperties properties = policy(EnumSet.of(VerificationMethod.EMAIL_CODE,
                VerificationMethod.AUTHENTICATOR, VerificationMethod.SECURITY_QUESTIONS), 1);

        assertThat(properties.requirementFor(true).allowed())
                .containsExactlyInAnyOrder(VerificationMethod.EMAIL_CODE, VerificationMethod.AUTHENTICATOR);
    }

    @Test
    void requirement_allowed_cannotBeChanged() {
        VerificationRequirement requirement = policy(EnumSet.allOf(VerificationMethod.class), 2).requirementFor(false);

        assertThat(requirement.allowed()).isUnmodifiable();
    }

    @Test
    void binding_nothingConfigured_givesEntraDefaults() {
        runner.run(context -> {
            VerificationProperties properties = context.getBean(VerificationProperties.class);

            assertThat(properties.enabledMethods()).containsExactlyInAnyOrder(VerificationMethod.values());
            assertThat(properties.methodsRequired()).isEqualTo(1);
            assertThat(properties.codes()).isEqualTo(new VerificationProperties.Codes(8, Duration.ofMinutes(5), 10,
                    Duration.ofMinutes(10), Duration.ofHours(24), 100_000));
            assertThat(properties.throttle()).isEqualTo(new VerificationProperties.Throttle(5, Duration.ofHours(1),
                    Duration.ofHours(24), 100_000, java.nio.file.Path.of("data/blocks.json")));
            assertThat(properties.questions().asked()).isEqualTo(3);
            assertThat(properties.questions().kdfIterations()).isEqualTo(210_000);
            assertThat(properties.authenticator().digits()).isEqualTo(6);
        });
    }

    @Test
    void binding_kebabCaseMethodNames_areRead() {
        runner.withPropertyValues("resetdesk.verification.enabled-methods=email-code,authenticator",
                "resetdesk.verification.methods-required=2").run(context ->
                assertThat(context.getBean(VerificationProperties.class).requirementFor(false)).isEqualTo(
                        new VerificationRequirement(
                                EnumSet.of(VerificationMethod.EMAIL_CODE, VerificationMethod.AUTHENTICATOR), 2)));
    }

    @Test
    void binding_defaults_wireEveryVerificationBean() {
        runner.run(context -> assertThat(context)
                .hasSingleBean(Totp.class)
                .hasSingleBean(OneTimeCodes.class)
                .hasSingleBean(ProofThrottle.class)
                .hasSingleBean(SecurityAnswers.class)
                .hasSingleBean(DecoyQuestions.class));
    }

    @Test
    void binding_threeMethodsRequired_failsNamingTheSetting() {
        runner.withPropertyValues("resetdesk.verification.methods-required=3")
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .rootCause().hasMessageContaining("resetdesk.verification.methods-required"));
    }

    @Test
    void binding_zeroMethodsRequired_failsNamingTheSetting() {
        runner.withPropertyValues("resetdesk.verification.methods-required=0")
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .rootCause().hasMessageContaining("resetdesk.verification.methods-required"));
    }

    @Test
    void binding_twoRequiredButOneEnabled_failsNamingTheSetting() {
        runner.withPropertyValues("resetdesk.verification.enabled-methods=email-code",
                        "resetdesk.verification.methods-required=2")
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .rootCause().hasMessageContaining("resetdesk.verification.methods-required is larger"));
    }

    @Test
    void binding_fiveDigitCodes_failsNamingTheSetting() {
        runner.withPropertyValues("resetdesk.verification.codes.length=5")
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .rootCause().hasMessageContaining("resetdesk.verification.codes.length"));
    }

    @Test
    void binding_codeLifetimeOverTenMinutes_fails() {
        runner.withPropertyValues("resetdesk.verification.codes.lifetime=30m")
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .rootCause().hasMessageContaining("resetdesk.verification.codes.lifetime"));
    }

    @Test
    void binding_askingSixQuestions_failsNamingTheSetting() {
        runner.withPropertyValues("resetdesk.verification.questions.asked=6")
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .rootCause().hasMessageContaining("resetdesk.verification.questions.asked"));
    }

    @Test
    void binding_sevenDigitAuthenticatorCodes_fails() {
        runner.withPropertyValues("resetdesk.verification.authenticator.digits=7")
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .rootCause().hasMessageContaining("authenticator.digits must be 6 or 8"));
    }

    @Test
    void binding_shortDecoySecret_fails() {
        runner.withPropertyValues("resetdesk.verification.questions.decoy-secret=too-short")
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .rootCause().hasMessageContaining("resetdesk.verification.questions.decoy-secret"));
    }

    @Test
    void binding_unknownMethod_failsNamingTheSetting() {
        runner.withPropertyValues("resetdesk.verification.enabled-methods=email-code,carrier-pigeon")
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .rootCause().hasMessageContaining("carrier-pigeon"));
    }
}
