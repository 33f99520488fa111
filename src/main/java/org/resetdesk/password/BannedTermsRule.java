package org.resetdesk.password;

import java.util.ArrayList;
import java.util.List;

/**
 * Entra's banned-password check: the normalised password must score at least {@value #PASSING_SCORE} points (see
 * {@link BannedPasswordScorer}). Refuses with {@code banned-terms} when a banned or common term was found and with
 * {@code user-terms} when the user's name or the organisation's name was found; a low score without any term found
 * is a short password, which the length rule reports.
 */
final class BannedTermsRule implements PasswordRule {

    static final int PASSING_SCORE = 5;
    /** Entra matches names and the tenant name only from 4 characters on. */
    static final int MIN_NAME_LENGTH = 4;

    private final BannedPasswordScorer scorer;

    BannedTermsRule(BannedPasswordScorer scorer) {
        this.scorer = scorer;
    }

    BannedPasswordScorer.Score score(PasswordCandidate candidate) {
        return scorer.score(candidate.normalised(), candidate.user().nameTerms(MIN_NAME_LENGTH));
    }

    @Override
    public List<Rejection> check(PasswordCandidate candidate) {
        return check(candidate, score(candidate));
    }

    /** The rejections for {@code candidate}, whose score is already known. */
    List<Rejection> check(PasswordCandidate candidate, BannedPasswordScorer.Score score) {
        List<Rejection> rejections = new ArrayList<>(2);
        if (score.points() < PASSING_SCORE) {
            if (score.bannedTermFound()) {
                rejections.add(Rejection.of(RejectionReason.BANNED_TERMS));
            }
            if (score.personalTermFound()) {
                rejections.add(Rejection.of(RejectionReason.USER_TERMS));
            }
            String password = candidate.password();
            String normalised = candidate.normalised();
            if (rejections.isEmpty() && normalised.codePointCount(0, normalised.length())
                    < password.codePointCount(0, password.length())) {
                // Too few points without a term, because some characters count for nothing (lone combining marks).
                rejections.add(Rejection.of(RejectionReason.BANNED_TERMS));
            }
        }
        return rejections;
    }
}
