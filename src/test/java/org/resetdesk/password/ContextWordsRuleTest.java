package org.resetdesk.password;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContextWordsRuleTest {

    private static final PasswordUser ANA = new PasswordUser("Ana", "Popescu", "ana.popescu@contoso.example");

    private final ContextWordsRule rule = new ContextWordsRule("ResetDesk", "Contoso");

    private boolean refused(String password, PasswordUser user) {
        return rule.check(new PasswordCandidate(password, user, false)).stream()
                .anyMatch(r -> r.reason() == RejectionReason.CONTEXT_WORDS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"my resetdesk password is long", "welcome to c0nt0so land", "ana.popescu rocks hard",
            "the POPESCU family garden", "Ștefan Popescu's old bike"})
    void check_containsServiceOrganisationOrUserTerms_isRefused(String password) {
        assertThat(refused(password, ANA)).isTrue();
    }

    @Test
    void check_firstNameOfThreeLetters_isNotAContextWord() {
        assertThat(refused("banana split with extra cream", ANA)).isFalse();
    }

    @Test
    void check_otherUsersName_passes() {
        assertThat(refused("the popescu family garden", new PasswordUser("John", "Doe", "john.doe@contoso.example")))
                .isFalse();
    }
}
