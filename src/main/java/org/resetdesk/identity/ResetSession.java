package org.resetdesk.identity;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.resetdesk.audit.AuditEvent;
import org.resetdesk.directory.DirectoryUser;
import org.resetdesk.enrollment.Enrollment;
import org.resetdesk.verification.VerificationMethod;

/**
 * What one conversation has established in a reset or unlock flow. Kept on the server only ({@link ResetSessions}),
 * never in conversation state, so no flow file or client can forge it: a change is committed only for the account
 * named here, once {@link #proven} holds enough methods, within the session's lifetime.
 *
 * @param correlationId ties the flow's audit events and log lines together; shown to the user as a reference
 * @param flow          the flow that started the session
 * @param startedAt     when the account was named
 * @param subjectKey    the key throttles and code limits count under: the directory id, or for an account that does
 *                      not exist (or may not be told apart) a key derived from the typed name
 * @param typedName     the name the user typed; never shown back on anonymous channels
 * @param nameKey       the key of the name typed ({@code NameKeys}): every spelling of a name has the same one
 * @param user          the directory account, or empty for a decoy (unknown, disabled, nothing usable registered);
 *                      its contacts are those registered with ResetDesk where there are any, else the directory's
 * @param enrollment    what the account registered with ResetDesk, as read when the account was named (nothing for
 *                      a decoy)
 * @param trusted       whether the channel vouches that the person chatting owns this account (the signed-in Teams
 *                      user naming their own account): only then may replies show masked contacts or say that an
 *                      account is unknown
 * @param proven        the methods proven so far in this session
 * @param codeMethod    the method the last one-time code was sent by, or {@code null}
 * @param questions     the security questions asked in the current round (message keys), or empty
 * @param answered      how many of them have been answered in this round
 * @param answersRight  whether every answer of this round so far was right
 */
public record ResetSession(String correlationId, AuditEvent.Flow flow, Instant startedAt, String subjectKey,
        String typedName, String nameKey, Optional<DirectoryUser> user, Enrollment enrollment, boolean trusted,
        Set<VerificationMethod> proven,
        VerificationMethod codeMethod, List<String> questions, int answered, boolean answersRight) {

    public ResetSession {
        Objects.requireNonNull(correlationId, "correlationId");
        Objects.requireNonNull(subjectKey, "subjectKey");
        Objects.requireNonNull(nameKey, "nameKey");
        Objects.requireNonNull(enrollment, "enrollment");
        proven = proven.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(proven));
        questions = List.copyOf(questions);
    }

    static ResetSession started(String correlationId, AuditEvent.Flow flow, Instant now, String subjectKey,
            String typedName, String nameKey, Optional<DirectoryUser> user, Enrollment enrollment, boolean trusted) {
        return new ResetSession(correlationId, flow, now, subjectKey, typedName, nameKey, user, enrollment, trusted,
                Set.of(), null, List.of(), 0, true);
    }

    /**
     * The keys the limits count this session's attempts under: the subject key and the key of the name typed. Both,
     * for a real account and a decoy alike, so that every spelling of a name ("John.Doe@…", "john doe …", a trailing
     * dot) meets the same limits whether or not an account stands behind it.
     */
    public List<String> limitKeys() {
        return nameKey.equals(subjectKey) ? List.of(subjectKey) : List.of(subjectKey, nameKey);
    }

    /**
     * What a change must name to use this session: the flow run that started it and the account it verified. A
     * password link or a card carries it, so that a later session of the same conversation (another account proven
     * since) is never the one changed.
     */
    public record Ref(String correlationId, String userId) {
    }

    public Ref ref() {
        return new Ref(correlationId, userId());
    }

    /** Whether the account is real and may be changed, as opposed to a decoy. */
    public boolean real() {
        return user.isPresent();
    }

    /** The directory id, or {@code null} for a decoy. */
    public String userId() {
        return user.map(DirectoryUser::id).orElse(null);
    }

    public boolean administrator() {
        return user.map(DirectoryUser::administrator).orElse(false);
    }

    ResetSession withProof(VerificationMethod method) {
        Set<VerificationMethod> all = EnumSet.noneOf(VerificationMethod.class);
        all.addAll(proven);
        all.add(method);
        return new ResetSession(correlationId, flow, startedAt, subjectKey, typedName, nameKey, user, enrollment,
                trusted, all, null, List.of(), 0, true);
    }

    /** The same session with the account as it is after a change of its registrations. */
    ResetSession withAccount(DirectoryUser changed, Enrollment registered) {
        return new ResetSession(correlationId, flow, startedAt, subjectKey, typedName, nameKey, Optional.of(changed),
                registered, trusted, proven, codeMethod, questions, answered, answersRight);
    }

    ResetSession withCodeSentBy(VerificationMethod method) {
        return new ResetSession(correlationId, flow, startedAt, subjectKey, typedName, nameKey, user, enrollment,
                trusted, proven, method, questions, answered, answersRight);
    }

    ResetSession askingQuestions(List<String> selected) {
        return new ResetSession(correlationId, flow, startedAt, subjectKey, typedName, nameKey, user, enrollment,
                trusted, proven, codeMethod, selected, 0, true);
    }

    ResetSession answered(boolean right) {
        return new ResetSession(correlationId, flow, startedAt, subjectKey, typedName, nameKey, user, enrollment,
                trusted, proven, codeMethod, questions, answered + 1, answersRight && right);
    }

    @Override
    public String toString() {
        return "ResetSession[" + correlationId + ", " + flow + ", real=" + real() + ", proven=" + proven + "]";
    }
}
