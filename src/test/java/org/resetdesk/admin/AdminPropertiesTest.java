package org.resetdesk.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AdminPropertiesTest {

    @Test
    void token_shorterThan24Characters_failsNamingTheSetting() {
        assertThatThrownBy(() -> new AdminProperties("short-token"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("resetdesk.admin.token must have at least 24 characters");
    }

    @Test
    void token_blank_meansSwitchedOff() {
        assertThat(new AdminProperties("   ").token()).isNull();
    }

    @Test
    void adminToken_acceptsOnlyTheExactBearerToken() {
        AdminToken token = new AdminToken("test-admin-token-0123456789abcdef");

        assertThat(token.accepts("Bearer test-admin-token-0123456789abcdef")).isTrue();
        assertThat(token.accepts("bearer test-admin-token-0123456789abcdef")).isTrue();
        assertThat(token.accepts("Bearer test-admin-token-0123456789abcde")).isFalse();
        assertThat(token.accepts("Basic test-admin-token-0123456789abcdef")).isFalse();
        assertThat(token.accepts(null)).isFalse();
    }
}
