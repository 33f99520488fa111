package org.resetdesk.reset;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.resetdesk.MutableClock;
import org.resetdesk.TestClockConfiguration;
import org.resetdesk.channel.ChatDriver;
import org.resetdesk.notify.outbox.OutboxNotifier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * On an anonymous channel nobody can tell from the replies whether an account exists, is disabled, or has the chosen
 * method: a real account and names that are not usable go through the same words, turn by turn.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestClockConfiguration.class)
class AccountEnumerationTest {

    /** The same conversation for every name: each method, a wrong code or answer, and back. */
    private static final List<String> SCRIPT = List.of("reset my password", "{name}", "Code by email", "12345678",
            "Use another method", "Code by SMS", "Send a new code", "Use another method", "Authenticator app", "123456",
            "Use another method", "Security questions (not for administrators)", "Iasi", "Brasov", "Azor");

    @LocalServerPort
    int port;

    @Autowired
    OutboxNotifier outbox;

    @Autowired
    MutableClock clock;

    @Test
    void unknownDisabledAndUnregisteredAccounts_getTheSameRepliesAsARealOne() {
        List<String> real = run("john.doe@contoso.example");
        int sentForReal = outbox.newestFirst().size();

        List<String> unknown = run("no.such.person@contoso.example");
        List<String> disabled = run("disabled.user@contoso.example");
        List<String> nothingRegistered = run("no.methods@contoso.example");

        assertThat(unknown).isEqualTo(real);
        assertThat(disabled).isEqualTo(real);
        assertThat(nothingRegistered).isEqualTo(real);
        assertThat(outbox.newestFirst()).as("no notification for names that are not usable").hasSize(sentForReal);
    }

    @Test
    void theDecoyQuestionsOfAName_stayTheSameAcrossConversations() {
        List<String> first = questionsAsked("somebody.else@contoso.example");
        assertThat(first).as(first.toString()).hasSize(3).doesNotHaveDuplicates();

        // A decoy name appears to have 3 to 5 registered questions and each round asks 3 of them, so however many
        // rounds run, the questions asked stay within one small set, as for a real account. A random pick each
        // time would give decoys away: a dozen rounds would show more than 5 different questions.
        java.util.Set<String> asked = new java.util.LinkedHashSet<>(first);
        for (int round = 0; round < 12; round++) {
            asked.addAll(questionsAsked("somebody.else@contoso.example"));
        }
        assertThat(asked.size()).as("questions a decoy name appears to have registered: %s", asked).isBetween(3, 5);
    }

    @Test
    void theDecoyQuestionsOfAName_areTheSameForEverySpellingOfIt() {
        java.util.Set<String> asked = new java.util.LinkedHashSet<>();
        List<String> spellings = List.of("somebody.other@contoso.example", "Somebody.Other@Contoso.Example.",
                "somebody other contoso example", " SOMEBODY-OTHER@contoso.example ");
        for (int round = 0; round < 4; round++) {
            for (String spelling : spellings) {
                asked.addAll(questionsAsked(spelling));
            }
        }
        assertThat(asked.size()).as("questions the spellings of one name appear to have: %s", asked).isBetween(3, 5);
    }

    private List<String> questionsAsked(String name) {
        clock.advance(Duration.ofDays(2));
        ChatDriver chat = new ChatDriver(port, "en-US");
        chat.say("reset my password");
        chat.say(name);
        List<String> asked = new ArrayList<>();
        asked.add(last(chat.say("Security questions (not for administrators)")));
        asked.add(last(chat.say("first answer")));
        asked.add(last(chat.say("second answer")));
        return asked.stream().map(text -> text.replaceAll("^Question \\d of \\d: ", "")).toList();
    }

    private static String last(List<String> replies) {
        return replies.get(replies.size() - 1);
    }

    /** The bot's replies, with the name typed and the security questions' wording (which differ by name) masked. */
    private List<String> run(String name) {
        clock.advance(Duration.ofDays(2));
        ChatDriver chat = new ChatDriver(port, "en-US");
        List<String> replies = new ArrayList<>();
        for (String line : SCRIPT) {
            for (String reply : chat.say(line.replace("{name}", name))) {
                replies.add(reply.replace(name, "{name}").replaceAll("\\*\\*[^*]+\\?\\*\\*", "**{question}**"));
            }
        }
        return replies;
    }
}
