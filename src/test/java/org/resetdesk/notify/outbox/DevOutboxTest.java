package org.resetdesk.notify.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.resetdesk.MutableClock;
import org.resetdesk.TestClockConfiguration;
import org.resetdesk.notify.Notification;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/** The dev outbox: notifications of demo mode, readable over HTTP, and absent with a real directory. */
class DevOutboxTest {

    static HttpResponse<String> get(int port) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/dev/outbox")).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Nested
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
    @Import(TestClockConfiguration.class)
    class InDemoMode {

        @LocalServerPort
        int port;

        @Autowired
        OutboxNotifier outbox;

        @Autowired
        MutableClock clock;

        @Test
        void outbox_listsNotificationsNewestFirst() throws Exception {
            java.time.Instant firstSent = clock.instant();
            outbox.send(new Notification(Notification.Channel.EMAIL, "ana@example.net", "Code", "Your code: 1"))
                    .get(5, TimeUnit.SECONDS);
            clock.advance(Duration.ofSeconds(5));
            outbox.send(new Notification(Notification.Channel.SMS, "+40721000001", "Code", "Your code: 2"))
                    .get(5, TimeUnit.SECONDS);

            JsonNode entries = new ObjectMapper().readTree(get(port).body());

            assertThat(entries.get(0).get("channel").asText()).isEqualTo("sms");
            assertThat(entries.get(0).get("to").asText()).isEqualTo("+40721000001");
            assertThat(entries.get(1).get("body").asText()).isEqualTo("Your code: 1");
            assertThat(entries.get(1).get("time").asText()).isEqualTo(firstSent.toString());
        }
    }

    @Nested
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
            "resetdesk.directory.type=entra", "resetdesk.directory.entra.tenant-id=aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee",
            "resetdesk.directory.entra.client-id=client-id-1",
            "resetdesk.directory.entra.client-secret=obviously-fake-secret", "resetdesk.notify.dev-outbox=false",
            "resetdesk.admin.token=test-admin-token-0123456789abcdef", "resetdesk.notify.email.type=smtp",
            "resetdesk.notify.email.from=resetdesk@contoso.example", "spring.mail.host=localhost"})
    class WithARealDirectory {

        @LocalServerPort
        int port;

        @Test
        void outbox_doesNotExist() throws Exception {
            assertThat(get(port).statusCode()).isEqualTo(404);
        }
    }

    @Test
    void outbox_keepsOnlyTheNewest() {
        OutboxNotifier bounded = new OutboxNotifier(new MutableClock(java.time.Instant.EPOCH));
        for (int i = 0; i < OutboxNotifier.KEPT + 5; i++) {
            bounded.send(new Notification(Notification.Channel.EMAIL, "x@example.net", "s", "b" + i));
        }

        assertThat(bounded.newestFirst()).hasSize(OutboxNotifier.KEPT)
                .first().satisfies(d -> assertThat(d.notification().body()).isEqualTo("b" + (OutboxNotifier.KEPT + 4)));
    }
}
