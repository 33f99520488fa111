package org.resetdesk.reset;

import java.time.Clock;

import org.resetdesk.audit.AuditSink;
import org.resetdesk.web.PublicAddress;
import org.springframework.core.env.Environment;
import org.resetdesk.conversation.HelpdeskContacts;
import org.resetdesk.conversation.HelpdeskProperties;
import org.resetdesk.directory.DirectoryAdapter;
import org.resetdesk.enrollment.EnrollmentStore;
import org.resetdesk.notify.Notifier;
import org.resetdesk.password.PasswordPolicy;
import org.resetdesk.password.TemporaryPasswordGenerator;
import org.resetdesk.text.MessageCatalog;
import org.resetdesk.verification.DecoyQuestions;
import org.resetdesk.verification.NameKeys;
import org.resetdesk.verification.OneTimeCodes;
import org.resetdesk.verification.ProofThrottle;
import org.resetdesk.verification.SecurityAnswers;
import org.resetdesk.verification.Totp;
import org.resetdesk.verification.VerificationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the reset and unlock steps, the sessions that guard changes and the password links (the link page itself is
 * a scanned controller).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ResetProperties.class)
class ResetConfiguration {

    @Bean
    ResetSessions resetSessions(Clock clock, ResetProperties properties, VerificationProperties policy) {
        return new ResetSessions(clock, properties.sessionLifetime(), policy);
    }

    @Bean
    PasswordLinks passwordLinks(Clock clock, ResetProperties properties, PublicAddress address) {
        return new PasswordLinks(clock, properties, address);
    }

    /**
     * Where links point. Without {@code resetdesk.reset.public-url} that is this machine, which is right only for
     * trying ResetDesk locally: beside a real Bot registration the start refuses it.
     */
    @Bean
    PublicAddress publicAddress(ResetProperties properties, Environment environment) {
        if (properties.publicUrl() == null && !environment.getProperty("MicrosoftAppId", "").isBlank()) {
            throw new IllegalStateException("resetdesk.reset.public-url is not set, but MicrosoftAppId is: password"
                    + " links and \"Read more\" would point at localhost. Set resetdesk.reset.public-url to the https"
                    + " address users reach ResetDesk at.");
        }
        return new PublicAddress(properties.publicUrl(), environment.getProperty("server.port", Integer.class, 8080));
    }

    @Bean
    FlowSupport resetFlowSupport(MessageCatalog messages, Clock clock, AuditSink audit, Notifier notifier,
            ResetProperties properties, HelpdeskProperties helpdesk) {
        return new FlowSupport(messages, clock, audit, notifier, properties.directoryTimeout(),
                new HelpdeskContacts(messages, helpdesk));
    }

    @Bean
    Methods resetMethods(VerificationProperties policy, EnrollmentStore enrollments) {
        return new Methods(policy, enrollments);
    }

    @Bean
    Proofs resetProofs(ResetSessions sessions, ProofThrottle throttle, FlowSupport support) {
        return new Proofs(sessions, throttle, support);
    }

    @Bean
    AccountResolver accountResolver(DirectoryAdapter directory, ResetSessions sessions, Methods methods,
            FlowSupport support, NameKeys nameKeys) {
        return new AccountResolver(directory, sessions, methods, support, nameKeys);
    }

    @Bean
    CodeDelivery codeDelivery(OneTimeCodes codes, ProofThrottle throttle, ResetSessions sessions, Methods methods,
            FlowSupport support, VerificationProperties policy) {
        return new CodeDelivery(codes, throttle, sessions, methods, support, policy);
    }

    @Bean
    QuestionRounds questionRounds(ResetSessions sessions, Methods methods, SecurityAnswers answers,
            DecoyQuestions decoys, Proofs proofs, ProofThrottle throttle, FlowSupport support) {
        return new QuestionRounds(sessions, methods, answers, decoys, proofs, throttle, support);
    }

    @Bean
    ChangeNotices changeNotices(DirectoryAdapter directory, FlowSupport support) {
        return new ChangeNotices(directory, support);
    }

    @Bean
    PasswordChanges passwordChanges(ResetSessions sessions, DirectoryAdapter directory, PasswordPolicy policy,
            ProofThrottle throttle, OneTimeCodes codes, ChangeNotices notices, FlowSupport support) {
        return new PasswordChanges(sessions, directory, policy, throttle, codes, notices, support);
    }

    @Bean
    BeginStep beginStep(DirectoryAdapter directory, FlowSupport support) {
        return new BeginStep(directory, support);
    }

    @Bean
    FindAccountStep findAccountStep(AccountResolver resolver) {
        return new FindAccountStep(resolver);
    }

    @Bean
    UseSignedInStep useSignedInStep(AccountResolver resolver) {
        return new UseSignedInStep(resolver);
    }

    @Bean
    ChooseMethodStep chooseMethodStep(ResetSessions sessions, Methods methods, CodeDelivery delivery,
            QuestionRounds questions, ProofThrottle throttle, FlowSupport support) {
        return new ChooseMethodStep(sessions, methods, delivery, questions, throttle, support);
    }

    @Bean
    CheckCodeStep checkCodeStep(ResetSessions sessions, OneTimeCodes codes, Proofs proofs, FlowSupport support) {
        return new CheckCodeStep(sessions, codes, proofs, support);
    }

    @Bean
    ResendCodeStep resendCodeStep(ResetSessions sessions, CodeDelivery delivery) {
        return new ResendCodeStep(sessions, delivery);
    }

    @Bean
    CheckAuthenticatorStep checkAuthenticatorStep(ResetSessions sessions, Totp totp, Methods methods, Proofs proofs) {
        return new CheckAuthenticatorStep(sessions, totp, methods, proofs);
    }

    @Bean
    CheckAnswerStep checkAnswerStep(ResetSessions sessions, QuestionRounds rounds) {
        return new CheckAnswerStep(sessions, rounds);
    }

    @Bean
    ProofCompleteStep proofCompleteStep(ResetSessions sessions, FlowSupport support) {
        return new ProofCompleteStep(sessions, support);
    }

    @Bean
    ChooseEntryStep chooseEntryStep(ResetSessions sessions, ResetProperties properties) {
        return new ChooseEntryStep(sessions, properties);
    }

    @Bean
    SetPasswordStep setPasswordStep(ResetSessions sessions, PasswordChanges changes, FlowSupport support) {
        return new SetPasswordStep(sessions, changes, support);
    }

    @Bean
    SetTemporaryStep setTemporaryStep(ResetSessions sessions, PasswordChanges changes,
            TemporaryPasswordGenerator generator, FlowSupport support) {
        return new SetTemporaryStep(sessions, changes, generator, support);
    }

    @Bean
    SendLinkStep sendLinkStep(ResetSessions sessions, PasswordLinks links, ResetProperties properties,
            FlowSupport support) {
        return new SendLinkStep(sessions, links, properties, support);
    }

    @Bean
    UnlockStep unlockStep(ResetSessions sessions, PasswordChanges changes) {
        return new UnlockStep(sessions, changes);
    }
}
