package org.resetdesk.enrollment;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The verification methods a user registered with ResetDesk, beside what the directory holds for them.
 *
 * @param userId              the directory account's id
 * @param alternateEmail      an alternate email confirmed by a code sent to it, or {@code null}
 * @param mobilePhone         a mobile number in E.164 form confirmed by a code sent to it, or {@code null}
 * @param authenticatorSecret the TOTP secret of the user's authenticator app, or {@code null}; never shown again
 * @param questions           registered security questions with hashed answers
 * @param confirmedAt         when the user last registered or confirmed their methods, or {@code null} (never, as
 *                            for methods an administrator pre-filled)
 */
public record Enrollment(String userId, String alternateEmail, String mobilePhone, byte[] authenticatorSecret,
        List<RegisteredQuestion> questions, Instant confirmedAt) {

    public Enrollment {
        Objects.requireNonNull(userId, "userId");
        authenticatorSecret = authenticatorSecret == null ? null : authenticatorSecret.clone();
        questions = List.copyOf(questions);
    }

    /** Nothing registered. */
    public static Enrollment none(String userId) {
        return new Enrollment(userId, null, null, null, List.of(), null);
    }

    @Override
    public byte[] authenticatorSecret() {
        return authenticatorSecret == null ? null : authenticatorSecret.clone();
    }

    public boolean hasAuthenticator() {
        return authenticatorSecret != null;
    }

    /** Whether nothing at all is registered. */
    public boolean isEmpty() {
        return alternateEmail == null && mobilePhone == null && authenticatorSecret == null && questions.isEmpty();
    }

    public Enrollment withAlternateEmail(String email) {
        return new Enrollment(userId, email, mobilePhone, authenticatorSecret, questions, confirmedAt);
    }

    public Enrollment withMobilePhone(String phone) {
        return new Enrollment(userId, alternateEmail, phone, authenticatorSecret, questions, confirmedAt);
    }

    public Enrollment withAuthenticatorSecret(byte[] secret) {
        return new Enrollment(userId, alternateEmail, mobilePhone, secret, questions, confirmedAt);
    }

    public Enrollment withQuestions(List<RegisteredQuestion> registered) {
        return new Enrollment(userId, alternateEmail, mobilePhone, authenticatorSecret, registered, confirmedAt);
    }

    public Enrollment confirmedAt(Instant when) {
        return new Enrollment(userId, alternateEmail, mobilePhone, authenticatorSecret, questions, when);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Enrollment that && userId.equals(that.userId)
                && Objects.equals(alternateEmail, that.alternateEmail) && Objects.equals(mobilePhone, that.mobilePhone)
                && java.util.Arrays.equals(authenticatorSecret, that.authenticatorSecret)
                && questions.equals(that.questions) && Objects.equals(confirmedAt, that.confirmedAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(userId, alternateEmail, mobilePhone, java.util.Arrays.hashCode(authenticatorSecret),
                questions, confirmedAt);
    }

    @Override
    public String toString() {
        return "Enrollment[" + userId + ", email=" + (alternateEmail != null) + ", phone=" + (mobilePhone != null)
                + ", authenticator=" + hasAuthenticator() + ", questions=" + questions.size() + "]";
    }

    /**
     * A security question and the hash of its answer.
     *
     * @param questionKey the message key of one of the admin's questions, or {@value #CUSTOM} and the user's own text
     * @param answerHash  the answer's PBKDF2 hash (as made by {@code SecurityAnswers})
     */
    public record RegisteredQuestion(String questionKey, String answerHash) {

        /** The prefix of a question the user wrote themselves. */
        public static final String CUSTOM = "custom:";

        public RegisteredQuestion {
            Objects.requireNonNull(questionKey, "questionKey");
            Objects.requireNonNull(answerHash, "answerHash");
        }

        /** The key of a question the user wrote: its text after {@link #CUSTOM}. */
        public static String custom(String text) {
            return CUSTOM + text;
        }

        /** The user's own text when the key is a custom question, else {@code null}. */
        public static String customText(String questionKey) {
            return questionKey.startsWith(CUSTOM) ? questionKey.substring(CUSTOM.length()) : null;
        }

        @Override
        public String toString() {
            return "RegisteredQuestion[" + (customText(questionKey) == null ? questionKey : "custom") + "]";
        }
    }
}
