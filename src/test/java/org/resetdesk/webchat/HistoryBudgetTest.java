package org.resetdesk.webchat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.resetdesk.MutableClock;
import org.resetdesk.TestClockConfiguration;
import org.resetdesk.TestHttp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * The web chat histories together stay within their budget however many conversations are filled: near it new
 * conversations, at it new posts, are refused with 503 and Retry-After (never a 500), and the room comes back once
 * idle conversations expire.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "resetdesk.webchat.history-total-bytes=2000000", "resetdesk.webchat.tokens-per-minute=100000"})
@Import(TestClockConfiguration.class)
class HistoryBudgetTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** A message that fills the history quickly: near the largest activity a visitor may post. */
    private static final String BIG = "{\"type\":\"message\",\"locale\":\"en-US\",\"text\":\"hello\",\"channelData\":"
            + "{\"padding\":\"" + "x".repeat(30_000) + "\"}}";

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    DirectLineConversations conversations;

    @Test
    void fillingTheHistories_shedsLoadWith503_staysWithinTheBudget_andRecoversWhenIdleConversationsExpire()
            throws IOException {
        List<Integer> statuses = new ArrayList<>();
        boolean refused = false;
        for (int conversation = 0; conversation < 200 && !refused; conversation++) {
            HttpResponse<String> generated = http().call("POST", "/v3/directline/tokens/generate", null, null);
            statuses.add(generated.statusCode());
            if (generated.statusCode() == 503) {
                assertThat(generated.headers().firstValue("Retry-After")).isPresent();
                assertThat(JSON.readTree(generated.body()).at("/error/code").asText()).isEqualTo("ServiceUnavailable");
                refused = true;
                break;
            }
            JsonNode grant = JSON.readTree(generated.body());
            String path = "/v3/directline/conversations/" + grant.get("conversationId").asText() + "/activities";
            for (int post = 0; post < 5; post++) {
                HttpResponse<String> posted = http().call("POST", path, grant.get("token").asText(), BIG);
                statuses.add(posted.statusCode());
                if (posted.statusCode() == 503) {
                    assertThat(posted.headers().firstValue("Retry-After")).isPresent();
                    refused = true;
                    break;
                }
            }
        }

        assertThat(refused).as("load was shed before 200 conversations were full").isTrue();
        assertThat(statuses).as("only 200s and 503s").allMatch(status -> status == 200 || status == 503);
        HistoryBudget budget = ((LocalConversations) conversations).budget();
        assertThat(budget.used()).as("kept, against a budget of %d", budget.limit())
                .isLessThanOrEqualTo(budget.limit() + 200_000);

        clock.advance(Duration.ofMinutes(31));

        assertThat(http().call("POST", "/v3/directline/tokens/generate", null, null).statusCode()).isEqualTo(200);
        assertThat(budget.used()).as("the expired conversations gave their bytes back").isLessThan(20_000);
    }

    private TestHttp http() {
        return new TestHttp(port);
    }
}
