package org.resetdesk.reset;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.resetdesk.directory.DirectoryUser;
import org.resetdesk.enrollment.Enrollment;
import org.resetdesk.enrollment.EnrollmentStore;
import org.resetdesk.verification.VerificationMethod;
import org.resetdesk.verification.VerificationProperties;

/** Which verification methods a person can use, and how flow files name them. */
final class Methods {

    /** Option ids of the choose-method states, in display order. */
    static final Map<String, VerificationMethod> BY_OPTION = orderedOptions();

    private final VerificationProperties policy;
    private final EnrollmentStore enrollments;

    Methods(VerificationProperties policy, EnrollmentStore enrollments) {
        this.policy = policy;
        this.enrollments = enrollments;
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

    /** The methods {@code user} registered and the policy lets them use. */
    List<VerificationMethod> usable(DirectoryUser user) {
        Optional<Enrollment> enrollment = enrollments.find(user.id());
        List<VerificationMethod> usable = new ArrayList<>();
        for (VerificationMethod method : inOrder(policy.requirementFor(user.administrator()).allowed())) {
            boolean registered = switch (method) {
                case EMAIL_CODE -> user.contacts().alternateEmail() != null;
                case SMS_CODE -> user.contacts().mobilePhone() != null;
                case AUTHENTICATOR -> enrollment.map(Enrollment::hasAuthenticator).orElse(false);
                case SECURITY_QUESTIONS -> enrollment.map(e -> e.questions().size()).orElse(0)
                        >= policy.questions().asked();
            };
            if (registered) {
                usable.add(method);
            }
        }
        return usable;
    }

    /** Whether {@code user} can prove as many methods as the policy requires of them. */
    boolean enough(DirectoryUser user) {
        return usable(user).size() >= policy.requirementFor(user.administrator()).required();
    }

    Optional<Enrollment> enrollment(String userId) {
        return enrollments.find(userId);
    }

    private static List<VerificationMethod> inOrder(java.util.Collection<VerificationMethod> methods) {
        return BY_OPTION.values().stream().filter(methods::contains).toList();
    }
}
