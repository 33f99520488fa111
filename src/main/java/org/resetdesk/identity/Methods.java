package org.resetdesk.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.resetdesk.directory.DirectoryUser;
import org.resetdesk.enrollment.Enrollment;
import org.resetdesk.verification.VerificationMethod;
import org.resetdesk.verification.VerificationProperties;

/** Which verification methods a person can use, and how flow files name them. Pure; thread-safe. */
public final class Methods {

    /** Option ids of the choose-method states, in display order. */
    static final Map<String, VerificationMethod> BY_OPTION = orderedOptions();

    private final VerificationProperties policy;

    public Methods(VerificationProperties policy) {
        this.policy = policy;
    }

    private static Map<String, VerificationMethod> orderedOptions() {
        Map<String, VerificationMethod> options = new java.util.LinkedHashMap<>();
        options.put("email", VerificationMethod.EMAIL_CODE);
        options.put("sms", VerificationMethod.SMS_CODE);
        options.put("authenticator", VerificationMethod.AUTHENTICATOR);
        options.put("questions", VerificationMethod.SECURITY_QUESTIONS);
        return java.util.Collections.unmodifiableMap(options);
    }

    /** What an employee may use by policy: offered to everyone on anonymous channels before any proof. */
    List<VerificationMethod> publicList() {
        return inOrder(policy.requirementFor(false).allowed());
    }

    /** The methods the session's account registered and the policy lets it use; none for a decoy. */
    public List<VerificationMethod> usable(ResetSession session) {
        return session.user().map(user -> usable(user, session.enrollment())).orElse(List.of());
    }

    /**
     * The methods {@code user} registered and the policy lets them use. {@code user}'s contacts are the ones in force
     * (see {@link #withRegisteredContacts}).
     */
    public List<VerificationMethod> usable(DirectoryUser user, Enrollment enrollment) {
        List<VerificationMethod> usable = new ArrayList<>();
        for (VerificationMethod method : inOrder(policy.requirementFor(user.administrator()).allowed())) {
            boolean registered = switch (method) {
                case EMAIL_CODE -> user.contacts().alternateEmail() != null;
                case SMS_CODE -> user.contacts().mobilePhone() != null;
                case AUTHENTICATOR -> enrollment.hasAuthenticator();
                case SECURITY_QUESTIONS -> enrollment.questions().size() >= policy.questions().asked();
            };
            if (registered) {
                usable.add(method);
            }
        }
        return usable;
    }

    /** Whether {@code user} can prove as many methods as the policy requires of them. */
    boolean enough(DirectoryUser user, Enrollment enrollment) {
        return usable(user, enrollment).size() >= policy.requirementFor(user.administrator()).required();
    }

    /**
     * The account with the contacts in force: an alternate email or phone registered with ResetDesk takes the place
     * of the directory's, which stays in use where nothing was registered.
     */
    public static DirectoryUser withRegisteredContacts(DirectoryUser user, Enrollment enrollment) {
        DirectoryUser.Contacts directory = user.contacts();
        return user.withContacts(new DirectoryUser.Contacts(
                enrollment.alternateEmail() != null ? enrollment.alternateEmail() : directory.alternateEmail(),
                enrollment.mobilePhone() != null ? enrollment.mobilePhone() : directory.mobilePhone()));
    }

    private static List<VerificationMethod> inOrder(java.util.Collection<VerificationMethod> methods) {
        return BY_OPTION.values().stream().filter(methods::contains).toList();
    }
}
