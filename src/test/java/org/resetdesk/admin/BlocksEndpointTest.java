package org.resetdesk.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.resetdesk.MutableClock;
import org.resetdesk.TestClockConfiguration;
import org.resetdesk.TestHttp;
import org.resetdesk.audit.AuditEvent;
import org.resetdesk.audit.InMemoryAuditSink;
import org.resetdesk.channel.ChatDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * Anyone can block a colleague's account for 24 hours by typing the name and five wrong codes; the admin can see the
 * block and lift it (audited), and the blocked user is told until when in their own time zone, and whom to call.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "resetdesk.admin.token=test-admin-token-0123456789abcdef")
@Import(TestClockConfiguration.class)
class BlocksEndpointTest {

    private static final String TOKEN = "test-admin-token-0123456789abcdef";

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    InMemoryAuditSink audit;

    @BeforeEach
    void forgetEarlierBlocks() {
        clock.advance(Duration.ofDays(2));
    }

    @Test
    void aBlockedUser_isToldUntilWhenInTheirTimeZone_withTheHelpdesk() {
        String blocked = blockJohn("Europe/Bucharest");

        assertThat(blocked).contains("can't accept more attempts").contains("Europe/Bucharest")
                .doesNotContain("UTC").contains("helpdesk@contoso.example");
    }

    @Test
    void theAdmin_listsTheBlockAndLiftsIt_andTheLiftIsAudited() {
        blockJohn(null);

        HttpResponse<String> listed = http().call("GET", "/admin/api/blocks", TOKEN, null);
        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(listed.body()).contains("proofs-account").doesNotContain("john.doe");

        HttpResponse<String> lifted = http().call("DELETE", "/admin/api/blocks?account="
                + URLEncoder.encode("John.Doe@contoso.example", StandardCharsets.UTF_8), TOKEN, null);

        assertThat(lifted.statusCode()).isEqualTo(200);
        assertThat(lifted.body()).contains("proofs-account").contains("\"accountFound\":true");
        assertThat(audit.events()).anySatisfy(event -> assertThat(event).isInstanceOf(AuditEvent.BlockLifted.class));
        ChatDriver chat = new ChatDriver(port, "en-US");
        chat.say("reset my password");
        chat.say("john doe contoso example");
        assertThat(String.join("\n", chat.say("Code by email"))).contains("I've sent a code")
                .doesNotContain("can't accept");
    }

    @Test
    void liftingByTheUpn_alsoLiftsTheBlockOfTheEmployeeIdTheAttackerTyped() {
        for (int i = 0; i < 5; i++) {
            ChatDriver chat = new ChatDriver(port, "en-US");
            chat.say("reset my password");
            chat.say("E1002");
            chat.say("Code by email");
            chat.say("00000000");
        }

        http().call("DELETE", "/admin/api/blocks?account=john.doe@contoso.example", TOKEN, null);

        assertThat(http().call("GET", "/admin/api/blocks", TOKEN, null).body()).isEqualTo("{\"blocks\":[]}");
        ChatDriver chat = new ChatDriver(port, "en-US");
        chat.say("reset my password");
        chat.say("E1002");
        assertThat(String.join("\n", chat.say("Code by email"))).contains("I've sent a code");
    }

    @Test
    void withoutTheToken_blocksAreNeitherListedNorLifted() {
        assertThat(http().call("GET", "/admin/api/blocks", null, null).statusCode()).isEqualTo(401);
        assertThat(http().call("DELETE", "/admin/api/blocks?account=x", "wrong-token-0123456789abcdefgh", null)
                .statusCode()).isEqualTo(401);
    }

    @Test
    void liftingWithoutSayingWhat_isABadRequest() {
        assertThat(http().call("DELETE", "/admin/api/blocks", TOKEN, null).statusCode()).isEqualTo(400);
        assertThat(http().call("DELETE", "/admin/api/blocks?account=a&conversation=b", TOKEN, null).statusCode())
                .isEqualTo(400);
    }

    /** Five wrong codes for John, each in its own conversation; the reply of the sixth attempt. */
    private String blockJohn(String timeZone) {
        for (int i = 0; i < 5; i++) {
            ChatDriver chat = new ChatDriver(port, "en-US");
            chat.say("reset my password");
            chat.say("john.doe@contoso.example");
            chat.say("Code by email");
            chat.say("00000000");
        }
        ChatDriver chat = new ChatDriver(port, "en-US", timeZone);
        chat.say("reset my password");
        chat.say("john.doe@contoso.example");
        return String.join("\n", chat.say("Code by email"));
    }

    private TestHttp http() {
        return new TestHttp(port);
    }
}
