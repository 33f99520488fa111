package org.resetdesk.password;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The active password policy: runs every rule of the mode and gives the verdict with all reasons at once, so a user
 * can fix everything in one go. Immutable and thread-safe. Never logs, stores or returns the password.
 */
public final class PasswordPolicy {

    static final int ENTRA_MIN_LENGTH = 8;
    static final int MAX_LENGTH = 256;
    static final int NIST_MIN_LENGTH = 15;
    static final int NIST_MIN_LENGTH_WITH_MFA = 8;

    private final PasswordMode mode;
    private final List<PasswordRule> rules;
    private final BannedTermsRule scoring;
    private final LengthRule length;

    private PasswordPolicy(PasswordMode mode, LengthRule length, BannedTermsRule scoring, List<PasswordRule> rules) {
        this.mode = mode;
        this.length = length;
        this.scoring = scoring;
        this.rules = List.copyOf(rules);
    }

    /**
     * Entra ID's cloud policy.
     *
     * @param bannedTerms      common passwords and custom banned terms, as written (they are normalised here)
     * @param organisationName counts as a banned term and is found as a substring
     */
    static PasswordPolicy entra(Collection<String> bannedTerms, String organisationName) {
        LengthRule length = new LengthRule(ENTRA_MIN_LENGTH, ENTRA_MIN_LENGTH, MAX_LENGTH);
        BannedTermsRule scoring = new BannedTermsRule(scorer(bannedTerms, Set.of(organisationName)));
        return new PasswordPolicy(PasswordMode.ENTRA, length, scoring,
                List.of(length, new CharacterClassesRule(), scoring));
    }

    /**
     * NIST SP 800-63B rev 4.
     *
     * @param blocklist        common passwords and custom banned terms, as written (they are normalised here)
     * @param organisationName and {@code serviceName}: context words no password may contain
     */
    static PasswordPolicy nist(Collection<String> blocklist, String organisationName, String serviceName) {
        LengthRule length = new LengthRule(NIST_MIN_LENGTH, NIST_MIN_LENGTH_WITH_MFA, MAX_LENGTH);
        // The score is for information in this mode, so the rules below decide; context words stand in for names.
        BannedTermsRule scoring = new BannedTermsRule(scorer(blocklist, Set.of(organisationName, serviceName)));
        return new PasswordPolicy(PasswordMode.NIST, length, scoring, List.of(length,
                new NistBlocklistRule(normalised(blocklist, 1)), new RepetitiveRule(), new SequentialRule(),
                new ContextWordsRule(serviceName, organisationName)));
    }

    private static BannedPasswordScorer scorer(Collection<String> banned, Collection<String> organisation) {
        return new BannedPasswordScorer(new FuzzyTermSet(normalised(banned, BannedTermsRule.MIN_NAME_LENGTH)),
                new FuzzyTermSet(normalised(organisation, BannedTermsRule.MIN_NAME_LENGTH)));
    }

    private static Set<String> normalised(Collection<String> terms, int minLength) {
        Set<String> out = new LinkedHashSet<>();
        terms.forEach(term -> PasswordUser.addTerm(out, term, minLength));
        return out;
    }

    public PasswordMode mode() {
        return mode;
    }

    /** The shortest password this policy accepts from a user who did or did not verify with MFA. */
    public int minimumLength(boolean mfaVerified) {
        return length.minimum(mfaVerified);
    }

    /**
     * Evaluates a new password.
     *
     * @param user        who chooses it (names and UPN feed the personal-term checks); null when unknown
     * @param mfaVerified whether the user proved a second factor in this session (mode {@code nist} then allows
     *                    shorter passwords)
     */
    public PasswordEvaluation evaluate(String password, PasswordUser user, boolean mfaVerified) {
        PasswordCandidate candidate = new PasswordCandidate(Objects.requireNonNull(password, "password"), user,
                mfaVerified);
        List<Rejection> tooLong = length.check(candidate).stream()
                .filter(rejection -> rejection.reason() == RejectionReason.TOO_LONG).toList();
        if (!tooLong.isEmpty()) {
            // Nothing else is worth checking, and scoring a huge input would only cost time.
            return new PasswordEvaluation(false, 0, tooLong);
        }
        // The banned-password score is the costly part: computed once, for the rule and for the reported score.
        BannedPasswordScorer.Score score = scoring.score(candidate);
        List<Rejection> rejections = new ArrayList<>();
        for (PasswordRule rule : rules) {
            rejections.addAll(rule == scoring ? scoring.check(candidate, score) : rule.check(candidate));
        }
        return new PasswordEvaluation(rejections.isEmpty(), score.points(), rejections);
    }

    /** Every message key a rejection can carry, so the configuration can check the message files at start. */
    static Set<String> messageKeys() {
        Set<String> keys = new LinkedHashSet<>();
        for (RejectionReason reason : RejectionReason.values()) {
            keys.add(reason.messageKey());
        }
        return keys;
    }
}
