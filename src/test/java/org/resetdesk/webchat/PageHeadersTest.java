package org.resetdesk.webchat;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The chat page may be framed only by the configured intranet origins and loads nothing from elsewhere. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "resetdesk.webchat.allowed-origins=https://intranet.contoso.example")
class PageHeadersTest {

    @LocalServerPort
    int port;

    private String policy(String path) throws Exception {
        HttpResponse<Void> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.headers().firstValue("Content-Security-Policy").orElse("");
    }

    @Test
    void chatPage_mayBeFramedOnlyByItselfAndTheConfiguredOrigin() throws Exception {
        assertThat(policy("/")).contains("frame-ancestors 'self' https://intranet.contoso.example")
                .doesNotContain("frame-ancestors *");
    }

    @Test
    void chatPage_loadsScriptsOnlyFromResetDesk() throws Exception {
        assertThat(policy("/")).contains("script-src 'self'", "connect-src 'self'", "object-src 'none'");
    }

    private HttpResponse<String> texts(String lang, String origin) throws Exception {
        return HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/webchat/texts?lang=" + lang))
                        .header("Origin", origin).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void widgetTexts_comeFromTheMessageFilesAndMayBeReadByTheAllowedOrigin() throws Exception {
        HttpResponse<String> response = texts("ro", "https://intranet.contoso.example");

        assertThat(response.body()).contains("\"widget-title\":\"Ajutor pentru parolă\"");
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin"))
                .hasValue("https://intranet.contoso.example");
    }

    @Test
    void widgetTexts_areNotSharedWithOtherOrigins() throws Exception {
        HttpResponse<String> response = texts("en", "https://evil.example");

        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void privacyAndTermsPages_existForTheTeamsManifest() throws Exception {
        assertThat(policy("/privacy.html")).isNotEmpty();
        assertThat(policy("/terms.html")).isNotEmpty();
    }
}
