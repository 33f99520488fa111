package org.resetdesk.reset;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.resetdesk.MutableClock;
import org.resetdesk.TestClockConfiguration;
import org.resetdesk.channel.ChatDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * The limits cannot tell a real account from an unknown name: whatever spelling of a name is typed (case, spaces
 * for punctuation, a trailing dot), a real name and an unknown one behave the same under every limit.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestClockConfiguration.class)
class LimitsAcrossSpellingsTest {

    private static final String REAL = "john.doe@contoso.example";
    private static final String UNKNOWN = "jane.nobody@contoso.example";

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Test
    void tenCodeRequests_limitEverySpellingOfARealNameAsOfAnUnknownOne() {
        assertThat(afterTenCodes(REAL, "john doe contoso example"))
                .isEqualTo(afterTenCodes(UNKNOWN, "jane nobody contoso example"))
                .anySatisfy(reply -> assertThat(reply).contains("can't accept more attempts"));
        assertThat(afterTenCodes(REAL, "John.Doe@Contoso.Example."))
                .isEqualTo(afterTenCodes(UNKNOWN, "Jane.Nobody@Contoso.Example."));
    }

    @Test
    void fiveWrongCodes_blockEverySpellingOfARealNameAsOfAnUnknownOne() {
        assertThat(afterFiveWrongCodes(REAL, REAL + "."))
                .isEqualTo(afterFiveWrongCodes(UNKNOWN, UNKNOWN + "."))
                .anySatisfy(reply -> assertThat(reply).contains("can't accept more attempts"));
    }

    /** Ten codes for {@code name}, each in its own conversation; then what a code request for {@code variant} gets. */
    private List<String> afterTenCodes(String name, String variant) {
        return afterAttempts(10, name, null, variant);
    }

    /** Five wrong codes for {@code name}; then what a code request for {@code variant} gets. */
    private List<String> afterFiveWrongCodes(String name, String variant) {
        return afterAttempts(5, name, "00000000", variant);
    }

    /** {@code count} code requests for {@code name} (each answered with {@code wrongCode} if given). */
    private List<String> afterAttempts(int count, String name, String wrongCode, String variant) {
        clock.advance(Duration.ofDays(2));
        for (int i = 0; i < count; i++) {
            ChatDriver chat = new ChatDriver(port, "en-US");
            chat.say("reset my password");
            chat.say(name);
            chat.say("Code by email");
            if (wrongCode != null) {
                chat.say(wrongCode);
            }
        }
        return codeRequest(variant);
    }

    private List<String> codeRequest(String variant) {
        ChatDriver chat = new ChatDriver(port, "en-US");
        chat.say("reset my password");
        chat.say(variant);
        // The clock moved on between the two names; the time a block ends is masked.
        return chat.say("Code by email").stream().map(reply -> reply.replace(variant, "{name}")
                .replaceAll("\\*\\*\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} UTC\\*\\*", "{until}")).toList();
    }
}
