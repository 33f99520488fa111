package org.resetdesk.registration;

import java.util.List;
import java.util.Objects;

import org.resetdesk.enrollment.Enrollment;

/**
 * What one conversation's registration holds between turns, on the server only: whether its proof allows changes,
 * and the change under way (a contact waiting for its code, an authenticator key waiting for its first code, security
 * questions being answered). Answers are kept only as hashes.
 *
 * @param correlationId the flow run it belongs to
 * @param granted       whether this run may change the account's methods
 * @param contact       the contact a code was sent to, or {@code null}
 * @param totpSecret    the authenticator key shown to the user, or {@code null}
 * @param questions     the questions answered so far in this round, answers hashed
 * @param questionKey   the question being answered now, or {@code null}
 */
record Draft(String correlationId, boolean granted, PendingContact contact, byte[] totpSecret,
        List<Enrollment.RegisteredQuestion> questions, String questionKey) {

    Draft {
        Objects.requireNonNull(correlationId, "correlationId");
        questions = List.copyOf(questions);
    }

    static Draft fresh(String correlationId) {
        return new Draft(correlationId, false, null, null, List.of(), null);
    }

    Draft withGrant() {
        return new Draft(correlationId, true, contact, totpSecret, questions, questionKey);
    }

    Draft withContact(PendingContact pending) {
        return new Draft(correlationId, granted, pending, totpSecret, questions, questionKey);
    }

    Draft withTotpSecret(byte[] secret) {
        return new Draft(correlationId, granted, contact, secret, questions, questionKey);
    }

    Draft withQuestions(List<Enrollment.RegisteredQuestion> answered, String asking) {
        return new Draft(correlationId, granted, contact, totpSecret, answered, asking);
    }

    /** Only the change under way is dropped; the grant stays. */
    Draft cleared() {
        return new Draft(correlationId, granted, null, null, List.of(), null);
    }

    @Override
    public String toString() {
        return "Draft[" + correlationId + ", granted=" + granted + "]";
    }

    /** A contact waiting for the code sent to it. */
    record PendingContact(ContactKind kind, String value) {
        @Override
        public String toString() {
            return "PendingContact[" + kind + "]";
        }
    }
}
