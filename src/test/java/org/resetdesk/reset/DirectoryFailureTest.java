package org.resetdesk.reset;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.resetdesk.TestClockConfiguration;
import org.resetdesk.audit.AuditEvent;
import org.resetdesk.audit.InMemoryAuditSink;
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

/** When the directory fails the change, the user is told it was not changed, with a reference; never success. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({TestClockConfiguration.class, DirectoryFailureTest.FailingChanges.class})
class DirectoryFailureTest {

    @LocalServerPort
    int port;

    @Autowired
    OutboxNotifier outbox;

    @Autowired
    InMemoryAuditSink audit;

    /** The demo directory, except that every change fails as an unreachable directory would. */
    @TestConfiguration(proxyBeanMethods = false)
    static class FailingChanges {

        @Bean
        @Primary
        DirectoryAdapter failingDirectory(DemoDirectoryProperties properties, Clock clock) {
            DemoDirectory demo = DemoDirectory.open(properties, clock);
            return new DelegatingDirectory(demo) {
                @Override
                public CompletableFuture<Void> resetPassword(String userId, String password, boolean mustChange) {
                    return CompletableFuture.failedFuture(new DirectoryFailure(DirectoryFailure.Reason.UNAVAILABLE,
                            "HTTP 503 from the directory"));
                }

                @Override
                public CompletableFuture<Void> unlock(String userId) {
                    return CompletableFuture.failedFuture(new DirectoryFailure(DirectoryFailure.Reason.THROTTLED,
                            "HTTP 429", java.time.Duration.ofSeconds(30), null));
                }
            };
        }
    }

    @Test
    void aFailedReset_isReportedAsNotChanged_withAReference_andNoChangeNotice() {
        ChatDriver chat = verified("reset my password", "john.doe@contoso.example");
        chat.say("Type it in the chat");
        int sentBefore = outbox.newestFirst().size();

        List<String> replies = chat.say("Marble-Orbit-Lantern-42");

        assertThat(replies).singleElement().asString().contains("Your password was **not** changed")
                .containsPattern("reference: [0-9a-f-]{36}").doesNotContain("Done");
        assertThat(outbox.newestFirst()).hasSize(sentBefore);
        assertThat(audit.events()).anySatisfy(event -> assertThat(event).isInstanceOfSatisfying(
                AuditEvent.DirectoryError.class, error -> assertThat(error.reason()).isEqualTo("UNAVAILABLE")));
    }

    @Test
    void aFailedUnlock_isReportedAsNotChanged() {
        ChatDriver chat = new ChatDriver(port, "en-US");
        chat.say("Unlock my account");
        chat.say("locked.user@contoso.example");
        chat.say("Code by email");

        List<String> replies = chat.say(OutboxCodes.newest(outbox));

        assertThat(String.join("\n", replies)).contains("Thanks, that's confirmed.").contains("was **not** changed")
                .doesNotContain("is unlocked");
    }

    private ChatDriver verified(String start, String account) {
        ChatDriver chat = new ChatDriver(port, "en-US");
        chat.say(start);
        chat.say(account);
        chat.say("Code by email");
        assertThat(chat.say(OutboxCodes.newest(outbox))).contains("Thanks, that's confirmed.");
        return chat;
    }
}
