package org.resetdesk.webchat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.resetdesk.MutableClock;

class DirectLineTokensTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T08:00:00Z"));
    private final WebChatProperties properties = new WebChatProperties("0123456789abcdef0123456789abcdef",
            Duration.ofMinutes(30), Duration.ofMinutes(30), 100, 50, 262144, 0L, 32768, 20, List.of());
    private final DirectLineTokens tokens = new DirectLineTokens(properties, clock);

    @Test
    void verify_freshToken_grantsItsConversationAndUser() {
        String signed = tokens.sign(tokens.grant("conv1", "dl_user"));

        assertThat(tokens.verify(signed)).hasValueSatisfying(token -> {
            assertThat(token.conversationId()).isEqualTo("conv1");
            assertThat(token.userId()).isEqualTo("dl_user");
        });
    }

    @Test
    void verify_afterLifetime_isRejected() {
        String signed = tokens.sign(tokens.grant("conv1", "dl_user"));

        clock.advance(Duration.ofMinutes(30));

        assertThat(tokens.verify(signed)).isEmpty();
    }

    @Test
    void verify_tamperedPayload_isRejected() {
        String signed = tokens.sign(tokens.grant("conv1", "dl_user"));
        String other = tokens.sign(tokens.grant("conv2", "dl_user"));
        String forged = other.substring(0, other.indexOf('.')) + signed.substring(signed.indexOf('.'));

        assertThat(tokens.verify(forged)).isEmpty();
    }

    @Test
    void verify_tokenFromAnotherKey_isRejected() {
        DirectLineTokens otherKey = new DirectLineTokens(new WebChatProperties(null, Duration.ofMinutes(30),
                Duration.ofMinutes(30), 100, 50, 262144, 0L, 32768, 20, List.of()), clock);

        assertThat(tokens.verify(otherKey.sign(otherKey.grant("conv1", "dl_user")))).isEmpty();
    }

    @Test
    void verify_garbage_isRejectedWithoutException() {
        assertThat(tokens.verify("not a token")).isEmpty();
        assertThat(tokens.verify("a.b")).isEmpty();
        assertThat(tokens.verify(".")).isEmpty();
        assertThat(tokens.verify(null)).isEmpty();
    }

    @Test
    void properties_shortSecret_failsNamingTheSetting() {
        assertThatThrownBy(() -> new WebChatProperties("short", Duration.ofMinutes(30), Duration.ofMinutes(30), 100,
                50, 262144, 0L, 32768, 20, List.of()))
                .hasMessageContaining("resetdesk.webchat.token-secret");
    }

    @Test
    void properties_lifetimeShorterThanWebChatsRefresh_failsNamingTheSetting() {
        assertThatThrownBy(() -> new WebChatProperties(null, Duration.ofMinutes(10), Duration.ofMinutes(30), 100,
                50, 262144, 0L, 32768, 20, List.of()))
                .hasMessageContaining("resetdesk.webchat.token-lifetime");
    }

    @Test
    void properties_originWithPath_failsNamingTheSetting() {
        assertThatThrownBy(() -> new WebChatProperties(null, Duration.ofMinutes(30), Duration.ofMinutes(30), 100,
                50, 262144, 0L, 32768, 20, List.of("https://intranet.contoso.example/page")))
                .hasMessageContaining("resetdesk.webchat.allowed-origins");
    }
}
