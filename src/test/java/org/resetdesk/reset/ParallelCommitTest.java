package org.resetdesk.reset;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.resetdesk.MutableClock;
import org.resetdesk.TestClockConfiguration;
import org.resetdesk.channel.ChatDriver;
import org.resetdesk.notify.outbox.OutboxCodes;
import org.resetdesk.notify.outbox.OutboxNotifier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * One proof, one reset session, one link: exactly one change, whatever arrives at the same moment; and a link
 * changes only the account it was issued for.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestClockConfiguration.class)
class ParallelCommitTest {

    private static final String CHANGED = "was changed through ResetDesk";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @LocalServerPort
    int port;

    @Autowired
    OutboxNotifier outbox;

    @Autowired
    MutableClock clock;

    @BeforeEach
    void forgetThrottlesOfEarlierTests() {
        clock.advance(Duration.ofDays(2));
    }

    @Test
    void fiftyParallelCardSubmits_inOneVerifiedConversation_changeThePasswordOnce() throws Exception {
        ChatDriver chat = new ChatDriver(port, "en-US");
        chat.say("reset my password");
        chat.say(ResetChat.JOHN);
        chat.say("Code by email");
        chat.say(OutboxCodes.newest(outbox));
        chat.say("Type it in a secure form");
        long noticesBefore = notices();

        List<String> replies = parallel(50, () -> String.join("\n", chat.submit(Map.of(
                "password", "Marble-Orbit-Lantern-61", "confirm", "Marble-Orbit-Lantern-61"))));

        assertThat(replies.stream().filter(reply -> reply.contains("Done: your password was changed")))
                .hasSize(1);
        assertThat(notices() - noticesBefore).as("change notices").isEqualTo(1);
    }

    @Test
    void twentyParallelPostsToOneLink_changeThePasswordOnce() throws Exception {
        URI link = ResetChat.linkForJohn(port, outbox, "en-US", "reset my password");
        long noticesBefore = notices();

        List<Integer> statuses = parallel(20, () -> post(link, "Marble-Orbit-Lantern-62").statusCode());

        assertThat(statuses.stream().filter(status -> status == 200)).hasSize(1);
        assertThat(notices() - noticesBefore).as("change notices").isEqualTo(1);
    }

    @Test
    void aLinkIssuedForJohn_afterTheConversationProvedAna_changesNobody() throws Exception {
        ResetChat chat = new ResetChat(port, outbox, "en-US");
        chat.say("reset my password");
        chat.say(ResetChat.JOHN);
        chat.say("Code by email");
        chat.say(chat.emailedCode());
        URI johnsLink = chat.link(chat.say("Get a secure link"));
        chat.say("reset my password");
        chat.say("ana.popescu@contoso.example");
        chat.say("Code by email");
        assertThat(chat.say(chat.emailedCode())).contains("confirmed");
        long noticesBefore = notices();

        HttpResponse<String> page = post(johnsLink, "Marble-Orbit-Lantern-63");

        assertThat(page.statusCode()).isEqualTo(410);
        assertThat(notices()).as("no account was changed").isEqualTo(noticesBefore);
    }

    private long notices() {
        return outbox.newestFirst().stream().filter(message -> message.notification().body().contains(CHANGED)).count();
    }

    private HttpResponse<String> post(URI link, String password) throws Exception {
        String form = "password=" + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&confirm="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return http.send(HttpRequest.newBuilder(link).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Runs {@code count} copies of {@code work} released at the same moment; their results. */
    private static <T> List<T> parallel(int count, Callable<T> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return work.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
