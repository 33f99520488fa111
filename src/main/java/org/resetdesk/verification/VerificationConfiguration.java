package org.resetdesk.verification;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;

import org.resetdesk.crypto.SecretFile;
import org.resetdesk.state.SharedMaps;
import org.resetdesk.state.StateProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the verification methods and throttles from {@link VerificationProperties} and the application clock. */
@Configuration(proxyBeanMethods = false)
class VerificationConfiguration {

    private static final Logger log = LoggerFactory.getLogger(VerificationConfiguration.class);

    @Bean
    Totp totp(Clock clock, VerificationProperties properties, SharedMaps maps) {
        return new Totp(clock, properties.authenticator().digits(), Totp.Algorithm.SHA1,
                properties.throttle().maxEntries(), maps);
    }

    /**
     * The blocks file keeps the blocks of the in-memory store over a restart. A shared store keeps them itself, for
     * every instance, each with its expiry: a file per instance would only repeat them (and listing them there after
     * each new block would scan the store).
     */
    @Bean
    Blocks blocks(VerificationProperties properties, StateProperties state) {
        return new Blocks(state.store() == StateProperties.Store.MEMORY ? properties.throttle().blocksFile() : null);
    }

    @Bean
    OneTimeCodes oneTimeCodes(Clock clock, VerificationProperties properties, Blocks blocks, SharedMaps maps,
            StateProperties state) {
        String secret = properties.codes().secret();
        if (state.store() != StateProperties.Store.MEMORY && (secret == null || secret.isEmpty())) {
            throw new IllegalStateException("resetdesk.state.store=" + state.store().name().toLowerCase(Locale.ROOT)
                    + " needs resetdesk.verification.codes.secret (32+ characters, the same on every instance): a"
                    + " code sent by one instance must be checked by another");
        }
        return new OneTimeCodes(clock, properties.codes(), blocks, maps);
    }

    @Bean
    ProofThrottle proofThrottle(Clock clock, VerificationProperties properties, Blocks blocks, SharedMaps maps) {
        return new ProofThrottle(clock, properties.throttle(), blocks, maps);
    }

    @Bean
    SecurityAnswers securityAnswers(VerificationProperties properties) {
        return new SecurityAnswers(properties.questions().kdfIterations(), properties.questions().asked());
    }

    @Bean
    DecoyQuestions decoyQuestions(VerificationProperties properties) {
        VerificationProperties.Questions questions = properties.questions();
        return new DecoyQuestions(decoySecret(questions), questions.decoyPool(), questions.decoyRegistered());
    }

    /** Keyed with the decoys' secret, for the same reason: keys that change on restart would lift blocks. */
    @Bean
    NameKeys nameKeys(VerificationProperties properties) {
        return new NameKeys(decoySecret(properties.questions()));
    }

    /** Decoys that change on restart, or differ between instances, let a patient visitor tell them from real ones. */
    private static byte[] decoySecret(VerificationProperties.Questions questions) {
        String configured = questions.decoySecret();
        if (configured != null && !configured.isEmpty()) {
            return configured.getBytes(StandardCharsets.UTF_8);
        }
        log.info("resetdesk.verification.questions.decoy-secret is not set; decoy security questions use the secret"
                + " kept in {} (set the setting to the same value on every instance)", questions.decoySecretFile());
        return SecretFile.readOrCreate(questions.decoySecretFile(), 32);
    }
}
