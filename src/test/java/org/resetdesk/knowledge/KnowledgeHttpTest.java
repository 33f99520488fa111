package org.resetdesk.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.resetdesk.channel.ChatDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The article pages answers link to, and the admin list of questions the knowledge base could not answer. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "resetdesk.admin.token=test-admin-token-for-gaps")
class KnowledgeHttpTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anArticle_isServedAsAPageWithAnAnchorPerSection() throws Exception {
        HttpResponse<String> page = get("/kb/en/troubleshooting", null);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/html"));
        assertThat(page.body()).contains("<html lang=\"en\"", "<section id=\"code-not-received\">",
                "<section id=\"reset-error-missing-info\">").doesNotContain("questions:");
    }

    @Test
    void aRomanianArticle_isInRomanian_andAnUnknownOneIsNotFound() throws Exception {
        assertThat(get("/kb/ro/troubleshooting", null).body()).contains("<html lang=\"ro\"");
        assertThat(get("/kb/en/no-such-article", null).statusCode()).isEqualTo(404);
        assertThat(get("/kb/fr/troubleshooting", null).statusCode()).isEqualTo(404);
    }

    @Test
    void unansweredQuestions_areCountedForAdmins_andNeedTheToken() throws Exception {
        ChatDriver chat = new ChatDriver(port, "en-US");
        chat.say("how do I book a meeting room for friday");
        chat.say("how do I book a meeting room for Friday?");

        assertThat(get("/admin/api/knowledge/unanswered", null).statusCode()).isEqualTo(401);
        assertThat(get("/admin/api/knowledge/unanswered", "wrong").statusCode()).isEqualTo(401);
        assertThat(get("/admin/api/knowledge/unanswered?limit=zero", "test-admin-token-for-gaps").statusCode())
                .isEqualTo(400);
        HttpResponse<String> gaps = get("/admin/api/knowledge/unanswered", "test-admin-token-for-gaps");
        assertThat(gaps.statusCode()).isEqualTo(200);
        assertThat(gaps.body()).contains("\"question\":\"how do i book a meeting room for friday\"",
                "\"count\":2", "\"language\":\"en\"");
    }
}
