package org.resetdesk.password;

import java.util.ArrayList;
import java.util.List;

/**
 * Entra's banned-password check. A normalised password that contains the user's first or last name (4+
 * characters) is refused with {@code user-terms} whatever its score, as Entra's own example shows (a user named Poll
 * cannot pick {@code p0LL23fb}). Otherwise it must score at least {@value #PASSING_SCORE} points (see
 * {@link BannedPasswordScorer}; the organisation's name is one of the terms scored there, as in Entra's example where
 * {@code ContoS0Bl@nkf9!} passes with 5): below, it is refused with {@code banned-terms} when a banned or common term
 * was found and {@code user-terms} when the organisation's name was; a low score without any term found is a short
 * password, which the length rule reports.
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

    /** Entra's substring rule: the user's first or last name, normalised, anywhere in the password. */
    private static boolean containsName(PasswordCandidate candidate) {
        String normalised = candidate.normalised();
        return candidate.user().nameTerms(MIN_NAME_LENGTH).stream().anyMatch(normalised::contains);
    }

    /** The rejections for {@code candidate}, whose score is already known. */
    List<Rejection> check(PasswordCandidate candidate, BannedPasswordScorer.Score score) {
        List<Rejection> rejections = new ArrayList<>(2);
        if (containsName(candidate)) {
            rejections.add(Rejection.of(RejectionReason.USER_TERMS));
            if (score.points() < PASSING_SCORE && score.bannedTermFound()) {
                rejections.add(0, Rejection.of(RejectionReason.BANNED_TERMS));
            }
            return rejections;
        }
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
