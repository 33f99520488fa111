package org.resetdesk.password;

import java.util.Collection;

/**
 * Entra's banned-password score of a normalised password: 1 point for each banned term found, 1 point for each
 * character outside the terms found. Banned and organisation terms are found at edit distance 1; the user's names
 * (already normalised, 4+ characters) as exact substrings.
 *
 * <p>Where found terms could overlap, the way of splitting the password with the fewest points counts, so the score
 * never depends on which term happens to be tried first. Each occurrence of a term counts. A character added at
 * either end of a term is not part of the match (see {@link FuzzyTermSet}), so it scores its own point.
 * Immutable and thread-safe.
 */
final class BannedPasswordScorer {

    /** The points and which kinds of terms the lowest-scoring split used. */
    record Score(int points, boolean bannedTermFound, boolean personalTermFound) {
    }

    private final FuzzyTermSet banned;
    private final FuzzyTermSet organisation;

    BannedPasswordScorer(FuzzyTermSet banned, FuzzyTermSet organisation) {
        this.banned = banned;
        this.organisation = organisation;
    }

    Score score(String normalisedPassword, Collection<String> personalTerms) {
        int[] cps = normalisedPassword.codePoints().toArray();
        int n = cps.length;
        int[] points = new int[n + 1];
        int[] step = new int[n + 1];
        byte[] kind = new byte[n + 1]; // 0 = a plain character, 1 = banned term, 2 = personal or organisation term
        int longest = Math.max(banned.longestWindow(), organisation.longestWindow());
        for (String term : personalTerms) {
            longest = Math.max(longest, term.codePointCount(0, term.length()));
        }
        for (int i = n - 1; i >= 0; i--) {
            points[i] = 1 + points[i + 1];
            step[i] = 1;
            kind[i] = 0;
            java.util.BitSet organisationAt = organisation.lengthsAt(cps, i);
            java.util.BitSet bannedAt = banned.lengthsAt(cps, i);
            for (int length = 1; length <= Math.min(longest, n - i); length++) {
                byte found = match(cps, i, length, personalTerms, organisationAt, bannedAt);
                // On a tie prefer the term, so the reason names what was found.
                if (found != 0 && 1 + points[i + length] <= points[i]) {
                    points[i] = 1 + points[i + length];
                    step[i] = length;
                    kind[i] = found;
                }
            }
        }
        boolean bannedFound = false;
        boolean personalFound = false;
        for (int i = 0; i < n; i += step[i]) {
            bannedFound |= kind[i] == 1;
            personalFound |= kind[i] == 2;
        }
        return new Score(points[0], bannedFound, personalFound);
    }

    /** What the piece is: 2 the organisation's or the user's name, 1 a banned term, 0 neither. */
    private static byte match(int[] cps, int from, int length, Collection<String> personalTerms,
            java.util.BitSet organisationAt, java.util.BitSet bannedAt) {
        if (organisationAt.get(length)) {
            return 2;
        }
        if (!personalTerms.isEmpty()) {
            String window = new String(cps, from, length);
            if (personalTerms.contains(window)) {
                return 2;
            }
        }
        return bannedAt.get(length) ? (byte) 1 : 0;
    }
}
