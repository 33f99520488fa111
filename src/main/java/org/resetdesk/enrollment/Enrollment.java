package org.resetdesk.enrollment;

import java.util.List;
import java.util.Objects;

/**
 * The verification methods a user registered with ResetDesk itself (contact details come from the directory).
 *
 * @param userId              the directory account's id
 * @param authenticatorSecret the TOTP secret of the user's authenticator app, or {@code null}; never shown again
 * @param questions           registered security questions with hashed answers
 */
public record Enrollment(String userId, byte[] authenticatorSecret, List<RegisteredQuestion> questions) {

    public Enrollment {
        Objects.requireNonNull(userId, "userId");
        authenticatorSecret = authenticatorSecret == null ? null : authenticatorSecret.clone();
        questions = List.copyOf(questions);
    }

    @Override
    public byte[] authenticatorSecret() {
        return authenticatorSecret == null ? null : authenticatorSecret.clone();
    }

    public boolean hasAuthenticator() {
        return authenticatorSecret != null;
    }

    @Override
    public String toString() {
        return "Enrollment[" + userId + ", authenticator=" + hasAuthenticator() + ", questions=" + questions.size()
                + "]";
    }

    /**
     * A security question and the hash of its answer.
     *
     * @param questionKey the message key of the question's text
     * @param answerHash  the answer's PBKDF2 hash (as made by {@code SecurityAnswers})
     */
    public record RegisteredQuestion(String questionKey, String answerHash) {

        @Override
        public String toString() {
            return "RegisteredQuestion[" + questionKey + "]";
        }
    }
}
