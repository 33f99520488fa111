package org.resetdesk.reset;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.resetdesk.MutableClock;
import org.resetdesk.TestClockConfiguration;
import org.resetdesk.channel.ChatDriver;
import org.resetdesk.directory.DirectoryAdapter;
import org.resetdesk.directory.DirectoryFailure;
import org.resetdesk.directory.demo.DemoDirectory;
import org.resetdesk.directory.demo.DemoDirectoryProperties;
import org.resetdesk.notify.outbox.OutboxCodes;
import org.resetdesk.notify.outbox.OutboxNotifier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * What the user is told when the directory cannot say or do: a change sent without an answer in time "may not have
 * happened", an account managed on-premises cannot be changed here, and a directory that cannot unlock (Entra ID)
 * says so and offers a reset.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({TestClockConfiguration.class, UncertainChangesTest.UncertainDirectory.class})
class UncertainChangesTest {

    private static final String JOHN = "2c4e8a1d-5f3b-4b6a-8d27-1e9c0b5a4f02";

    @LocalServerPort
    int port;

    @Autowired
    OutboxNotifier outbox;

    @Autowired
    MutableClock clock;

    /** The demo directory, except that John's change gets no answer, everyone else's is on-premises, no unlocks. */
    @TestConfiguration(proxyBeanMethods = false)
    static class UncertainDirectory {

        @Bean
        @Primary
        DirectoryAdapter uncertainDirectory(DemoDirectoryProperties properties, Clock clock) {
            DemoDirectory demo = DemoDirectory.open(properties, clock);
            return new DelegatingDirectory(demo) {
                @Override
                public CompletableFuture<Void> resetPassword(String userId, String password, boolean mustChange) {
                    return CompletableFuture.failedFuture(new DirectoryFailure(JOHN.equals(userId)
                            ? DirectoryFailure.Reason.OUTCOME_UNKNOWN : DirectoryFailure.Reason.SYNCED_ACCOUNT,
                            "test directory"));
                }

                @Override
                public CompletableFuture<Void> unlock(String userId) {
                    return CompletableFuture.failedFuture(new IllegalStateException("never called"));
                }

                @Override
                public boolean unlocks() {
                    return false;
                }
            };
        }
    }

    @Test
    void aChangeWithoutAnAnswer_isNeitherDoneNorNotChanged() {
        ChatDriver chat = verified("reset my password", "john.doe@contoso.example");
        chat.say("Type it in the chat");

        String reply = String.join("\n", chat.say("Marble-Orbit-Lantern-91"));

        assertThat(reply).contains("I can't tell whether your password was changed").containsPattern(
                "reference: [0-9a-f-]{36}").doesNotContain("Done").doesNotContain("**not** changed");
    }

    @Test
    void anAccountManagedOnPremises_isToldWhereToChangeIt() {
        ChatDriver chat = verified("reset my password", "ana.popescu@contoso.example");
        chat.say("Type it in the chat");

        assertThat(String.join("\n", chat.say("Marble-Orbit-Lantern-92")))
                .contains("managed by your company's on-premises directory");
    }

    @Test
    void aDirectoryThatCannotUnlock_saysSo_andOffersAReset() {
        ChatDriver chat = verified("Unlock my account", "locked.user@contoso.example");

        assertThat(String.join("\n", chat.say("no"))).contains("Nothing was changed");
        ChatDriver again = verified("Unlock my account", "locked.user@contoso.example");
        assertThat(String.join("\n", again.say("yes"))).contains("How would you like to set your new password?");
    }

    private ChatDriver verified(String start, String account) {
        clock.advance(java.time.Duration.ofDays(2));
        ChatDriver chat = new ChatDriver(port, "en-US");
        chat.say(start);
        chat.say(account);
        chat.say("Code by email");
        List<String> replies = chat.say(OutboxCodes.newest(outbox));
        assertThat(String.join("\n", replies)).contains("Thanks, that's confirmed.");
        if (start.startsWith("Unlock")) {
            assertThat(String.join("\n", replies)).contains("I can't unlock accounts in this directory");
        }
        return chat;
    }
}
