package org.resetdesk.directory.entra;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.resetdesk.TestTls;
import org.resetdesk.directory.ContactWriter;
import org.resetdesk.directory.DirectoryFailure;
import org.resetdesk.directory.DirectoryUser;

/**
 * The Entra ID adapter against a local HTTPS stub of the token endpoint and Microsoft Graph, trusted through the
 * JVM's standard {@code javax.net.ssl.trustStore}: every Graph answer the port distinguishes, tokens by secret and by
 * certificate, OData quoting, retries where they are safe and none where they are not.
 */
class EntraDirectoryTest {

    private static final String TENANT = "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee";
    private static final String JOHN = "11111111-2222-3333-4444-555555555555";
    private static final String TOKEN_PATH = "/" + TENANT + "/oauth2/v2.0/token";
    private static final String[] TRUST_PROPERTIES = {"javax.net.ssl.trustStore", "javax.net.ssl.trustStorePassword",
        "javax.net.ssl.trustStoreType"};

    private static WireMockServer stub;
    private static TestTls tls;
    private static final String[] saved = new String[TRUST_PROPERTIES.length];

    @BeforeAll
    static void startTheStub() throws Exception {
        tls = TestTls.create(Path.of("target", "test-tls"), "graph-stub");
        stub = new WireMockServer(options().dynamicPort().dynamicHttpsPort().keystorePath(tls.keyStore.toString())
                .keystorePassword(TestTls.PASSWORD).keyManagerPassword(TestTls.PASSWORD).keystoreType("PKCS12"));
        stub.start();
        for (int i = 0; i < TRUST_PROPERTIES.length; i++) {
            saved[i] = System.getProperty(TRUST_PROPERTIES[i]);
        }
        System.setProperty("javax.net.ssl.trustStore", tls.trustStore.toString());
        System.setProperty("javax.net.ssl.trustStorePassword", TestTls.PASSWORD);
        System.setProperty("javax.net.ssl.trustStoreType", "PKCS12");
    }

    @AfterAll
    static void stopTheStub() {
        stub.stop();
        for (int i = 0; i < TRUST_PROPERTIES.length; i++) {
            if (saved[i] == null) {
                System.clearProperty(TRUST_PROPERTIES[i]);
            } else {
                System.setProperty(TRUST_PROPERTIES[i], saved[i]);
            }
        }
    }

    @BeforeEach
    void freshStubs() {
        stub.resetAll();
        stub.stubFor(post(urlPathEqualTo(TOKEN_PATH)).willReturn(okJson(
                "{\"token_type\":\"Bearer\",\"expires_in\":3600,\"access_token\":\"fake-graph-token\"}")));
        stub.stubFor(get(urlPathEqualTo("/v1.0/users")).willReturn(okJson("{\"value\":[" + JOHN_JSON + "]}")));
        stub.stubFor(get(urlPathEqualTo("/v1.0/users/" + JOHN)).willReturn(okJson(JOHN_JSON)));
        stub.stubFor(get(urlPathEqualTo("/v1.0/users/" + JOHN + "/authentication/phoneMethods")).willReturn(okJson(
                "{\"value\":[{\"phoneType\":\"office\",\"phoneNumber\":\"+40 21 000 0001\"},"
                        + "{\"phoneType\":\"mobile\",\"phoneNumber\":\"+40 721000002\"}]}")));
        stub.stubFor(get(urlPathEqualTo("/v1.0/users/" + JOHN + "/authentication/emailMethods")).willReturn(okJson(
                "{\"value\":[{\"emailAddress\":\"john.doe.home@example.net\"}]}")));
        stub.stubFor(get(urlPathEqualTo("/v1.0/users/" + JOHN
                + "/transitiveMemberOf/microsoft.graph.directoryRole")).willReturn(okJson("{\"value\":[]}")));
        stub.stubFor(get(urlPathEqualTo(ROLE_MEMBERS + "/microsoft.graph.group")).willReturn(okJson("{\"value\":[]}")));
    }

    private static final String ROLE_MEMBERS =
            "/v1.0/directoryRoles(roleTemplateId='62e90394-69f5-4237-9190-012177145e10')/members";

    private static final String JOHN_JSON = "{\"id\":\"" + JOHN + "\",\"userPrincipalName\":\"john.doe@contoso.example\","
            + "\"displayName\":\"John Doe\",\"givenName\":\"John\",\"surname\":\"Doe\",\"employeeId\":\"E1002\","
            + "\"preferredLanguage\":\"en-US\",\"accountEnabled\":true,\"onPremisesSyncEnabled\":null}";

    @Test
    void printed_theSettingsNeverShowTheClientSecret() {
        assertThat(properties("top-secret-value-0123", null).toString()).doesNotContain("top-secret-value-0123")
                .contains("clientSecret=(set)");
    }

    private static EntraProperties properties(String secret, Path certificate) {
        URI local = URI.create("https://localhost:" + stub.httpsPort());
        return new EntraProperties(TENANT, "client-id-1", secret, certificate,
                certificate == null ? null : TestTls.PASSWORD, local, local, Duration.ofSeconds(2),
                Duration.ofSeconds(2), Duration.ofSeconds(5), List.of("62e90394-69f5-4237-9190-012177145e10"));
    }

    private static EntraDirectory directory(EntraProperties properties) {
        var trust = EntraConfiguration.standardTrust();
        Clock clock = Clock.systemUTC();
        return new EntraDirectory(new GraphHttp(properties, trust, new GraphTokens(properties, trust, clock), clock),
                properties.noticeRoles());
    }

    private static EntraDirectory directory() {
        return directory(properties("obviously-fake-secret", null));
    }

    private static <T> T await(java.util.concurrent.CompletableFuture<T> future) throws Exception {
        return future.get(20, TimeUnit.SECONDS);
    }

    @Test
    void find_byUpn_readsTheAccountItsResetContactsAndRoles() throws Exception {
        DirectoryUser john = await(directory().find("john.doe@contoso.example")).orElseThrow();

        assertThat(john.id()).isEqualTo(JOHN);
        assertThat(john.upn()).isEqualTo("john.doe@contoso.example");
        assertThat(john.contacts().mobilePhone()).isEqualTo("+40 721000002");
        assertThat(john.contacts().alternateEmail()).isEqualTo("john.doe.home@example.net");
        assertThat(john.enabled()).isTrue();
        assertThat(john.synced()).isFalse();
        assertThat(john.administrator()).isFalse();
        assertThat(john.locale()).isEqualTo("en");
        stub.verify(getRequestedFor(urlPathEqualTo("/v1.0/users"))
                .withHeader("Authorization", equalTo("Bearer fake-graph-token"))
                .withHeader("ConsistencyLevel", equalTo("eventual"))
                .withQueryParam("$filter", equalTo("userPrincipalName eq 'john.doe@contoso.example' or mail eq "
                        + "'john.doe@contoso.example' or employeeId eq 'john.doe@contoso.example'"))
                .withQueryParam("$select", containing("accountEnabled,onPremisesSyncEnabled")));
    }

    @Test
    void find_aQuoteOrODataSyntax_staysOneStringLiteral() throws Exception {
        await(directory().find("x' or startswith(userPrincipalName,'a"));

        stub.verify(getRequestedFor(urlPathEqualTo("/v1.0/users")).withQueryParam("$filter", equalTo(
                "userPrincipalName eq 'x'' or startswith(userPrincipalName,''a' or mail eq 'x'' or "
                        + "startswith(userPrincipalName,''a' or employeeId eq 'x'' or startswith(userPrincipalName,''a'")));
    }

    @Test
    void find_byObjectId_readsThatUser_andAnUnknownIdIsEmpty() throws Exception {
        assertThat(await(directory().find(JOHN))).isPresent();
        stub.stubFor(get(urlPathEqualTo("/v1.0/users/99999999-2222-3333-4444-555555555555")).willReturn(
                aResponse().withStatus(404).withBody("{\"error\":{\"code\":\"Request_ResourceNotFound\"}}")));

        assertThat(await(directory().find("99999999-2222-3333-4444-555555555555"))).isEmpty();
    }

    @Test
    void find_twoAccountsForOneName_usesNeither() throws Exception {
        stub.stubFor(get(urlPathEqualTo("/v1.0/users")).willReturn(okJson("{\"value\":[" + JOHN_JSON + ","
                + JOHN_JSON.replace(JOHN, "22222222-2222-3333-4444-555555555555") + "]}")));

        assertThat(await(directory().find("E1002"))).isEmpty();
    }

    @Test
    void find_aRoleOfTheTwoGatePolicy_makesAnAdministrator() throws Exception {
        stub.stubFor(get(urlPathEqualTo("/v1.0/users/" + JOHN + "/transitiveMemberOf/microsoft.graph.directoryRole"))
                .willReturn(okJson("{\"value\":[{\"roleTemplateId\":\"729827e3-9c14-49f7-bb1b-9608f156bbb8\","
                        + "\"displayName\":\"Helpdesk Administrator\"}]}")));

        assertThat(await(directory().find(JOHN)).orElseThrow().administrator()).isTrue();
    }

    @Test
    void tokens_areFetchedOnceAndReused() throws Exception {
        EntraDirectory directory = directory();
        await(directory.find(JOHN));
        await(directory.find("john.doe@contoso.example"));

        stub.verify(1, postRequestedFor(urlPathEqualTo(TOKEN_PATH)));
        stub.verify(postRequestedFor(urlPathEqualTo(TOKEN_PATH)).withRequestBody(containing("client_secret="))
                .withRequestBody(containing("https%3A%2F%2Flocalhost%3A" + stub.httpsPort() + "%2F.default")));
    }

    @Test
    void tokens_byCertificate_sendASignedAssertionAndNoSecret() throws Exception {
        TestTls client = TestTls.create(Path.of("target", "test-tls"), "entra-app");

        await(directory(properties(null, client.keyStore)).find(JOHN));

        stub.verify(postRequestedFor(urlPathEqualTo(TOKEN_PATH)).withRequestBody(containing("client_assertion="))
                .withRequestBody(containing("client_assertion_type=")));
    }

    @Test
    void resetPassword_patchesThePasswordProfile() throws Exception {
        stub.stubFor(patch(urlPathEqualTo("/v1.0/users/" + JOHN)).willReturn(aResponse().withStatus(204)));

        await(directory().resetPassword(JOHN, "Fake-Test-Pass-42", true));

        stub.verify(patchRequestedFor(urlPathEqualTo("/v1.0/users/" + JOHN)).withRequestBody(equalToJson(
                "{\"passwordProfile\":{\"password\":\"Fake-Test-Pass-42\",\"forceChangePasswordNextSignIn\":true}}")));
    }

    @Test
    void resetPassword_graphsAnswers_becomeTheTypedFailures() {
        assertThat(resetFailsWith(400, "{\"error\":{\"code\":\"Request_BadRequest\",\"message\":\"The specified "
                + "password does not comply with password complexity requirements.\"}}"))
                .isEqualTo(DirectoryFailure.Reason.POLICY_VIOLATION);
        assertThat(resetFailsWith(400, "{\"error\":{\"code\":\"Request_BadRequest\",\"message\":\"Unable to update "
                + "the specified properties for on-premises mastered Directory Sync objects\"}}"))
                .isEqualTo(DirectoryFailure.Reason.SYNCED_ACCOUNT);
        assertThat(resetFailsWith(403, "{\"error\":{\"code\":\"Authorization_RequestDenied\",\"message\":"
                + "\"Insufficient privileges to complete the operation.\"}}"))
                .isEqualTo(DirectoryFailure.Reason.INSUFFICIENT_PRIVILEGES);
        assertThat(resetFailsWith(404, "{\"error\":{\"code\":\"Request_ResourceNotFound\"}}"))
                .isEqualTo(DirectoryFailure.Reason.NOT_FOUND);
    }

    @Test
    void resetPassword_a5xx_isNotRepeated_andMayHaveChanged() {
        assertThat(resetFailsWith(503, "")).isEqualTo(DirectoryFailure.Reason.OUTCOME_UNKNOWN);
        assertThat(resetFailsWith(502, "")).isEqualTo(DirectoryFailure.Reason.OUTCOME_UNKNOWN);

        stub.verify(2, patchRequestedFor(urlPathEqualTo("/v1.0/users/" + JOHN)));
    }

    @Test
    void resetPassword_noAnswerInTime_mayHaveChanged() {
        stub.stubFor(patch(urlPathEqualTo("/v1.0/users/" + JOHN)).willReturn(aResponse().withStatus(204)
                .withFixedDelay(4000)));

        assertThat(resetFailure().reason()).isEqualTo(DirectoryFailure.Reason.OUTCOME_UNKNOWN);
    }

    @Test
    void find_aRoleGraphReturnsWithoutItsIdOrName_countsAsAnAdministratorsRole() throws Exception {
        stub.stubFor(get(urlPathEqualTo("/v1.0/users/" + JOHN + "/transitiveMemberOf/microsoft.graph.directoryRole"))
                .willReturn(okJson("{\"value\":[{\"@odata.type\":\"#microsoft.graph.directoryRole\","
                        + "\"id\":\"r1\"}]}")));

        assertThat(await(directory().find(JOHN)).orElseThrow().administrator()).isTrue();
    }

    @Test
    void find_anAlternateMobile_isUsedWhenThereIsNoMobile() throws Exception {
        stub.stubFor(get(urlPathEqualTo("/v1.0/users/" + JOHN + "/authentication/phoneMethods")).willReturn(okJson(
                "{\"value\":[{\"phoneType\":\"alternateMobile\",\"phoneNumber\":\"+40 721000009\"}]}")));

        assertThat(await(directory().find(JOHN)).orElseThrow().contacts().mobilePhone()).isEqualTo("+40 721000009");
    }

    @Test
    void resetPassword_after429_isRetriedWhenRetryAfterHasPassed() throws Exception {
        stub.stubFor(patch(urlPathEqualTo("/v1.0/users/" + JOHN)).inScenario("throttled")
                .whenScenarioStateIs(com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1"))
                .willSetStateTo("again"));
        stub.stubFor(patch(urlPathEqualTo("/v1.0/users/" + JOHN)).inScenario("throttled")
                .whenScenarioStateIs("again").willReturn(aResponse().withStatus(204)));

        await(directory().resetPassword(JOHN, "Fake-Test-Pass-43", false));

        stub.verify(2, patchRequestedFor(urlPathEqualTo("/v1.0/users/" + JOHN)));
    }

    @Test
    void resetPassword_throttledLongerThanTheDeadline_failsAsThrottled() {
        stub.stubFor(patch(urlPathEqualTo("/v1.0/users/" + JOHN))
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "120")));

        assertThat(resetFailure()).satisfies(failure -> {
            assertThat(failure.reason()).isEqualTo(DirectoryFailure.Reason.THROTTLED);
            assertThat(failure.retryAfter()).isEqualTo(Duration.ofSeconds(120));
        });
    }

    @Test
    void reads_areRetriedAfterA5xx() throws Exception {
        stub.stubFor(get(urlPathEqualTo("/v1.0/users/" + JOHN)).inScenario("flaky")
                .whenScenarioStateIs(com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("fine"));
        stub.stubFor(get(urlPathEqualTo("/v1.0/users/" + JOHN)).inScenario("flaky").whenScenarioStateIs("fine")
                .willReturn(okJson(JOHN_JSON)));

        assertThat(await(directory().find(JOHN))).isPresent();
    }

    @Test
    void unlock_isNotPossibleOnEntra_andSaysSo() {
        assertThatThrownBy(() -> await(directory().unlock(JOHN))).hasCauseInstanceOf(DirectoryFailure.class)
                .cause().satisfies(failure -> assertThat(((DirectoryFailure) failure).reason())
                        .isEqualTo(DirectoryFailure.Reason.UNSUPPORTED));
    }

    @Test
    void administrators_areTheEnabledMembersOfTheNoticeRoles() throws Exception {
        stub.stubFor(get(urlPathEqualTo("/v1.0/directoryRoles(roleTemplateId='62e90394-69f5-4237-9190-012177145e10')"
                + "/members/microsoft.graph.user")).willReturn(okJson("{\"value\":[" + JOHN_JSON.replace(
                        "\"onPremisesSyncEnabled\":null", "\"onPremisesSyncEnabled\":null,\"mail\":\"john@contoso.example\"")
                + "," + JOHN_JSON.replace(JOHN, "33333333-2222-3333-4444-555555555555")
                        .replace("\"accountEnabled\":true", "\"accountEnabled\":false") + "]}")));

        List<DirectoryUser> admins = await(directory().administrators());

        assertThat(admins).singleElement().satisfies(admin -> {
            assertThat(admin.id()).isEqualTo(JOHN);
            assertThat(admin.contacts().alternateEmail()).isEqualTo("john@contoso.example");
        });
    }

    @Test
    void administrators_includeWhoHoldsTheRoleThroughAGroup_onceEach() throws Exception {
        String group = "55555555-2222-3333-4444-555555555555";
        String ana = "66666666-2222-3333-4444-555555555555";
        stub.stubFor(get(urlPathEqualTo(ROLE_MEMBERS + "/microsoft.graph.user"))
                .willReturn(okJson("{\"value\":[" + JOHN_JSON + "]}")));
        stub.stubFor(get(urlPathEqualTo(ROLE_MEMBERS + "/microsoft.graph.group"))
                .willReturn(okJson("{\"value\":[{\"id\":\"" + group + "\"},{\"id\":\"not-a-guid/../users\"}]}")));
        stub.stubFor(get(urlPathEqualTo("/v1.0/groups/" + group + "/transitiveMembers/microsoft.graph.user"))
                .willReturn(okJson("{\"value\":[" + JOHN_JSON + "," + JOHN_JSON.replace(JOHN, ana) + "]}")));

        assertThat(await(directory().administrators())).extracting(DirectoryUser::id).containsExactly(JOHN, ana);
        stub.verify(1, getRequestedFor(urlPathMatching("/v1.0/groups/.*")));
    }

    @Test
    void administrators_stillReachTheDirectHolders_whenAGroupsMembersCannotBeRead() throws Exception {
        String group = "55555555-2222-3333-4444-555555555555";
        stub.stubFor(get(urlPathEqualTo(ROLE_MEMBERS + "/microsoft.graph.user"))
                .willReturn(okJson("{\"value\":[" + JOHN_JSON + "]}")));
        stub.stubFor(get(urlPathEqualTo(ROLE_MEMBERS + "/microsoft.graph.group"))
                .willReturn(okJson("{\"value\":[{\"id\":\"" + group + "\"}]}")));
        stub.stubFor(get(urlPathEqualTo("/v1.0/groups/" + group + "/transitiveMembers/microsoft.graph.user"))
                .willReturn(aResponse().withStatus(403).withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":{\"code\":\"Authorization_RequestDenied\"}}")));

        assertThat(await(directory().administrators())).extracting(DirectoryUser::id).containsExactly(JOHN);
    }

    @Test
    void settings_aRetryDeadlineNotShorterThanTheFlowsTimeout_stopTheStart() {
        assertThatThrownBy(() -> properties("obviously-fake-secret", null).requireComplete(Duration.ofSeconds(5)))
                .hasMessageContaining("retry-deadline").hasMessageContaining("resetdesk.reset.directory-timeout");
    }

    @Test
    void administrators_followTheNextPages() throws Exception {
        String base = "https://localhost:" + stub.httpsPort();
        String rolePath = "/v1.0/directoryRoles(roleTemplateId='62e90394-69f5-4237-9190-012177145e10')"
                + "/members/microsoft.graph.user";
        stub.stubFor(get(urlPathEqualTo(rolePath)).willReturn(okJson("{\"value\":[" + JOHN_JSON
                + "],\"@odata.nextLink\":\"" + base + "/v1.0/page-2?$skiptoken=x\"}")));
        stub.stubFor(get(urlPathEqualTo("/v1.0/page-2")).willReturn(okJson("{\"value\":["
                + JOHN_JSON.replace(JOHN, "44444444-2222-3333-4444-555555555555") + "]}")));

        assertThat(await(directory().administrators())).extracting(DirectoryUser::id)
                .containsExactly(JOHN, "44444444-2222-3333-4444-555555555555");
    }

    @Test
    void aBadSecret_isUnavailable_notAnUnhandledError() {
        stub.stubFor(post(urlPathEqualTo(TOKEN_PATH)).willReturn(aResponse().withStatus(401).withBody(
                "{\"error\":\"invalid_client\",\"error_description\":\"AADSTS7000215: Invalid client secret\"}")));

        assertThatThrownBy(() -> await(directory().find(JOHN))).hasCauseInstanceOf(DirectoryFailure.class);
    }

    @Test
    void aConfirmedMobile_replacesTheMobilePhoneMethod_inGraphsNumberForm() throws Exception {
        String methods = "/v1.0/users/" + JOHN + "/authentication/phoneMethods";
        stub.stubFor(get(urlPathEqualTo(methods)).willReturn(okJson("{\"value\":[{\"id\":\"b6332ec1\","
                + "\"phoneType\":\"office\"},{\"id\":\"3179e48a\",\"phoneType\":\"mobile\"}]}")));
        stub.stubFor(patch(urlPathEqualTo(methods + "/3179e48a")).willReturn(aResponse().withStatus(204)));

        await(writer().write(JOHN, ContactWriter.Kind.MOBILE_PHONE, "+40721000099"));

        stub.verify(patchRequestedFor(urlPathEqualTo(methods + "/3179e48a")).withRequestBody(equalToJson(
                "{\"phoneNumber\":\"+40 721000099\",\"phoneType\":\"mobile\"}")));
    }

    @Test
    void aConfirmedEmail_isAdded_whenTheUserHasNone() throws Exception {
        String methods = "/v1.0/users/" + JOHN + "/authentication/emailMethods";
        stub.stubFor(get(urlPathEqualTo(methods)).willReturn(okJson("{\"value\":[]}")));
        stub.stubFor(post(urlPathEqualTo(methods)).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{\"id\":\"new\"}")));

        await(writer().write(JOHN, ContactWriter.Kind.EMAIL, "john.new@example.net"));

        stub.verify(postRequestedFor(urlPathEqualTo(methods)).withRequestBody(equalToJson(
                "{\"emailAddress\":\"john.new@example.net\"}")));
    }

    @Test
    void writingAContactWithoutThePermission_isInsufficientPrivileges() {
        String methods = "/v1.0/users/" + JOHN + "/authentication/emailMethods";
        stub.stubFor(get(urlPathEqualTo(methods)).willReturn(okJson("{\"value\":[]}")));
        stub.stubFor(post(urlPathEqualTo(methods)).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/json").withBody("{\"error\":{\"code\":"
                        + "\"Authorization_RequestDenied\",\"message\":\"Insufficient privileges to complete the"
                        + " operation.\"}}")));

        assertThatThrownBy(() -> await(writer().write(JOHN, ContactWriter.Kind.EMAIL, "john.new@example.net")))
                .cause().isInstanceOfSatisfying(DirectoryFailure.class, failure -> assertThat(failure.reason())
                        .isEqualTo(DirectoryFailure.Reason.INSUFFICIENT_PRIVILEGES));
    }

    private static GraphContactWriter writer() {
        EntraProperties properties = properties("obviously-fake-secret", null);
        var trust = EntraConfiguration.standardTrust();
        Clock clock = Clock.systemUTC();
        return new GraphContactWriter(new GraphHttp(properties, trust, new GraphTokens(properties, trust, clock),
                clock));
    }

    private DirectoryFailure.Reason resetFailsWith(int status, String body) {
        stub.stubFor(patch(urlPathEqualTo("/v1.0/users/" + JOHN)).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withHeader("request-id", "graph-request-1")
                .withBody(body)));
        return resetFailure().reason();
    }

    private DirectoryFailure resetFailure() {
        try {
            await(directory().resetPassword(JOHN, "Fake-Test-Pass-44", false));
        } catch (Exception e) {
            Throwable cause = e.getCause() instanceof CompletionException c ? c.getCause() : e.getCause();
            assertThat(cause).isInstanceOf(DirectoryFailure.class);
            return (DirectoryFailure) cause;
        }
        throw new AssertionError("the reset did not fail");
    }
}
