package org.resetdesk.password;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * NIST's context-specific words: the normalised password must not contain the service's name, the organisation's
 * name, or the user's first name, last name or user name (UPN local part and its pieces), each of
 * {@value #MIN_LENGTH} or more characters.
 */
final class ContextWordsRule implements PasswordRule {

    static final int MIN_LENGTH = 4;

    private final Set<String> fixedTerms;

    ContextWordsRule(String serviceName, String organisationName) {
        Set<String> terms = new LinkedHashSet<>();
        PasswordUser.addTerm(terms, serviceName, MIN_LENGTH);
        PasswordUser.addTerm(terms, organisationName, MIN_LENGTH);
        this.fixedTerms = Set.copyOf(terms);
    }

    @Override
    public List<Rejection> check(PasswordCandidate candidate) {
        String normalised = candidate.normalised();
        Set<String> terms = candidate.user().contextTerms(MIN_LENGTH);
        terms.addAll(fixedTerms);
        for (String term : terms) {
            if (normalised.contains(term)) {
                return List.of(Rejection.of(RejectionReason.CONTEXT_WORDS));
            }
        }
        return List.of();
    }
}
