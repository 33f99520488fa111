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
 * The admin's audit report on a reset done through the chat: the events in Entra's activity types, as JSON and CSV,
 * filtered and paged, with counts per day; nothing secret in any of them; bad requests get a 400 with the reason.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "resetdesk.admin.token=test-admin-token-0123456789abcdef")
class AuditReportTest {

    private static final String TOKEN = "test-admin-token-0123456789abcdef";
    private static final String PASSWORD = "Marble-Orbit-Lantern-42";

    @LocalServerPort
    int port;

    @Autowired
    OutboxNotifier outbox;

    @Test
    void aResetInTheChat_isReportedWithEntrasActivityTypes_andNothingSecret() {
        String code = resetJohn();

        HttpResponse<String> report = http().call("GET", "/admin/api/audit?size=500", TOKEN, null);

        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(report.body()).contains("\"type\":\"reset-password-self-service\"")
                .contains("\"activity\":\"Reset password (self-service)\"")
                .contains("\"type\":\"sspr-flow-activity-progress\"").contains("\"step\":\"code-sent\"")
                .contains("\"step\":\"proof-passed\"").contains("\"user\":\"")
                .doesNotContain(PASSWORD).doesNotContain(code);
    }

    @Test
    void theReport_filtersByType_andComesAsCsv() {
        resetJohn();

        HttpResponse<String> resets = http().call("GET", "/admin/api/audit?type=reset-password-self-service", TOKEN,
                null);
        HttpResponse<String> csv = http().send(java.net.http.HttpRequest.newBuilder(http().uri("/admin/api/audit?type=reset-password-self-service"))
                .header("Authorization", "Bearer " + TOKEN).header("Accept", "text/csv").GET());

        assertThat(resets.body()).contains("reset-password-self-service").doesNotContain("code-sent");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("text/csv"));
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.get(0)).isEqualTo(AuditCsv.HEADER);
        assertThat(lines).hasSizeGreaterThan(1).allSatisfy(line -> assertThat(line).doesNotContain(PASSWORD));
        assertThat(lines.get(1)).contains("\"reset-password-self-service\"", "\"Reset password (self-service)\"");
    }

    @Test
    void theSummary_countsEachTypePerDay() {
        resetJohn();

        HttpResponse<String> summary = http().call("GET", "/admin/api/audit/summary", TOKEN, null);

        assertThat(summary.statusCode()).isEqualTo(200);
        assertThat(summary.body()).containsPattern("\"day\":\"\\d{4}-\\d{2}-\\d{2}\"")
                .containsPattern("\"reset-password-self-service\":[1-9]");
    }

    @Test
    void withoutTheToken_nothingIsShown() {
        assertThat(http().call("GET", "/admin/api/audit", null, null).statusCode()).isEqualTo(401);
        assertThat(http().call("GET", "/admin/api/audit/summary", "wrong-token-0123456789abcdef", null)
                .statusCode()).isEqualTo(401);
    }

    @Test
    void badParameters_areA400WithTheReason() {
        assertThat(http().call("GET", "/admin/api/audit?type=everything", TOKEN, null))
                .satisfies(response -> {
                    assertThat(response.statusCode()).isEqualTo(400);
                    assertThat(response.body()).contains("'type' must be one of").contains("blocked-from-sspr");
                });
        assertThat(http().call("GET", "/admin/api/audit?from=yesterday", TOKEN, null).body())
                .contains("'from' must be a day");
        assertThat(http().call("GET", "/admin/api/audit?from=2026-12-05&to=2026-12-01", TOKEN, null).body())
                .contains("'from' must be before 'to'");
        assertThat(http().call("GET", "/admin/api/audit?size=100000", TOKEN, null).statusCode()).isEqualTo(400);
        assertThat(http().call("GET", "/admin/api/audit?page=-1", TOKEN, null).statusCode()).isEqualTo(400);
        assertThat(http().call("GET", "/admin/api/audit/summary?from=1900-01-01", TOKEN, null).body())
                .contains("at most");
    }

    @Test
    void aCsvField_thatASpreadsheetWouldRunAsAFormula_isDefused() {
        assertThat(AuditCsv.field("=HYPERLINK(\"http://evil\")")).isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\")\"");
        assertThat(AuditCsv.field("@SUM(A1)")).startsWith("\"'@");
        assertThat(AuditCsv.field("john.doe")).isEqualTo("\"john.doe\"");
    }

    /** A whole reset of John's password through the chat; the code he proved with. */
    private String resetJohn() {
        ChatDriver chat = new ChatDriver(port, "en-US");
        chat.say("reset my password");
        chat.say("john.doe@contoso.example");
        chat.say("Code by email");
        String code = OutboxCodes.newest(outbox);
        assertThat(chat.say(code)).contains("Thanks, that's confirmed.");
        chat.say("Type it in the chat");
        assertThat(String.join("\n", chat.say(PASSWORD))).contains("Done");
        return code;
    }

    private TestHttp http() {
        return new TestHttp(port);
    }
}
