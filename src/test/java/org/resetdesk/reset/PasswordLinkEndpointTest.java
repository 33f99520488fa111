package org.resetdesk.reset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.resetdesk.MutableClock;
import org.resetdesk.TestClockConfiguration;
import org.resetdesk.identity.ResetSessions;
import org.resetdesk.notify.outbox.OutboxNotifier;
import org.resetdesk.state.Leases;
import org.resetdesk.state.SharedMaps;
import org.resetdesk.verification.ProofThrottle;
import org.resetdesk.verification.ThrottleDecision;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * The page behind a password link, over real HTTP, with links from real chats: it shows the form, refuses what the
 * policy refuses, changes the password once, and is gone afterwards, after its lifetime, and for unknown tokens.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestClockConfiguration.class)
class PasswordLinkEndpointTest {

    private static final String GOOD_PASSWORD = "Marble-Orbit-Lantern-42";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    OutboxNotifier outbox;

    @Autowired
    ResetSessions sessions;

    @Autowired
    ProofThrottle throttle;

    @Autowired
    SharedMaps maps;

    @BeforeEach
    void forgetThrottlesOfEarlierTests() {
        clock.advance(Duration.ofDays(1));
    }

    private URI johnsLink() {
        return ResetChat.linkForJohn(port, outbox, "en-US", "I forgot my password");
    }

    @Test
    void get_showsTheFormWithThePolicyRulesInTheLanguageOfTheChat() throws Exception {
        HttpResponse<String> page = get(johnsLink());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("<html lang=\"en\">", "<title>Set your new password</title>",
                        "Type your new password twice.", "Use at least", "<form method=\"post\"",
                        "name=\"password\"", "name=\"confirm\"", ">New password</label>", ">Type it again</label>",
                        "autocomplete=\"new-password\" required maxlength=\"256\"", ">Set password</button>",
                        "href=\"../password.css\"")
                .doesNotContain("<script", "<style", " style=");
        assertThat(occurrences(page.body(), "<input type=\"password\"")).isEqualTo(2);
        assertPrivateHtml(page);
    }

    @Test
    void get_ofAChatInRomanian_showsTheRomanianPage() throws Exception {
        HttpResponse<String> page = get(ResetChat.linkForJohn(port, outbox, "ro-RO", "Am uitat parola"));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<html lang=\"ro\">", "Setează parola nouă", "Scrie-o din nou");
    }

    @Test
    void post_withDifferentPasswords_gives400AndTheFormAgainWithoutEchoingThem() throws Exception {
        URI link = johnsLink();

        HttpResponse<String> page = post(link, form("Lantern-Orbit-Marble-7", "Lantern-Orbit-Marble-8"));

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("The two passwords were empty or not the same.", "name=\"confirm\"")
                .doesNotContain("Lantern-Orbit-Marble");
        assertPrivateHtml(page);
        assertThat(get(link).statusCode()).as("the link still works").isEqualTo(200);
    }

    @Test
    void post_withBlankOrMissingFields_gives400() throws Exception {
        URI link = johnsLink();

        assertThat(post(link, form("", "")).statusCode()).isEqualTo(400);
        assertThat(post(link, form("   ", "   ")).statusCode()).isEqualTo(400);
        assertThat(post(link, "password=" + GOOD_PASSWORD).statusCode()).isEqualTo(400);
        assertThat(post(link, "").statusCode()).isEqualTo(400);
    }

    @Test
    void post_withAPasswordThePolicyRefuses_gives422ListingTheReasonAndChangesNothing() throws Exception {
        URI link = johnsLink();
        int sent = outbox.newestFirst().size();

        HttpResponse<String> page = post(link, form("Qz7!", "Qz7!"));

        assertThat(page.statusCode()).isEqualTo(422);
        assertThat(page.body()).contains("<ul class=\"problems\"", "<li>Your new password is too short",
                "name=\"password\"").doesNotContain("Qz7!");
        assertPrivateHtml(page);
        assertThat(outbox.newestFirst()).as("no change notice").hasSize(sent);
        assertThat(get(link).statusCode()).as("the link still works").isEqualTo(200);
    }

    @Test
    void post_withAGoodPassword_changesItSendsTheNoticeAndUsesTheLinkUp() throws Exception {
        URI link = johnsLink();

        HttpResponse<String> page = post(link, form(GOOD_PASSWORD, GOOD_PASSWORD));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Done: your password was changed.").doesNotContain(GOOD_PASSWORD, "<form");
        assertPrivateHtml(page);
        assertThat(outbox.newestFirst().get(0).notification().body()).contains("was changed through ResetDesk");
        assertThat(get(link).statusCode()).as("single use: the page").isEqualTo(410);
        assertThat(post(link, form(GOOD_PASSWORD, GOOD_PASSWORD)).statusCode()).as("single use: the form")
                .isEqualTo(410);
    }

    @Test
    void post_whileATurnOfTheSameConversationHoldsItsLeaseHere_clearsTheLimitsAtOnce_notWithThatTurnsRelease()
            throws Exception {
        ResetChat chat = new ResetChat(port, outbox, "en-US");
        URI link = chat.linkAsJohn("I forgot my password");
        String conversation = chat.conversationId();
        List<String> keys = sessions.current(conversation).orElseThrow().limitKeys();
        for (int failure = 0; failure < 5; failure++) {
            throttle.recordFailure(keys.get(0), conversation);
        }
        assertThat(throttle.check(keys, conversation)).isInstanceOf(ThrottleDecision.Blocked.class);
        CompletableFuture<Void> turnRuns = new CompletableFuture<>();
        CompletableFuture<Void> turn = aTurnHoldingTheLease(conversation, turnRuns);

        HttpResponse<String> page = post(link, form(GOOD_PASSWORD, GOOD_PASSWORD));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(throttle.check(keys, conversation)).as("cleared by the page itself, while the turn still runs")
                .isInstanceOf(ThrottleDecision.Allowed.class);
        turnRuns.complete(null);
        turn.get(10, TimeUnit.SECONDS);
    }

    /** A turn of {@code conversation} holding its lease on this instance (as with Redis) until {@code runs} ends. */
    private CompletableFuture<Void> aTurnHoldingTheLease(String conversation, CompletableFuture<Void> runs) {
        Leases leases = new Leases(maps, "link-page-test-turns", clock);
        CompletableFuture<Void> holds = new CompletableFuture<>();
        CompletableFuture<Void> turn = leases.serialized(conversation, () -> List.of(sessions.reading(conversation)),
                held -> {
                    sessions.held(conversation, held.reads().get(0), held);
                    holds.complete(null);
                    return runs.whenComplete((done, failure) -> sessions.released(conversation, held));
                });
        holds.join();
        return turn;
    }

    @Test
    void unknownToken_gives410WithTheInvalidLinkPage() throws Exception {
        URI unknown = URI.create("http://localhost:" + port + "/password/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");

        HttpResponse<String> page = get(unknown);

        assertThat(page.statusCode()).isEqualTo(410);
        assertThat(page.body()).contains("This link has expired or was already used.").doesNotContain("<form");
        assertPrivateHtml(page);
        assertThat(post(unknown, form(GOOD_PASSWORD, GOOD_PASSWORD)).statusCode()).isEqualTo(410);
    }

    @Test
    void unknownToken_speaksTheBrowsersLanguage() throws Exception {
        HttpResponse<String> page = send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/password/nothing-here"))
                .header("Accept-Language", "ro-RO,ro;q=0.9,en;q=0.8").GET());

        assertThat(page.statusCode()).isEqualTo(410);
        assertThat(page.body()).contains("<html lang=\"ro\">", "Acest link a expirat");
    }

    @Test
    void link_afterItsLifetime_gives410() throws Exception {
        URI link = johnsLink();

        clock.advance(Duration.ofMinutes(10).plusSeconds(1));

        assertThat(get(link).statusCode()).isEqualTo(410);
        assertThat(post(link, form(GOOD_PASSWORD, GOOD_PASSWORD)).statusCode()).isEqualTo(410);
    }

    @Test
    void link_whoseVerifiedSessionEnded_gives410AndChangesNothing() throws Exception {
        // The session lasts 15 minutes from naming the account, the link 10 minutes from asking for it.
        ResetChat chat = new ResetChat(port, outbox, "en-US");
        chat.say("I forgot my password");
        chat.say(ResetChat.JOHN);
        chat.say("1");
        clock.advance(Duration.ofMinutes(4));
        chat.say(chat.emailedCode());
        clock.advance(Duration.ofMinutes(4));
        URI link = chat.link(chat.say("Get a secure link"));
        clock.advance(Duration.ofMinutes(8));
        int sent = outbox.newestFirst().size();

        HttpResponse<String> page = post(link, form(GOOD_PASSWORD, GOOD_PASSWORD));

        assertThat(page.statusCode()).isEqualTo(410);
        assertThat(page.body()).contains("This link has expired or was already used.");
        assertThat(outbox.newestFirst()).as("no change notice").hasSize(sent);
        assertThat(get(link).statusCode()).isEqualTo(410);
    }

    @Test
    void post_withAHugeBody_gives413NotAServerError() throws Exception {
        URI link = johnsLink();
        String huge = "password=" + "a".repeat(1024 * 1024) + "&confirm=x";

        HttpResponse<String> page = post(link, huge);

        assertThat(page.statusCode()).isEqualTo(413);
        assertPrivateHtml(page);
        assertThat(get(link).statusCode()).as("the link still works").isEqualTo(200);
    }

    @Test
    void post_withAHugeChunkedBody_gives413NotAServerError() throws Exception {
        URI link = johnsLink();
        byte[] huge = ("password=" + "a".repeat(256 * 1024)).getBytes(StandardCharsets.US_ASCII);

        HttpResponse<String> page = send(HttpRequest.newBuilder(link)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(huge))));

        assertThat(page.statusCode()).isEqualTo(413);
    }

    @Test
    void post_withBrokenEncoding_gives400() throws Exception {
        URI link = johnsLink();

        assertThat(post(link, "password=%zz&confirm=%zz").statusCode()).isEqualTo(400);
    }

    private static void assertPrivateHtml(HttpResponse<String> page) {
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type.toLowerCase(java.util.Locale.ROOT).replace(" ", ""))
                        .isEqualTo("text/html;charset=utf-8"));
        assertThat(page.headers().allValues("Cache-Control")).containsExactly("no-store");
        assertThat(page.headers().allValues("Referrer-Policy")).containsExactly("no-referrer");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy ->
                assertThat(policy).contains("default-src 'self'", "script-src 'self'"));
    }

    private static String form(String password, String confirm) {
        return "password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + "&confirm=" + URLEncoder.encode(confirm, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> get(URI link) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(link).GET());
    }

    private HttpResponse<String> post(URI link, String body) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(link).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }
}
