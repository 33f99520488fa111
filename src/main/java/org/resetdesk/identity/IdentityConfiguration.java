package org.resetdesk.identity;

import org.resetdesk.directory.DirectoryAdapter;
import org.resetdesk.enrollment.EnrollmentStore;
import org.resetdesk.verification.DecoyQuestions;
import org.resetdesk.verification.NameKeys;
import org.resetdesk.verification.OneTimeCodes;
import org.resetdesk.verification.ProofThrottle;
import org.resetdesk.verification.SecurityAnswers;
import org.resetdesk.verification.Totp;
import org.resetdesk.verification.VerificationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires "which account, prove it", the half every flow that changes an account begins with: naming the account,
 * the methods, codes, authenticator and question rounds, and the steps flow files name for them. The sessions,
 * replies, audit, directory calls and notices they share are made by the reset configuration, whose settings
 * ({@code resetdesk.reset.*}) bound them.
 */
@Configuration(proxyBeanMethods = false)
class IdentityConfiguration {

    @Bean
    Methods identityMethods(VerificationProperties policy) {
        return new Methods(policy);
    }

    @Bean
    Proofs identityProofs(ResetSessions sessions, ProofThrottle throttle, FlowReplies replies, FlowAudit audit) {
        return new Proofs(sessions, throttle, replies, audit);
    }

    @Bean
    AccountResolver accountResolver(DirectoryAdapter directory, EnrollmentStore enrollments, ResetSessions sessions,
            Methods methods, FlowReplies replies, FlowAudit audit, DirectoryCalls calls, NameKeys nameKeys) {
        return new AccountResolver(directory, enrollments, sessions, methods, replies, audit, calls, nameKeys);
    }

    @Bean
    CodeDelivery codeDelivery(OneTimeCodes codes, ProofThrottle throttle, ResetSessions sessions, Methods methods,
            FlowReplies replies, FlowAudit audit, NoticeSender notices, VerificationProperties policy) {
        return new CodeDelivery(codes, throttle, sessions, methods, replies, audit, notices, policy);
    }

    @Bean
    QuestionRounds questionRounds(ResetSessions sessions, Methods methods, SecurityAnswers answers,
            DecoyQuestions decoys, Proofs proofs, ProofThrottle throttle, FlowReplies replies, FlowAudit audit) {
        return new QuestionRounds(sessions, methods, answers, decoys, proofs, throttle, replies, audit);
    }

    @Bean
    BeginStep beginStep(DirectoryAdapter directory, FlowAudit audit, DirectoryCalls calls) {
        return new BeginStep(directory, audit, calls);
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
            QuestionRounds questions, ProofThrottle throttle, FlowReplies replies) {
        return new ChooseMethodStep(sessions, methods, delivery, questions, throttle, replies);
    }

    @Bean
    CheckCodeStep checkCodeStep(ResetSessions sessions, OneTimeCodes codes, Proofs proofs, FlowReplies replies) {
        return new CheckCodeStep(sessions, codes, proofs, replies);
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
    ProofCompleteStep proofCompleteStep(ResetSessions sessions, FlowReplies replies) {
        return new ProofCompleteStep(sessions, replies);
    }
}
