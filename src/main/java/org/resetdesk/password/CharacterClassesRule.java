package org.resetdesk.password;

import java.util.List;
import java.util.Map;

/** Entra's complexity rule: at least 3 of lower-case letters, upper-case letters, digits and symbols. */
final class CharacterClassesRule implements PasswordRule {

    static final int REQUIRED = 3;

    @Override
    public List<Rejection> check(PasswordCandidate candidate) {
        boolean lower = false;
        boolean upper = false;
        boolean digit = false;
        boolean symbol = false;
        for (int cp : candidate.password().codePoints().toArray()) {
            if (Character.isLowerCase(cp)) {
                lower = true;
            } else if (Character.isUpperCase(cp)) {
                upper = true;
            } else if (Character.isDigit(cp)) {
                digit = true;
            } else {
                symbol = true; // punctuation, space and anything else that is not a cased letter or digit
            }
        }
        int classes = (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (symbol ? 1 : 0);
        if (classes >= REQUIRED) {
            return List.of();
        }
        return List.of(new Rejection(RejectionReason.TOO_FEW_CHARACTER_CLASSES,
                Map.of("required", Integer.toString(REQUIRED))));
    }
}
