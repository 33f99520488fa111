package org.resetdesk.notify.sms;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.resetdesk.notify.Notification;

/** SMS through an HTTP gateway (WireMock): JSON and form bodies, E.164 numbers, and every way it can fail. */
class SmsGatewayNotifierTest {

    private static final WireMockServer GATEWAY = new WireMockServer(options().dynamicPort());
    private static final Notification CODE = new Notification(Notification.Channel.SMS, "0721 000 001",
            "ResetDesk", "Your \"ResetDesk\" code is 12345678.");

    @BeforeAll
    static void start() {
        GATEWAY.start();
    }

    @AfterAll
    static void stop() {
        GATEWAY.stop();
    }

    @BeforeEach
    void reset() {
        GATEWAY.resetAll();
        GATEWAY.stubFor(post(urlPathEqualTo("/sms")).willReturn(aResponse().withStatus(202)));
    }

    private static SmsGatewayNotifier gateway(String format, Duration timeout) {
        SmsProperties properties = new SmsProperties("http", URI.create(GATEWAY.baseUrl() + "/sms"), "POST",
                Map.of("Authorization", "Bearer obviously-fake-sms-key"), format,
                "{\"recipient\":\"{to}\",\"message\":\"{text}\"}", Map.of("To", "{to}", "Body", "{text}",
                        "From", "ResetDesk"), "RO", timeout);
        properties.requireComplete();
        return new SmsGatewayNotifier(HttpClient.newHttpClient(), properties);
    }

    @Test
    void send_json_putsTheE164NumberAndTheEscapedTextIntoTheTemplate() throws Exception {
        gateway("json", Duration.ofSeconds(5)).send(CODE).get(10, TimeUnit.SECONDS);

        GATEWAY.verify(postRequestedFor(urlPathEqualTo("/sms"))
                .withHeader("Authorization", equalTo("Bearer obviously-fake-sms-key"))
                .withRequestBody(equalToJson("{\"recipient\":\"+40721000001\","
                        + "\"message\":\"Your \\\"ResetDesk\\\" code is 12345678.\"}")));
    }

    @Test
    void send_form_sendsTwilioStyleFields() throws Exception {
        gateway("form", Duration.ofSeconds(5)).send(CODE).get(10, TimeUnit.SECONDS);

        GATEWAY.verify(postRequestedFor(urlPathEqualTo("/sms"))
                .withFormParam("To", equalTo("+40721000001")).withFormParam("From", equalTo("ResetDesk"))
                .withFormParam("Body", equalTo("Your \"ResetDesk\" code is 12345678.")));
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 401, 500, 503})
    void send_aStatusOtherThan2xx_isNotSent_andTheFailureNamesNoNumberOrText(int status) {
        GATEWAY.stubFor(post(urlPathEqualTo("/sms")).willReturn(aResponse().withStatus(status)));

        assertThatThrownBy(() -> gateway("json", Duration.ofSeconds(5)).send(CODE).get(10, TimeUnit.SECONDS))
                .cause().isInstanceOf(SmsGatewayNotifier.SendFailedException.class)
                .message().contains("status " + status).doesNotContain("721").doesNotContain("12345678");
    }

    @Test
    void send_aGatewayTooSlow_isNotSent() {
        GATEWAY.stubFor(post(urlPathEqualTo("/sms")).willReturn(aResponse().withStatus(200).withFixedDelay(3000)));

        assertThatThrownBy(() -> gateway("json", Duration.ofMillis(500)).send(CODE).get(10, TimeUnit.SECONDS))
                .cause().isInstanceOf(SmsGatewayNotifier.SendFailedException.class);
    }

    @Test
    void send_notAPhoneNumber_isNotSent_andNothingReachesTheGateway() {
        Notification nonsense = new Notification(Notification.Channel.SMS, "call me", "ResetDesk", "text");

        assertThatThrownBy(() -> gateway("json", Duration.ofSeconds(5)).send(nonsense).get(10, TimeUnit.SECONDS))
                .cause().isInstanceOf(SmsGatewayNotifier.SendFailedException.class);
        GATEWAY.verify(0, postRequestedFor(urlPathEqualTo("/sms")));
    }

    @Test
    void e164_readsInternationalAndLocalNumbers() throws Exception {
        SmsGatewayNotifier gateway = gateway("json", Duration.ofSeconds(5));

        assertThat(gateway.e164("+40 721 000 002")).isEqualTo("+40721000002");
        assertThat(gateway.e164("0040 721-000-003")).isEqualTo("+40721000003");
        assertThat(gateway.e164("+44 20 7946 0958")).isEqualTo("+442079460958");
    }

    @Test
    void settings_withoutPlaceholders_stopTheStartNamingTheSetting() {
        SmsProperties broken = new SmsProperties("http", URI.create("https://sms.example/send"), "POST", Map.of(),
                "json", "{\"message\":\"hi\"}", Map.of(), "RO", Duration.ofSeconds(5));

        assertThatThrownBy(broken::requireComplete).hasMessageContaining("resetdesk.notify.sms.body");
    }
}
