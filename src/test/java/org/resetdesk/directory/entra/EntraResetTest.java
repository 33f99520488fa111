package org.resetdesk.directory.entra;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.resetdesk.TestTls;
import org.resetdesk.channel.ChatDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole bot on Entra ID: a reset over {@code /api/messages} against local HTTPS stubs of the token endpoint and
 * Microsoft Graph, the code sent by email through a real SMTP server, the new password sent to Graph; and a new
 * alternate email registered over chat, confirmed by a code mailed to it, written to Entra's authentication methods.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "resetdesk.directory.type=entra", "resetdesk.directory.entra.tenant-id=aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee",
        "resetdesk.directory.entra.client-id=client-id-1",
        "resetdesk.directory.entra.client-secret=obviously-fake-secret", "resetdesk.notify.dev-outbox=false",
        "resetdesk.admin.token=test-admin-token-0123456789abcdef", "resetdesk.notify.email.type=smtp",
        "resetdesk.notify.email.from=ResetDesk <resetdesk@contoso.example>", "spring.mail.host=localhost",
        "resetdesk.registration.write-to-entra=true"})
class EntraResetTest {

    private static final String JOHN = "11111111-2222-3333-4444-555555555555";
    private static final Pattern CODE = Pattern.compile("\\b(\\d{8})\\b");
    private static final WireMockServer GRAPH;
    private static final String[] SAVED = new String[3];

    static {
        try {
            TestTls tls = TestTls.create(Path.of("target", "test-tls"), "graph-app-stub");
            GRAPH = new WireMockServer(options().dynamicPort().dynamicHttpsPort()
                    .keystorePath(tls.keyStore.toString()).keystorePassword(TestTls.PASSWORD)
                    .keyManagerPassword(TestTls.PASSWORD).keystoreType("PKCS12"));
            GRAPH.start();
            SAVED[0] = System.getProperty("javax.net.ssl.trustStore");
            SAVED[1] = System.getProperty("javax.net.ssl.trustStorePassword");
            SAVED[2] = System.getProperty("javax.net.ssl.trustStoreType");
            System.setProperty("javax.net.ssl.trustStore", tls.trustStore.toString());
            System.setProperty("javax.net.ssl.trustStorePassword", TestTls.PASSWORD);
            System.setProperty("javax.net.ssl.trustStoreType", "PKCS12");
        } catch (Exception e) {
            throw new ExceptionInInitializerError(e);
        }
        String john = "{\"id\":\"" + JOHN + "\",\"userPrincipalName\":\"john.doe@contoso.example\","
                + "\"displayName\":\"John Doe\",\"givenName\":\"John\",\"surname\":\"Doe\",\"employeeId\":\"E1002\","
                + "\"accountEnabled\":true,\"onPremisesSyncEnabled\":false,\"mail\":\"john.doe@contoso.example\"}";
        GRAPH.stubFor(post(urlPathMatching("/.*/oauth2/v2.0/token")).willReturn(okJson(
                "{\"token_type\":\"Bearer\",\"expires_in\":3600,\"access_token\":\"fake-graph-token\"}")));
        GRAPH.stubFor(get(urlPathEqualTo("/v1.0/users")).willReturn(okJson("{\"value\":[" + john + "]}")));
        GRAPH.stubFor(get(urlPathEqualTo("/v1.0/users/" + JOHN + "/authentication/phoneMethods"))
                .willReturn(okJson("{\"value\":[]}")));
        GRAPH.stubFor(get(urlPathEqualTo("/v1.0/users/" + JOHN + "/authentication/emailMethods"))
                .willReturn(okJson("{\"value\":[{\"emailAddress\":\"john.doe.home@example.net\"}]}")));
        GRAPH.stubFor(get(urlPathEqualTo("/v1.0/users/" + JOHN + "/transitiveMemberOf/microsoft.graph.directoryRole"))
                .willReturn(okJson("{\"value\":[]}")));
        GRAPH.stubFor(patch(urlPathEqualTo("/v1.0/users/" + JOHN)).willReturn(aResponse().withStatus(204)));
        GRAPH.stubFor(post(urlPathEqualTo("/v1.0/users/" + JOHN + "/authentication/emailMethods"))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody("{\"id\":\"email-method-1\",\"emailAddress\":\"john.new@example.net\"}")));
    }

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        registry.add("resetdesk.directory.entra.authority-host", () -> "https://localhost:" + GRAPH.httpsPort());
        registry.add("resetdesk.directory.entra.graph-url", () -> "https://localhost:" + GRAPH.httpsPort());
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    @AfterAll
    static void stop() {
        GRAPH.stop();
        String[] names = {"javax.net.ssl.trustStore", "javax.net.ssl.trustStorePassword",
            "javax.net.ssl.trustStoreType"};
        for (int i = 0; i < names.length; i++) {
            if (SAVED[i] == null) {
                System.clearProperty(names[i]);
            } else {
                System.setProperty(names[i], SAVED[i]);
            }
        }
    }

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    org.resetdesk.enrollment.EnrollmentStore registrations;

    /**
     * What one test registers (a new alternate email takes the place of the directory's) and the mail it caused are
     * not the next one's.
     */
    @org.junit.jupiter.api.AfterEach
    void forgetRegistrationsAndMail() throws Exception {
        registrations.update(JOHN, current -> org.resetdesk.enrollment.Enrollment.none(JOHN)).get();
        SMTP.purgeEmailFromAllMailboxes();
    }

    @Test
    void johnResetsHisEntraPassword_withACodeByEmail() throws Exception {
        ChatDriver chat = new ChatDriver(port, "en-US");
        chat.say("reset my password");
        chat.say("john.doe@contoso.example");
        chat.say("Code by email");
        assertThat(String.join("\n", chat.say(codeTo("john.doe.home@example.net")))).contains("confirmed");
        chat.say("Type it in the chat");

        assertThat(String.join("\n", chat.say("Marble-Orbit-Lantern-93"))).contains("Done");

        GRAPH.verify(patchRequestedFor(urlPathEqualTo("/v1.0/users/" + JOHN))
                .withRequestBody(matchingJsonPath("$.passwordProfile.password", com.github.tomakehurst.wiremock
                        .client.WireMock.equalTo("Marble-Orbit-Lantern-93")))
                .withRequestBody(matchingJsonPath("$.passwordProfile.forceChangePasswordNextSignIn",
                        com.github.tomakehurst.wiremock.client.WireMock.equalTo("false"))));
    }

    @Test
    void johnRegistersANewAlternateEmail_andItIsWrittenToHisEntraAuthenticationMethods() throws Exception {
        ChatDriver chat = new ChatDriver(port, "en-US");
        chat.say("I want to register my methods");
        chat.say("john.doe@contoso.example");
        chat.say("Code by email");
        assertThat(String.join("\n", chat.say(codeTo("john.doe.home@example.net"))))
                .contains("What would you like");
        chat.say("Add or change my alternate email");
        chat.say("john.new@example.net");

        assertThat(String.join("\n", chat.say(codeTo("john.new@example.net")))).contains("Saved");

        GRAPH.verify(postRequestedFor(urlPathEqualTo("/v1.0/users/" + JOHN + "/authentication/emailMethods"))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.equalToJson(
                        "{\"emailAddress\":\"john.new@example.net\"}")));
    }

    /** The code in the newest code message to {@code address}, waiting for it to arrive. */
    private static String codeTo(String address) throws Exception {
        for (int waited = 0; waited < 100; waited++) {
            jakarta.mail.internet.MimeMessage[] received = SMTP.getReceivedMessages();
            for (int i = received.length - 1; i >= 0; i--) {
                if (received[i].getSubject().contains("code")
                        && java.util.Arrays.toString(received[i].getAllRecipients()).contains(address)) {
                    Matcher code = CODE.matcher(GreenMailUtil.getBody(received[i]));
                    if (code.find()) {
                        return code.group(1);
                    }
                }
            }
            SMTP.waitForIncomingEmail(100, received.length + 1);
        }
        throw new AssertionError("no code mailed to " + address);
    }
}
