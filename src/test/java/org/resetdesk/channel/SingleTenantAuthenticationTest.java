package org.resetdesk.channel;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A single-tenant registration end to end, with WireMock playing the Bot Framework's OpenID metadata and keys, the
 * tenant's Entra ID token endpoint and the Bot Connector: inbound tokens are checked by the SDK, and the reply is
 * sent with an access token from the registration's own tenant, not from {@code botframework.com}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SingleTenantAuthenticationTest {

    private static final String APP_ID = "11111111-2222-3333-4444-555555555555";
    private static final String TENANT = "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee";
    private static final String ISSUER = "https://api.botframework.com";
    private static final WireMockServer AZURE = new WireMockServer(options().dynamicPort().dynamicHttpsPort());
    private static final RSAKey CHANNEL_KEY = generateKey("channel-key");
    private static SSLSocketFactory defaultSocketFactory;
    private static HostnameVerifier defaultHostnameVerifier;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void registration(DynamicPropertyRegistry registry) {
        registry.add("MicrosoftAppId", () -> APP_ID);
        registry.add("resetdesk.notify.dev-outbox", () -> "false"); // never beside a real registration
        registry.add("resetdesk.reset.public-url", () -> "https://resetdesk.example");
        registry.add("MicrosoftAppPassword", () -> "obviously-fake-client-secret");
        registry.add("MicrosoftAppType", () -> "SingleTenant");
        registry.add("MicrosoftAppTenantId", () -> TENANT);
        // Suppliers: read when the context starts, after @BeforeAll has started WireMock.
        registry.add("BotOpenIdMetadata", () -> plainUrl() + "/v1/.well-known/openidconfiguration");
        registry.add("resetdesk.channel.authority-host", () -> "https://localhost:" + AZURE.httpsPort());
    }

    @BeforeAll
    static void stubAzure() throws Exception {
        AZURE.start();
        Map<String, Object> jwk = new LinkedHashMap<>(CHANNEL_KEY.toPublicJWK().toJSONObject());
        jwk.put("endorsements", List.of("msteams"));
        AZURE.stubFor(get(urlPathEqualTo("/v1/.well-known/openidconfiguration")).willReturn(okJson(
                "{\"issuer\":\"" + ISSUER + "\",\"jwks_uri\":\"" + plainUrl() + "/v1/.well-known/keys\"}")));
        AZURE.stubFor(get(urlPathEqualTo("/v1/.well-known/keys")).willReturn(okJson(
                BotJson.MAPPER.writeValueAsString(Map.of("keys", List.of(jwk))))));
        AZURE.stubFor(post(urlPathEqualTo("/" + TENANT + "/oauth2/v2.0/token")).willReturn(okJson(
                "{\"token_type\":\"Bearer\",\"expires_in\":3599,\"ext_expires_in\":3599,"
                        + "\"access_token\":\"access-token-from-the-tenant\"}")));
        AZURE.stubFor(post(urlPathMatching("/v3/conversations/.*")).willReturn(okJson("{\"id\":\"sent-1\"}")));
        // WireMock's HTTPS certificate is self-signed: trust it for this test only (MSAL requires https).
        defaultSocketFactory = HttpsURLConnection.getDefaultSSLSocketFactory();
        defaultHostnameVerifier = HttpsURLConnection.getDefaultHostnameVerifier();
        SSLContext trustAll = SSLContext.getInstance("TLS");
        trustAll.init(null, new TrustManager[] {new TrustEverything()}, new SecureRandom());
        HttpsURLConnection.setDefaultSSLSocketFactory(trustAll.getSocketFactory());
        HttpsURLConnection.setDefaultHostnameVerifier((host, session) -> "localhost".equals(host));
    }

    @AfterAll
    static void stopAzure() {
        HttpsURLConnection.setDefaultSSLSocketFactory(defaultSocketFactory);
        HttpsURLConnection.setDefaultHostnameVerifier(defaultHostnameVerifier);
        AZURE.stop();
    }

    /** WireMock's baseUrl() is the HTTPS one once HTTPS is on; the channel and connector stubs are plain HTTP. */
    private static String plainUrl() {
        return "http://localhost:" + AZURE.port();
    }

    private String activity(String conversation) {
        return """
                {"type":"message","id":"m1","text":"help","channelId":"msteams","locale":"en-US",
                 "serviceUrl":"%s/","conversation":{"id":"%s"},"from":{"id":"29:user"},
                 "recipient":{"id":"28:%s"}}""".formatted(plainUrl(), conversation, APP_ID);
    }

    private String channelToken(RSAKey key, String audience) throws JOSEException {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER).audience(audience)
                .notBeforeTime(Date.from(now.minusSeconds(60))).expirationTime(Date.from(now.plusSeconds(600)))
                .claim("serviceurl", plainUrl() + "/")
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return "Bearer " + jwt.serialize();
    }

    @Test
    void validChannelToken_isAccepted_andTheReplyUsesATokenFromTheTenantAuthority() throws Exception {
        int status = new BotClient(port).post(activity("conv-auth"), channelToken(CHANNEL_KEY, APP_ID)).statusCode();

        assertThat(status).isEqualTo(202);
        AZURE.verify(postRequestedFor(urlPathEqualTo("/" + TENANT + "/oauth2/v2.0/token"))
                .withRequestBody(containing("client_id=" + APP_ID))
                .withRequestBody(containing("https%3A%2F%2Fapi.botframework.com%2F.default")));
        AZURE.verify(postRequestedFor(urlPathEqualTo("/v3/conversations/conv-auth/activities/m1"))
                .withHeader("Authorization", equalTo("Bearer access-token-from-the-tenant")));
    }

    @Test
    void missingBearer_isUnauthorized() {
        assertThat(new BotClient(port).post(activity("conv-none")).statusCode()).isEqualTo(401);
    }

    @Test
    void malformedBearer_isUnauthorized() {
        assertThat(new BotClient(port).post(activity("conv-bad"), "Bearer not.a.jwt").statusCode()).isEqualTo(401);
        assertThat(new BotClient(port).post(activity("conv-bad"), "Basic abc").statusCode()).isEqualTo(401);
    }

    @Test
    void tokenSignedByAnUnknownKey_isUnauthorized() throws Exception {
        String forged = channelToken(generateKey("attacker-key"), APP_ID);

        assertThat(new BotClient(port).post(activity("conv-forged"), forged).statusCode()).isEqualTo(401);
    }

    @Test
    void tokenForAnotherBot_isUnauthorized() throws Exception {
        String otherAudience = channelToken(CHANNEL_KEY, "99999999-9999-9999-9999-999999999999");

        assertThat(new BotClient(port).post(activity("conv-other"), otherAudience).statusCode()).isEqualTo(401);
    }

    @Test
    void webChat_worksWithARegisteredBotToo() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String base = "http://localhost:" + port + "/v3/directline";
        JsonNode grant = BotJson.MAPPER.readTree(http.send(
                HttpRequest.newBuilder(URI.create(base + "/tokens/generate"))
                        .POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        String activities = base + "/conversations/" + grant.get("conversationId").asText() + "/activities";
        String bearer = "Bearer " + grant.get("token").asText();

        int posted = http.send(HttpRequest.newBuilder(URI.create(activities))
                        .header("Authorization", bearer).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"type\":\"message\",\"text\":\"hello\",\"locale\":\"en-US\"}")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode();
        String stream = http.send(HttpRequest.newBuilder(URI.create(activities))
                .header("Authorization", bearer).build(), HttpResponse.BodyHandlers.ofString()).body();

        assertThat(posted).isEqualTo(200);
        assertThat(stream).contains("What do you need?");
    }

    private static RSAKey generateKey(String id) {
        try {
            return new RSAKeyGenerator(2048).keyID(id).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Accepts any certificate: only for WireMock's self-signed one, inside this test. */
    private static final class TrustEverything implements X509TrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
