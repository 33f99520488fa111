package org.resetdesk.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The password check over real HTTP with an admin token configured (mode entra, organisation Contoso). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "resetdesk.admin.token=" + PasswordCheckEndpointTest.TOKEN)
@ExtendWith(OutputCaptureExtension.class)
class PasswordCheckEndpointTest {

    static final String TOKEN = "test-admin-token-0123456789abcdef";
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    private AdminHttp admin;

    @BeforeEach
    void client() {
        admin = new AdminHttp(port);
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }

    @Test
    void check_withoutToken_isUnauthorized() throws IOException {
        HttpResponse<String> response = admin.check(null, "{\"password\":\"Vx7!qTz9-kWm\"}");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v)
                .startsWith("Bearer"));
        assertThat(json(response).get("error").asText()).contains("Bearer token");
    }

    @Test
    void check_withWrongToken_isUnauthorized() {
        HttpResponse<String> response = admin.check(TOKEN + "x", "{\"password\":\"Vx7!qTz9-kWm\"}");

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void check_withWrongTokenAndMalformedBody_isUnauthorizedBeforeTheBodyIsRead() {
        assertThat(admin.check("wrong", "{\"password\":").statusCode()).isEqualTo(401);
    }

    @Test
    void check_malformedJson_isABadRequestWithAReasonThatDoesNotQuoteTheBody() throws IOException {
        HttpResponse<String> response = admin.check(TOKEN, "{\"password\": Sup3rSecretGuess}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("error").asText()).startsWith("The body is not valid JSON");
        assertThat(response.body()).doesNotContain("Sup3rSecretGuess");
    }

    @Test
    void check_missingPassword_isABadRequestNamingTheField() throws IOException {
        HttpResponse<String> response = admin.check(TOKEN, "{\"user\":{\"firstName\":\"Ana\"}}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("error").asText()).isEqualTo("'password' is required");
    }

    @Test
    void check_emptyBody_isABadRequest() {
        assertThat(admin.check(TOKEN, "").statusCode()).isEqualTo(400);
    }

    @Test
    void check_oversizedBody_is413() {
        String body = "{\"password\":\"" + "x".repeat(20_000) + "\"}";

        assertThat(admin.check(TOKEN, body).statusCode()).isEqualTo(413);
    }

    @Test
    void check_strongPassword_isAcceptedWithItsScoreAndNoReasons() throws IOException {
        HttpResponse<String> response = admin.check(TOKEN, """
                {"password":"Vx7!qTz9-kWm","user":{"firstName":"Ana","lastName":"Popescu",
                 "upn":"ana.popescu@contoso.example"}}""");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json(response);
        assertThat(body.get("accepted").asBoolean()).isTrue();
        assertThat(body.get("score").asInt()).isEqualTo(12);
        assertThat(body.get("reasons")).isEmpty();
    }

    @Test
    void check_weakPassword_isRejectedWithRuleIdsAndEnglishReasons() throws IOException {
        HttpResponse<String> response = admin.check(TOKEN, """
                {"password":"Popescu#26","user":{"firstName":"Ana","lastName":"Popescu",
                 "upn":"ana.popescu@contoso.example"}}""");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json(response);
        assertThat(body.get("accepted").asBoolean()).isFalse();
        assertThat(body.get("score").asInt()).isEqualTo(4);
        assertThat(body.get("reasons")).hasSize(1);
        assertThat(body.at("/reasons/0/rule").asText()).isEqualTo("user-terms");
        assertThat(body.at("/reasons/0/message").asText()).startsWith("Your new password is built on your name");
        assertThat(response.body()).doesNotContain("Popescu#26");
    }

    @Test
    void check_shortPassword_fillsTheMinimumIntoTheMessage() throws IOException {
        HttpResponse<String> response = admin.check(TOKEN, "{\"password\":\"Vx7!q\"}");

        JsonNode body = json(response);
        assertThat(body.at("/reasons/0/rule").asText()).isEqualTo("length");
        assertThat(body.at("/reasons/0/message").asText()).contains("at least 8 characters");
    }

    @Test
    void check_withoutUser_usesOnlyTheOrganisationsTerms() throws IOException {
        HttpResponse<String> response = admin.check(TOKEN, "{\"password\":\"C0nt0so!26\"}");

        assertThat(json(response).at("/reasons/0/rule").asText()).isEqualTo("user-terms");
    }

    @Test
    void check_neverLogsThePassword(CapturedOutput output) {
        admin.check(TOKEN, "{\"password\":\"Logged?Never-9x\"}");
        admin.check(TOKEN, "{\"password\": Logged?Never-9y}");

        assertThat(output.getAll()).doesNotContain("Logged?Never");
    }
}
