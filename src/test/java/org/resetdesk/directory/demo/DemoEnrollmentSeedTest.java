package org.resetdesk.directory.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resetdesk.MutableClock;
import org.resetdesk.enrollment.Enrollment;
import org.resetdesk.verification.Base32;
import org.resetdesk.verification.SecurityAnswers;

class DemoEnrollmentSeedTest {

    private static final String ANA = "0f9a6c2e-1b7d-4e35-9c51-6a3f2d8b7e01";
    private static final String JOHN = "2c4e8a1d-5f3b-4b6a-8d27-1e9c0b5a4f02";
    private static final Instant NOW = Instant.parse("2026-12-07T08:00:00Z");

    @TempDir
    Path dir;

    private final SecurityAnswers answers = new SecurityAnswers(1000, 3);

    private Map<String, Enrollment> read() {
        Path file = dir.resolve("directory.yaml");
        DemoDirectory.open(new DemoDirectoryProperties(file, "demo/directory.yaml", 1000),
                new MutableClock(Instant.EPOCH));
        return DemoEnrollmentSeed.read(file, answers, new MutableClock(NOW));
    }

    @Test
    void ana_hasTheDemoAuthenticatorAndThreeQuestions_confirmedAtTheSeed() {
        Enrollment ana = read().get(ANA);

        assertThat(ana.authenticatorSecret()).isEqualTo(Base32.decode("JBSWY3DPEHPK3PXP"));
        assertThat(ana.questions()).extracting(Enrollment.RegisteredQuestion::questionKey)
                .containsExactly("question.first-school", "question.childhood-friend", "question.first-pet");
        assertThat(ana.confirmedAt()).isEqualTo(NOW);
    }

    @Test
    void answers_areKeptOnlyAsHashesThatMatchTheDemoAnswers() {
        Enrollment.RegisteredQuestion school = read().get(ANA).questions().get(0);

        assertThat(school.answerHash()).doesNotContain("Bra").startsWith("pbkdf2-sha256$");
        assertThat(answers.matches("brasov", school.answerHash())).isTrue();
        assertThat(answers.matches("Cluj", school.answerHash())).isFalse();
        assertThat(school.toString()).doesNotContain(school.answerHash());
    }

    @Test
    void userWithoutRegistrations_isNotSeeded() {
        assertThat(read()).doesNotContainKey(JOHN);
    }

    @Test
    void questionWithoutAnswer_stopsTheStartNamingTheUser() throws Exception {
        Path file = dir.resolve("broken.yaml");
        Files.writeString(file, "users:\n  - id: u1\n    upn: a@b\n    enrollment:\n      securityQuestions:\n"
                + "        - question: question.first-pet\n");

        assertThatThrownBy(() -> DemoEnrollmentSeed.read(file, answers, new MutableClock(NOW)))
                .hasMessageContaining("user u1 has a security question without 'question' or 'answer'");
    }
}
