package org.resetdesk.password;

import java.util.List;

/**
 * The policy's verdict on one password.
 *
 * @param accepted   true when no rule refused the password
 * @param score      the banned-password score (Entra's points: 1 per banned term found, 1 per other character); in
 *                   mode {@code nist} the same count over the blocklist and context words, for information only
 * @param rejections the reasons, in rule order; empty when accepted
 */
public record PasswordEvaluation(boolean accepted, int score, List<Rejection> rejections) {

    public PasswordEvaluation {
        rejections = List.copyOf(rejections);
        if (accepted != rejections.isEmpty()) {
            throw new IllegalArgumentException("an evaluation is accepted exactly when it has no rejections");
        }
    }
}
