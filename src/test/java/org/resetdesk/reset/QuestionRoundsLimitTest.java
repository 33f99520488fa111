package org.resetdesk.reset;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.resetdesk.MutableClock;
import org.resetdesk.TestClockConfiguration;
import org.resetdesk.channel.ChatDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * A round of security questions counts as a failed proof from the moment it is asked until it is passed: leaving it
 * half answered (another method, another conversation) does not give the questions away for free.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestClockConfiguration.class)
class QuestionRoundsLimitTest {

    /** Ana Popescu's registered answers (demo directory). */
    private static final Map<String, String> ANSWERS = Map.of("city", "Brașov", "friend", "Ioana", "pet", "Azor");

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Test
    void roundsLeftForAnotherMethod_countAsFailures_andTheRightAnswersAfterwardsDoNotPass() {
        clock.advance(Duration.ofDays(2));
        ChatDriver chat = start("E1001");
        for (int round = 0; round < 5; round++) {
            chat.say("Security questions (not for administrators)");
            chat.say("junk");
            chat.say("Use another method");
        }

        List<String> sixth = chat.say("Security questions (not for administrators)");

        assertThat(String.join("\n", sixth)).contains("can't accept more attempts");
        ChatDriver later = start("ana.popescu@contoso.example");
        assertThat(String.join("\n", answerRightly(later))).doesNotContain("confirmed");
    }

    @Test
    void roundsAbandonedInOtherConversations_countAsFailures() {
        clock.advance(Duration.ofDays(2));
        for (int round = 0; round < 5; round++) {
            ChatDriver chat = start("ana.popescu@contoso.example");
            chat.say("Security questions (not for administrators)");
            chat.say("junk");
        }

        assertThat(String.join("\n", answerRightly(start("ana.popescu@contoso.example"))))
                .contains("can't accept more attempts").doesNotContain("confirmed");
    }

    @Test
    void fiveRoundsWalkedAwayFrom_blockForADay_notJustForTheHour() {
        clock.advance(Duration.ofDays(2));
        for (int round = 0; round < 5; round++) {
            start("ana.popescu@contoso.example").say("Security questions (not for administrators)");
        }
        assertThat(String.join("\n", start("E1001").say("Security questions (not for administrators)")))
                .contains("can't accept more attempts");

        clock.advance(Duration.ofHours(2));

        assertThat(String.join("\n", answerRightly(start("ana.popescu@contoso.example"))))
                .contains("can't accept more attempts").doesNotContain("confirmed");
    }

    @Test
    void aRoundAnsweredRightly_passesAndCostsNothing() {
        clock.advance(Duration.ofDays(2));
        for (int attempt = 0; attempt < 6; attempt++) {
            ChatDriver chat = start("ana.popescu@contoso.example");
            assertThat(String.join("\n", answerRightly(chat))).contains("confirmed");
            chat.say("cancel");
        }
    }

    private ChatDriver start(String account) {
        ChatDriver chat = new ChatDriver(port, "en-US");
        chat.say("reset my password");
        chat.say(account);
        return chat;
    }

    private List<String> answerRightly(ChatDriver chat) {
        List<String> replies = chat.say("Security questions (not for administrators)");
        for (int question = 0; question < 3; question++) {
            String asked = String.join("\n", replies);
            if (asked.contains("can't accept more attempts")) {
                return replies;
            }
            replies = chat.say(answerTo(asked));
        }
        return replies;
    }

    private static String answerTo(String asked) {
        if (asked.contains("city")) {
            return ANSWERS.get("city");
        }
        return asked.contains("friend") ? ANSWERS.get("friend") : ANSWERS.get("pet");
    }
}
