package org.resetdesk.registration;

import java.time.Clock;
import java.util.Optional;

import org.resetdesk.crypto.SecretCipher;
import org.resetdesk.directory.ContactWriter;
import org.resetdesk.directory.DirectoryAdapter;
import org.resetdesk.enrollment.EnrollmentStore;
import org.resetdesk.identity.DirectoryCalls;
import org.resetdesk.identity.FlowAudit;
import org.resetdesk.identity.FlowReplies;
import org.resetdesk.identity.Methods;
import org.resetdesk.identity.NoticeSender;
import org.resetdesk.identity.ResetSessions;
import org.resetdesk.state.SharedMaps;
import org.resetdesk.verification.OneTimeCodes;
import org.resetdesk.verification.ProofThrottle;
import org.resetdesk.verification.SecurityAnswers;
import org.resetdesk.verification.Totp;
import org.resetdesk.verification.VerificationProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the steps of the {@code register-methods} flow and what they share. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RegistrationProperties.class)
class RegistrationConfiguration {

    @Bean
    RegistrationDrafts registrationDrafts(ResetSessions sessions, Methods methods,
            RegistrationProperties properties, VerificationProperties policy, SharedMaps maps, SecretCipher cipher) {
        if (properties.questionsToRegister() < policy.questions().asked()) {
            throw new IllegalStateException("resetdesk.registration.questions-to-register ("
                    + properties.questionsToRegister() + ") must be at least resetdesk.verification.questions.asked ("
                    + policy.questions().asked() + "): a reset asks that many of the registered questions");
        }
        return new RegistrationDrafts(sessions, methods, maps, cipher);
    }

    @Bean
    DirectoryContacts directoryContacts(ObjectProvider<ContactWriter> writer, DirectoryCalls calls,
            RegistrationProperties properties) {
        Optional<ContactWriter> directoryWriter = Optional.ofNullable(writer.getIfAvailable());
        if (properties.writeToEntra() && directoryWriter.isEmpty()) {
            throw new IllegalStateException("resetdesk.registration.write-to-entra=true needs "
                    + "resetdesk.directory.type=entra: only Entra ID has authentication methods to write to");
        }
        return new DirectoryContacts(directoryWriter, calls);
    }

    @Bean
    MethodChanges methodChanges(EnrollmentStore store, DirectoryAdapter directory, ResetSessions sessions,
            DirectoryCalls calls, FlowAudit audit, FlowReplies replies, NoticeSender sender,
            DirectoryContacts contacts, RegistrationDrafts drafts) {
        return new MethodChanges(store, directory, sessions, calls, audit, new RegistrationNotices(replies, sender),
                contacts, replies, drafts);
    }

    @Bean
    MethodPrefill methodPrefill(DirectoryAdapter directory, EnrollmentStore store, DirectoryCalls calls,
            FlowAudit audit, DirectoryContacts contacts) {
        return new MethodPrefill(directory, store, calls, audit, contacts);
    }

    @Bean
    DailyReminder registrationReminder(DirectoryAdapter directory, EnrollmentStore store, DirectoryCalls calls,
            Methods methods, VerificationProperties policy, RegistrationProperties properties, FlowReplies replies,
            Clock clock) {
        return new DailyReminder(directory, store, calls, methods, policy, properties, replies, clock);
    }

    @Bean
    Attempts registrationAttempts(ProofThrottle throttle, ResetSessions sessions, FlowReplies replies,
            FlowAudit audit) {
        return new Attempts(throttle, sessions, replies, audit);
    }

    @Bean
    ProvenStep registrationProvenStep(ResetSessions sessions, RegistrationDrafts drafts, FlowReplies replies) {
        return new ProvenStep(sessions, drafts, replies);
    }

    @Bean
    MenuStep registrationMenuStep(ResetSessions sessions, RegistrationDrafts drafts, Methods methods,
            VerificationProperties policy, MethodChanges changes, FlowReplies replies) {
        return new MenuStep(sessions, drafts, methods, policy, changes, replies);
    }

    @Bean
    ContactStep registrationEmailStep(ResetSessions sessions, RegistrationDrafts drafts, OneTimeCodes codes,
            NoticeSender sender, FlowReplies replies, FlowAudit audit, VerificationProperties policy) {
        return new ContactStep(ContactKind.EMAIL, sessions, drafts, codes, sender, replies, audit, policy);
    }

    @Bean
    ContactStep registrationPhoneStep(ResetSessions sessions, RegistrationDrafts drafts, OneTimeCodes codes,
            NoticeSender sender, FlowReplies replies, FlowAudit audit, VerificationProperties policy) {
        return new ContactStep(ContactKind.PHONE, sessions, drafts, codes, sender, replies, audit, policy);
    }

    @Bean
    ConfirmContactStep registrationConfirmContactStep(ResetSessions sessions, RegistrationDrafts drafts,
            OneTimeCodes codes, Attempts attempts, MethodChanges changes, FlowReplies replies) {
        return new ConfirmContactStep(sessions, drafts, codes, attempts, changes, replies);
    }

    @Bean
    AuthenticatorStep registrationAuthenticatorStep(ResetSessions sessions, RegistrationDrafts drafts, Totp totp,
            Attempts attempts, MethodChanges changes, FlowReplies replies, RegistrationProperties properties,
            VerificationProperties policy) {
        return new AuthenticatorStep(sessions, drafts, totp, attempts, changes, replies, properties.issuer(),
                policy.authenticator().digits());
    }

    @Bean
    PickQuestionStep registrationPickQuestionStep(ResetSessions sessions, RegistrationDrafts drafts,
            VerificationProperties policy, RegistrationProperties properties, FlowReplies replies) {
        return new PickQuestionStep(sessions, drafts, policy.questions().decoyPool(), properties, replies);
    }

    @Bean
    CustomQuestionStep registrationCustomQuestionStep(ResetSessions sessions, RegistrationDrafts drafts,
            FlowReplies replies) {
        return new CustomQuestionStep(sessions, drafts, replies);
    }

    @Bean
    AnswerStep registrationAnswerStep(ResetSessions sessions, RegistrationDrafts drafts, SecurityAnswers answers,
            MethodChanges changes, RegistrationProperties properties, FlowReplies replies) {
        return new AnswerStep(sessions, drafts, answers, changes, properties, replies);
    }

    @Bean
    RemoveStep registrationRemoveStep(ResetSessions sessions, RegistrationDrafts drafts, DirectoryAdapter directory,
            DirectoryCalls calls, Methods methods, VerificationProperties policy, MethodChanges changes,
            FlowReplies replies) {
        return new RemoveStep(sessions, drafts, directory, calls, methods, policy, changes, replies);
    }
}
