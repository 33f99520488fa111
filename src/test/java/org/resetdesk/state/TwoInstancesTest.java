package org.resetdesk.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resetdesk.ResetDeskApplication;
import org.resetdesk.channel.ChatDriver;
import org.resetdesk.notify.outbox.OutboxNotifier;
import org.resetdesk.store.RedisServer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Two instances of the whole application behind no sticky sessions, sharing a real Redis
 * ({@code resetdesk.state.store=redis}): the turns of one reset alternate between them, a restart mid-reset loses
 * nothing, and two messages of one conversation arriving at both at the same moment are handled one after the other.
 */
class TwoInstancesTest {

    private static final String PASSWORD = "Marble-Orbit-Lantern-57";
    private static final String CODE_SECRET = "codes-secret-for-tests-0123456789abcdef";
    private static final String TOKEN_SECRET = "webchat-token-secret-for-tests-0123456789";
    private static RedisServer redis;

    @TempDir
    static Path data;

    private final List<ConfigurableApplicationContext> running = new java.util.ArrayList<>();

    @BeforeAll
    static void startRedis() throws Exception {
        redis = RedisServer.start();
    }

    @AfterAll
    static void stopRedis() throws Exception {
        if (redis != null) {
            redis.close();
        }
    }

    @AfterEach
    void stopInstances() {
        running.forEach(ConfigurableApplicationContext::close);
    }

    private ConfigurableApplicationContext instance() {
        // arguments, not default properties: the tests' own properties would outrank those
        ConfigurableApplicationContext context = new SpringApplicationBuilder(ResetDeskApplication.class).run(
                "--server.port=0", "--resetdesk.state.store=redis", "--spring.data.redis.host=127.0.0.1",
                "--spring.data.redis.port=" + redis.port(), "--resetdesk.verification.codes.secret=" + CODE_SECRET,
                "--resetdesk.webchat.token-secret=" + TOKEN_SECRET,
                "--resetdesk.directory.demo.file=" + data.resolve("directory-" + running.size() + ".yaml"));
        running.add(context);
        return context;
    }

    private static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    private static String codeIn(ConfigurableApplicationContext... instances) {
        for (ConfigurableApplicationContext instance : instances) {
            java.util.Optional<String> code = org.resetdesk.notify.outbox.OutboxCodes.newestTo(
                    instance.getBean(OutboxNotifier.class), "john.doe.home@example.net");
            if (code.isPresent()) {
                return code.get();
            }
        }
        throw new AssertionError("no code was sent");
    }

    /** One web chat conversation sent to two instances: a reset asked for on the first, John named on the second. */
    private Shared johnsResetOnTwoInstances() {
        ConfigurableApplicationContext first = instance();
        ChatDriver one = new ChatDriver(port(first), "en-US");
        ChatDriver two = one.at(port(instance()));
        one.say("reset my password");
        two.say("john.doe@contoso.example");
        return new Shared(first, one, two);
    }

    private record Shared(ConfigurableApplicationContext first, ChatDriver one, ChatDriver two) {
    }

    @Test
    void theTurnsOfOneReset_alternateBetweenTwoInstances_andTheResetCompletes() {
        Shared chat = johnsResetOnTwoInstances();
        ConfigurableApplicationContext first = chat.first();
        ChatDriver one = chat.one();
        ChatDriver two = chat.two();

        one.say("Code by email");
        assertThat(String.join("\n", two.say(codeIn(first)))).contains("Thanks, that's confirmed.");
        one.say("Type it in the chat");

        assertThat(String.join("\n", two.say(PASSWORD))).contains("Done: your password was changed");
        StringRedisTemplate client = redis.client();
        assertThat(client.keys("resetdesk:bot-state:*")).isNotEmpty().allSatisfy(key -> assertThat(
                client.opsForValue().get(key)).doesNotContain(PASSWORD));
    }

    @Test
    void anInstanceRestartedMidReset_letsTheUserGoOnAtTheSameStep() {
        ConfigurableApplicationContext first = instance();
        ChatDriver chat = new ChatDriver(port(first), "en-US");
        chat.say("reset my password");
        chat.say("john.doe@contoso.example");
        chat.say("Code by email");
        String code = codeIn(first);
        first.close();

        ConfigurableApplicationContext restarted = instance();

        assertThat(String.join("\n", chat.at(port(restarted)).say(code))).contains("Thanks, that's confirmed.");
    }

    @Test
    void twoMessagesOfOneConversation_atTheSameMomentOnTwoInstances_areHandledOneAfterTheOther() throws Exception {
        Shared chat = johnsResetOnTwoInstances();
        ChatDriver one = chat.one();
        ChatDriver two = chat.two();

        CompletableFuture<List<String>> byEmail = CompletableFuture.supplyAsync(() -> one.say("Code by email"));
        CompletableFuture<List<String>> again = CompletableFuture.supplyAsync(() -> two.say("Code by email"));
        String both = String.join("\n", byEmail.get(30, TimeUnit.SECONDS)) + "\n"
                + String.join("\n", again.get(30, TimeUnit.SECONDS));

        // one of them chose the method; the other arrived at the code question and was asked for the code
        assertThat(both).containsOnlyOnce("If the account exists and has an alternate email").contains("code");
        long sent = running.stream().mapToLong(instance -> instance.getBean(OutboxNotifier.class).newestFirst()
                .size()).sum();
        assertThat(sent).isEqualTo(1);
        String code = codeIn(running.toArray(ConfigurableApplicationContext[]::new));
        assertThat(String.join("\n", one.say(code))).contains("Thanks, that's confirmed.");
    }

    @Test
    void withRedisDown_aTurnIsTemporarilyUnavailable_changesNothing_andTheInstanceRecoversByItself() throws Exception {
        ConfigurableApplicationContext instance = instance();
        ChatDriver chat = new ChatDriver(port(instance), "en-US");
        chat.say("reset my password");
        redis.stop();
        try {
            assertThat(String.join("\n", chat.say("john.doe@contoso.example")))
                    .contains("temporarily unavailable, so nothing was changed").doesNotContain("reference");
            assertThat(new org.resetdesk.TestHttp(port(instance)).call("GET", "/actuator/health/readiness", null, null)
                    .statusCode()).as("not ready while Redis is down").isEqualTo(503);
        } finally {
            redis.restart();
        }

        assertThat(String.join("\n", new ChatDriver(port(instance), "en-US").say("reset my password")))
                .contains("Which account is it?");
        assertThat(new org.resetdesk.TestHttp(port(instance)).call("GET", "/actuator/health/readiness", null, null)
                .statusCode()).isEqualTo(200);
    }

    @Test
    void wrongCodesSplitAcrossTwoInstances_blockAtTheLimit_andTheRightCodeAfterwardsDoesNotPass() {
        Shared chat = johnsResetOnTwoInstances();
        ConfigurableApplicationContext first = chat.first();
        ChatDriver one = chat.one();
        ChatDriver two = chat.two();
        one.say("Code by email");
        String code = codeIn(first);
        String wrong = code.endsWith("0") ? code.substring(0, 7) + "1" : code.substring(0, 7) + "0";

        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(String.join("\n", (attempt % 2 == 0 ? one : two).say(wrong)))
                    .as("attempt " + attempt).contains("That code isn't right");
        }
        assertThat(String.join("\n", two.say(wrong))).contains("I can't accept more attempts");
        assertThat(String.join("\n", one.say(code))).doesNotContain("Thanks, that's confirmed");

        ChatDriver again = new ChatDriver(port(first), "en-US");
        again.say("reset my password");
        again.say("john.doe@contoso.example");
        assertThat(String.join("\n", again.say("Code by email"))).contains("I can't accept more attempts")
                .doesNotContain("Thanks, that's confirmed");
    }

    @Test
    void aWebChatOpenedOnOneInstance_isPostedToAndPolledOnTheOther() throws Exception {
        org.resetdesk.TestHttp first = new org.resetdesk.TestHttp(port(instance()));
        org.resetdesk.TestHttp second = new org.resetdesk.TestHttp(port(instance()));
        tools.jackson.databind.JsonNode grant = JSON.readTree(first.call("POST", "/v3/directline/tokens/generate",
                null, null).body());
        String token = grant.get("token").asString();
        String activities = "/v3/directline/conversations/" + grant.get("conversationId").asString() + "/activities";

        assertThat(second.call("POST", activities, token, "{\"type\":\"message\",\"text\":\"reset my password\","
                + "\"from\":{\"id\":\"ignored\"}}").statusCode()).isEqualTo(200);

        tools.jackson.databind.JsonNode page = JSON.readTree(first.call("GET", activities + "?watermark=", token, null)
                .body());
        assertThat(page.get("activities").toString()).contains("reset my password").contains("Which account is it?");
        assertThat(page.get("watermark").asString()).isEqualTo("2");
    }

    private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper
            .builder().build();
}
