package org.resetdesk.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.resetdesk.MutableClock;
import org.resetdesk.TestClockConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/** Conversation state lives in a bounded, expiring store: an idle conversation starts afresh. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "resetdesk.state.idle-timeout=1h")
@Import(TestClockConfiguration.class)
class ConversationStateExpiryTest {

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    private String say(String text) throws Exception {
        String body = """
                {"type":"message","text":"%s","channelId":"webchat","locale":"en-US","deliveryMode":"expectReplies",
                 "conversation":{"id":"c-idle"},"from":{"id":"u-idle"},"recipient":{"id":"bot"}}""".formatted(text);
        return BotJson.MAPPER.readTree(new BotClient(port).post(body).body()).at("/activities/0/text").asText();
    }

    @Test
    void stateOfAConversationIdleLongerThanTheTimeout_isForgotten() throws Exception {
        say("zzzz");
        assertThat(say("zzzz")).startsWith("I still didn't understand");

        say("zzzz");
        clock.advance(Duration.ofMinutes(61));

        assertThat(say("zzzz")).startsWith("Sorry, I don't have an answer to that.");
    }
}
