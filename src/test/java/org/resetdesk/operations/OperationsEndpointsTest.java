package org.resetdesk.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.resetdesk.TestHttp;
import org.resetdesk.channel.ChatDriver;
import org.resetdesk.notify.outbox.OutboxCodes;
import org.resetdesk.notify.outbox.OutboxNotifier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What an operator runs ResetDesk with: liveness and readiness probes, and Prometheus metrics of turns, flows,
 * codes, knowledge answers and directory and notifier latency, none labelled with a user.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OperationsEndpointsTest {

    private static final String PASSWORD = "Marble-Orbit-Lantern-61";

    @LocalServerPort
    int port;

    @Autowired
    OutboxNotifier outbox;

    @Test
    void theProbes_areUp_andReadinessCoversTheDatabaseTheStateAndTheDirectory() {
        HttpResponse<String> liveness = http().call("GET", "/actuator/health/liveness", null, null);
        HttpResponse<String> readiness = http().call("GET", "/actuator/health/readiness", null, null);

        assertThat(liveness.statusCode()).isEqualTo(200);
        assertThat(liveness.body()).contains("\"status\":\"UP\"");
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void aResetAndAQuestion_areCountedInPrometheus_withoutAnyUserAsALabel() {
        ChatDriver chat = new ChatDriver(port, "en-US");
        chat.say("reset my password");
        chat.say("john.doe@contoso.example");
        chat.say("Code by email");
        chat.say(OutboxCodes.newest(outbox));
        chat.say("Type it in the chat");
        assertThat(String.join("\n", chat.say(PASSWORD))).contains("Done");
        new ChatDriver(port, "en-US").say("my verification code never arrived");

        String metrics = http().call("GET", "/actuator/prometheus", null, null).body();

        assertThat(metrics).contains("resetdesk_turns_seconds_count{channel=\"webchat\",outcome=\"answered\"}")
                .containsPattern("resetdesk_flow_events_total\\{activity=\"reset-password-self-service\".*"
                        + "step=\"password-reset\"")
                .containsPattern("resetdesk_flow_events_total\\{activity=\"sspr-flow-activity-progress\".*"
                        + "method=\"EMAIL_CODE\".*step=\"code-sent\"")
                .contains("resetdesk_directory_calls_seconds_bucket").contains("resetdesk_notifier_sends_seconds")
                .containsPattern("resetdesk_knowledge_questions_total\\{language=\"en\",outcome=\"answer\"}")
                .doesNotContain("john").doesNotContain("2c4e8a1d").doesNotContain("example.net")
                .doesNotContain(PASSWORD);
    }

    private TestHttp http() {
        return new TestHttp(port);
    }
}
