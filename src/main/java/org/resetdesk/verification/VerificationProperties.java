package org.resetdesk.verification;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The identity verification policy ({@code resetdesk.verification.*}). Defaults follow Microsoft Entra SSPR: one
 * method of four, 8-digit codes valid 5 minutes, at most 10 codes in 10 minutes, 5 failed proofs in an hour block
 * for 24 hours, 3 security questions. A contradictory setting stops the start with a message naming it.
 *
 * @param enabledMethods  the methods employees may use
 * @param methodsRequired how many different methods an employee must prove: 1 or 2 (administrators always 2)
 * @param codes           emailed and texted one-time codes
 * @param throttle        failed-proof limits
 * @param questions       security questions
 * @param authenticator   authenticator app (TOTP) codes
 */
@Validated
@ConfigurationProperties("resetdesk.verification")
public record VerificationProperties(
        @NotEmpty @DefaultValue({"EMAIL_CODE", "SMS_CODE", "AUTHENTICATOR", "SECURITY_QUESTIONS"})
        Set<VerificationMethod> enabledMethods,
        @Min(1) @Max(2) @DefaultValue("1") int methodsRequired,
        @Valid @NotNull @DefaultValue Codes codes,
        @Valid @NotNull @DefaultValue Throttle throttle,
        @Valid @NotNull @DefaultValue Questions questions,
        @Valid @NotNull @DefaultValue Authenticator authenticator) {

    /** The methods an administrator may use when the configuration leaves fewer than two of them enabled. */
    private static final Set<VerificationMethod> TWO_GATE =
            EnumSet.of(VerificationMethod.EMAIL_CODE, VerificationMethod.SMS_CODE, VerificationMethod.AUTHENTICATOR);

    /**
     * What a person must prove. Administrators always need two methods and never security questions, whatever the
     * configuration says (Entra's "two-gate" policy): they get the enabled methods other than questions, or the
     * email, SMS and authenticator methods when fewer than two of those are enabled. Pure; thread-safe.
     */
    public VerificationRequirement requirementFor(boolean administrator) {
        if (!administrator) {
            return new VerificationRequirement(enabledMethods, methodsRequired);
        }
        Set<VerificationMethod> allowed = EnumSet.noneOf(VerificationMethod.class);
        allowed.addAll(enabledMethods);
        allowed.remove(VerificationMethod.SECURITY_QUESTIONS);
        return new VerificationRequirement(allowed.size() >= 2 ? allowed : TWO_GATE, 2);
    }

    @AssertTrue(message = "resetdesk.verification.methods-required is larger than the number of "
            + "resetdesk.verification.enabled-methods")
    boolean isMethodsRequiredSatisfiable() {
        return enabledMethods == null || methodsRequired <= enabledMethods.size();
    }

    /**
     * One-time codes sent by email or SMS.
     *
     * @param length      digits per code (NIST asks for at least 6)
     * @param lifetime    how long a code may be used (NIST: at most 10 minutes)
     * @param maxIssued   codes one account (or one conversation) may request within {@code issueWindow}
     * @param issueWindow the window {@code maxIssued} counts in
     * @param issueBlock  how long requesting codes stays refused once {@code maxIssued} is exceeded
     * @param maxEntries  accounts and conversations remembered at most (least recently used are forgotten first)
     * @param secret      the key codes are stored under (an HMAC of each): the same on every instance, at least 32
     *                    characters; required with {@code resetdesk.state.store=redis}, else a key is made for each
     *                    process
     */
    public record Codes(
            @Min(6) @Max(10) @DefaultValue("8") int length,
            @NotNull @DefaultValue("5m") Duration lifetime,
            @Min(1) @DefaultValue("10") int maxIssued,
            @NotNull @DefaultValue("10m") Duration issueWindow,
            @NotNull @DefaultValue("24h") Duration issueBlock,
            @Min(100) @DefaultValue("100000") int maxEntries,
            String secret) {

        @org.springframework.boot.context.properties.bind.ConstructorBinding
        public Codes {
        }

        /** Settings with a key made for this process. */
        public Codes(int length, Duration lifetime, int maxIssued, Duration issueWindow, Duration issueBlock,
                int maxEntries) {
            this(length, lifetime, maxIssued, issueWindow, issueBlock, maxEntries, null);
        }

        @AssertTrue(message = "resetdesk.verification.codes.secret must be empty or at least 32 characters")
        boolean isSecretStrong() {
            return secret == null || secret.isEmpty() || secret.length() >= 32;
        }

        /** Never the secret. */
        @Override
        public String toString() {
            return "Codes[length=" + length + ", lifetime=" + lifetime + ", maxIssued=" + maxIssued + ", issueWindow="
                    + issueWindow + ", issueBlock=" + issueBlock + ", maxEntries=" + maxEntries + ", secret="
                    + (secret == null || secret.isEmpty() ? "unset" : "set") + "]";
        }

        @AssertTrue(message = "resetdesk.verification.codes.lifetime must be between 1 second and 10 minutes")
        boolean isLifetimeInRange() {
            return lifetime == null || (lifetime.toSeconds() >= 1 && lifetime.compareTo(Duration.ofMinutes(10)) <= 0);
        }

        @AssertTrue(message = "resetdesk.verification.codes.issue-window and "
                + "resetdesk.verification.codes.issue-block must be positive")
        boolean isIssueLimitPositive() {
            return issueWindow == null || issueBlock == null || (positive(issueWindow) && positive(issueBlock));
        }
    }

    /**
     * Failed identity proofs, counted per account and per conversation.
     *
     * @param maxFailures   failures within {@code window} that block
     * @param window        the window failures count in
     * @param block         how long a block lasts
     * @param maxEntries    accounts and conversations remembered at most (least recently used are forgotten first)
     * @param blocksFile    where the blocks in force are kept (owner-only), so a restart does not lift them
     */
    public record Throttle(
            @Min(1) @DefaultValue("5") int maxFailures,
            @NotNull @DefaultValue("1h") Duration window,
            @NotNull @DefaultValue("24h") Duration block,
            @Min(100) @DefaultValue("100000") int maxEntries,
            @NotNull @DefaultValue("data/blocks.json") java.nio.file.Path blocksFile) {

        @AssertTrue(message = "resetdesk.verification.throttle.window and "
                + "resetdesk.verification.throttle.block must be positive")
        boolean isWindowAndBlockPositive() {
            return window == null || block == null || (positive(window) && positive(block));
        }
    }

    /**
     * Security questions.
     *
     * @param asked           questions asked per attempt, picked at random from those registered (3 to 5)
     * @param kdfIterations   PBKDF2-HMAC-SHA256 iterations for new answer hashes (OWASP 2023: 600,000; at least
     *                        210,000 in production; lower values only for tests)
     * @param decoyRegistered questions an unknown account appears to have registered (at least {@code asked})
     * @param decoyPool       question keys decoys are drawn from; should be the questions employees can register
     * @param decoySecret     server secret that derives decoys; set it (32+ characters) so decoys are the same on
     *                        every instance; when empty one is generated once and kept in {@code decoySecretFile}
     * @param decoySecretFile where the generated decoy secret is kept (owner-only), so decoys survive restarts
     */
    public record Questions(
            @Min(3) @Max(5) @DefaultValue("3") int asked,
            @Min(1000) @DefaultValue("210000") int kdfIterations,
            @Min(3) @Max(5) @DefaultValue("3") int decoyRegistered,
            @NotEmpty @DefaultValue({"question.first-pet", "question.birth-city", "question.first-school",
                    "question.childhood-friend", "question.first-car", "question.favourite-teacher",
                    "question.mother-birth-city", "question.first-job"}) List<String> decoyPool,
            String decoySecret,
            @DefaultValue("data/decoy-secret") java.nio.file.Path decoySecretFile) {

        @AssertTrue(message = "resetdesk.verification.questions.decoy-registered must be at least "
                + "resetdesk.verification.questions.asked")
        boolean isDecoyRegisteredEnough() {
            return decoyRegistered >= asked;
        }

        @AssertTrue(message = "resetdesk.verification.questions.decoy-pool must hold at least "
                + "resetdesk.verification.questions.decoy-registered different keys")
        boolean isDecoyPoolLargeEnough() {
            return decoyPool == null || decoyPool.stream().distinct().count() >= decoyRegistered;
        }

        @AssertTrue(message = "resetdesk.verification.questions.decoy-secret must be empty or at least 32 characters")
        boolean isDecoySecretStrong() {
            return decoySecret == null || decoySecret.isEmpty() || decoySecret.length() >= 32;
        }
    }

    /**
     * Authenticator app codes (RFC 6238 with HMAC-SHA1 and a 30-second step, as the apps use).
     *
     * @param digits digits per code: 6 (what the apps show) or 8
     */
    public record Authenticator(@DefaultValue("6") int digits) {

        @AssertTrue(message = "resetdesk.verification.authenticator.digits must be 6 or 8")
        boolean isDigitsSupported() {
            return digits == 6 || digits == 8;
        }
    }

    private static boolean positive(Duration duration) {
        return !duration.isNegative() && !duration.isZero();
    }
}
