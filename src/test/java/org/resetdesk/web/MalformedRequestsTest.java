package org.resetdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.resetdesk.TestHttp;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Malformed requests get a 4xx with a reason (never a 500) and the protective headers, on every path. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MalformedRequestsTest {

    private static final String ACTIVITY = "{\"type\":\"message\",\"channelId\":\"webchat\",\"conversation\":{\"id\":"
            + "\"malformed-1\"},\"from\":{\"id\":\"u\"},\"deliveryMode\":\"expectReplies\",\"text\":\"hi\"}";

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(strings = {"*/*", "text/*", "application/*", "*/*; q=0.8"})
    void aWildcardContentType_is415WithAReason_onEveryPath(String contentType) {
        for (String path : new String[] {"/api/messages", "/v3/directline/tokens/generate", "/", "/password/x",
                "/kb/en/faq"}) {
            HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
                    .POST(HttpRequest.BodyPublishers.ofString(ACTIVITY)));
            assertThat(response.statusCode()).as(path).isEqualTo(415);
            assertThat(response.body()).contains("Content-Type");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"not a type", "application/json; charset", "/", "a/b/c", "text/plain;;;"})
    void anUnreadableContentType_isNeverAServerError(String contentType) {
        for (String path : new String[] {"/api/messages", "/v3/directline/tokens/generate", "/password/x"}) {
            HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
                    .POST(HttpRequest.BodyPublishers.ofString(ACTIVITY)));
            assertThat(response.statusCode()).as(path).isLessThan(500);
        }
    }

    @Test
    void trailingGarbageAfterTheActivity_is400() {
        HttpResponse<String> response = post("/api/messages", ACTIVITY + "x");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("not a valid activity");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 65536, 99999})
    void aServiceUrlWithAnImpossiblePort_is400(int servicePort) {
        HttpResponse<String> response = post("/api/messages", ACTIVITY.replace("\"text\"",
                "\"serviceUrl\":\"http://localhost:" + servicePort + "/\",\"text\""));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("serviceUrl");
    }

    @Test
    void tomcatsOwnErrorPage_carriesTheContentSecurityPolicy() throws IOException {
        String answer = raw("GET /a%2 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 400").contains("Content-Security-Policy: default-src 'none'")
                .contains("Cache-Control: no-store");
    }

    @Test
    void directLineTokensAndHistory_areNeverCached() {
        HttpResponse<String> generated = post("/v3/directline/tokens/generate", "");

        assertThat(generated.statusCode()).isEqualTo(200);
        assertThat(generated.headers().allValues("Cache-Control")).containsExactly("no-store");
    }

    private HttpResponse<String> post(String path, String body) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private URI uri(String path) {
        return new TestHttp(port).uri(path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        return new TestHttp(port).send(request);
    }

    /** A request written as bytes, for what an HTTP client refuses to send. */
    private String raw(String request) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
