package org.resetdesk.reset;

import java.time.Clock;

import org.resetdesk.audit.AuditSink;
import org.resetdesk.conversation.HelpdeskContacts;
import org.resetdesk.conversation.HelpdeskProperties;
import org.resetdesk.crypto.SecretCipher;
import org.resetdesk.directory.DirectoryAdapter;
import org.resetdesk.identity.DirectoryCalls;
import org.resetdesk.identity.FlowAudit;
import org.resetdesk.identity.FlowReplies;
import org.resetdesk.identity.NoticeSender;
import org.resetdesk.identity.ResetSessions;
import org.resetdesk.notify.Notifier;
import org.resetdesk.password.PasswordPolicy;
import org.resetdesk.password.TemporaryPasswordGenerator;
import org.resetdesk.runtime.Meters;
import org.resetdesk.state.SharedMaps;
import org.resetdesk.text.MessageCatalog;
import org.resetdesk.verification.OneTimeCodes;
import org.resetdesk.verification.ProofThrottle;
import org.resetdesk.verification.VerificationProperties;
import org.resetdesk.web.PublicAddress;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Wires the commit half of the reset and unlock flows (new password, temporary password, link, unlock), the sessions
 * that guard changes and what every flow's steps share, bounded by {@code resetdesk.reset.*}; the password link page
 * itself is a scanned controller.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ResetProperties.class)
class ResetConfiguration {

    @Bean
    ResetSessions resetSessions(Clock clock, ResetProperties properties, VerificationProperties policy,
            SharedMaps maps, SecretCipher cipher) {
        return new ResetSessions(clock, properties.sessionLifetime(), policy, maps, cipher);
    }

    @Bean
    PasswordLinks passwordLinks(Clock clock, ResetProperties properties, PublicAddress address, SharedMaps maps) {
        return new PasswordLinks(clock, properties, address, maps);
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
    FlowAudit flowAudit(Clock clock, AuditSink audit) {
        return new FlowAudit(clock, audit);
    }

    @Bean
    FlowReplies flowReplies(MessageCatalog messages, HelpdeskProperties helpdesk, FlowAudit audit) {
        return new FlowReplies(messages, new HelpdeskContacts(messages, helpdesk), audit);
    }

    @Bean
    DirectoryCalls directoryCalls(ResetProperties properties, Meters meters) {
        return new DirectoryCalls(properties.directoryTimeout(), meters);
    }

    @Bean
    NoticeSender noticeSender(Notifier notifier, ResetProperties properties, Meters meters) {
        return new NoticeSender(notifier, properties.directoryTimeout(), meters);
    }

    @Bean
    ChangeNotices changeNotices(DirectoryAdapter directory, FlowReplies replies, DirectoryCalls calls,
            NoticeSender notices) {
        return new ChangeNotices(directory, replies, calls, notices);
    }

    @Bean
    PasswordChanges passwordChanges(ResetSessions sessions, DirectoryAdapter directory, PasswordPolicy policy,
            ProofThrottle throttle, OneTimeCodes codes, ChangeNotices notices, FlowReplies replies, FlowAudit audit,
            DirectoryCalls calls) {
        return new PasswordChanges(sessions, directory, policy, throttle, codes, notices, replies, audit, calls);
    }

    @Bean
    ChooseEntryStep chooseEntryStep(ResetSessions sessions, ResetProperties properties) {
        return new ChooseEntryStep(sessions, properties);
    }

    @Bean
    SetPasswordStep setPasswordStep(ResetSessions sessions, PasswordChanges changes, FlowReplies replies) {
        return new SetPasswordStep(sessions, changes, replies);
    }

    @Bean
    SetTemporaryStep setTemporaryStep(ResetSessions sessions, PasswordChanges changes,
            TemporaryPasswordGenerator generator, FlowReplies replies) {
        return new SetTemporaryStep(sessions, changes, generator, replies);
    }

    @Bean
    SendLinkStep sendLinkStep(ResetSessions sessions, PasswordLinks links, ResetProperties properties,
            FlowReplies replies) {
        return new SendLinkStep(sessions, links, properties, replies);
    }

    @Bean
    UnlockStep unlockStep(ResetSessions sessions, PasswordChanges changes) {
        return new UnlockStep(sessions, changes);
    }
}
