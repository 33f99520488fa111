package org.resetdesk.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.resetdesk.TestHttp;
import org.resetdesk.channel.ChatDriver;
import org.resetdesk.notify.outbox.OutboxCodes;
import org.resetdesk.notify.outbox.OutboxNotifier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An admin pre-fills the contacts of a user who registered nothing, and the user can then reset on the web chat with
 * them; every pre-fill is audited; a bad request is a 400 that says what is wrong, and without the token nothing
 * happens.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "resetdesk.admin.token=test-admin-token-0123456789abcdef")
class UserMethodsEndpointTest {

    private static final String TOKEN = "test-admin-token-0123456789abcdef";
    private static final String NO_METHODS = "3b5d7f9a-1c3e-4a6b-9d82-7f1a3c5e7b05";
    private static final String PATH = "/admin/api/users/no.methods@contoso.example/methods";

    @LocalServerPort
    int port;

    @Autowired
    OutboxNotifier outbox;

    @Test
    void aPrefilledPhone_isAnsweredMasked_andTheUserResetsWithIt() {
        HttpResponse<String> put = http().call("PUT", PATH, TOKEN, "{\"mobilePhone\": \"+40 721 000 097\"}");

        assertThat(put.statusCode()).isEqualTo(200);
        assertThat(put.body()).contains("\"user\":\"" + NO_METHODS + "\"").contains("\"mobilePhone\":\"********097\"")
                .doesNotContain("721000097");
        ChatDriver chat = new ChatDriver(port, "en-US");
        chat.say("reset my password");
        chat.say("no.methods@contoso.example");
        chat.say("Code by SMS");
        String code = OutboxCodes.newestTo(outbox, "+40721000097").orElseThrow();
        assertThat(String.join("\n", chat.say(code))).contains("Thanks, that's confirmed.");
    }

    @Test
    void aPrefill_isInTheAuditReport() {
        http().call("PUT", PATH, TOKEN, "{\"alternateEmail\": \"No.Methods@Example.net\"}");

        assertThat(http().call("GET", "/admin/api/audit?type=user-registered-for-sspr", TOKEN, null).body())
                .contains("\"step\":\"method-prefilled\"").contains("EMAIL_CODE").contains("\"channel\":\"admin\"")
                .doesNotContain("no.methods@example.net");
    }

    @Test
    void badRequests_areA400WithTheReason_andChangeNothing() {
        assertThat(http().call("PUT", PATH, TOKEN, "{\"mobilePhone\": \"0721 000 097\"}").body())
                .contains("country code");
        assertThat(http().call("PUT", PATH, TOKEN, "{\"alternateEmail\": \"not an address\"}").body())
                .contains("'alternateEmail' is not an email address");
        assertThat(http().call("PUT", PATH, TOKEN, "{}").body()).contains("Give 'alternateEmail', 'mobilePhone'");
        for (String body : List.of("{\"mobile\": \"+40721000097\"}", "not json", "[1,2]")) {
            HttpResponse<String> response = http().call("PUT", PATH, TOKEN, body);
            assertThat(response.statusCode()).as(body).isEqualTo(400);
            assertThat(response.body()).contains("alternateEmail");
        }
    }

    @Test
    void anUnknownUser_isA404() {
        assertThat(http().call("PUT", "/admin/api/users/nobody@contoso.example/methods", TOKEN,
                "{\"alternateEmail\": \"a@example.net\"}").statusCode()).isEqualTo(404);
    }

    @Test
    void withoutTheToken_nothingChanges() {
        assertThat(http().call("PUT", PATH, null, "{\"alternateEmail\": \"a@example.net\"}").statusCode())
                .isEqualTo(401);
        assertThat(http().call("PUT", PATH, "wrong-token-0123456789abcdef", "{\"alternateEmail\": \"a@example.net\"}")
                .statusCode()).isEqualTo(401);
    }

    private TestHttp http() {
        return new TestHttp(port);
    }
}
