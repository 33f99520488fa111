package org.resetdesk.reset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.microsoft.bot.builder.Storage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.resetdesk.TestClockConfiguration;
import org.resetdesk.audit.InMemoryAuditSink;
import org.resetdesk.channel.ChatDriver;
import org.resetdesk.notify.outbox.OutboxCodes;
import org.resetdesk.notify.outbox.OutboxNotifier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * After complete resets (password typed, password on the card, security answers, one-time codes) none of the secrets
 * appears in the log, the audit trail, the stored conversation state or any reply.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "logging.level.org.resetdesk=DEBUG")
@Import(TestClockConfiguration.class)
@ExtendWith(OutputCaptureExtension.class)
class SecretsStayOutTest {

    private static final String TYPED = "Typed-Secret-Pw-7781";
    private static final String ON_CARD = "Card-Secret-Pw-9932";

    @LocalServerPort
    int port;

    @Autowired
    OutboxNotifier outbox;

    @Autowired
    InMemoryAuditSink audit;

    @Autowired
    Storage storage;

    @Test
    void noPasswordCodeOrAnswerIsLoggedAuditedStoredOrRepeated(CapturedOutput output) throws Exception {
        ChatDriver typed = new ChatDriver(port, "en-US");
        List<String> replies = new java.util.ArrayList<>();
        replies.addAll(typed.say("reset my password"));
        replies.addAll(typed.say("john.doe@contoso.example"));
        replies.addAll(typed.say("Code by email"));
        String code = OutboxCodes.newest(outbox);
        replies.addAll(typed.say(code));
        replies.addAll(typed.say("Type it in the chat"));
        replies.addAll(typed.say(TYPED));

        ChatDriver card = new ChatDriver(port, "ro-RO");
        replies.addAll(card.say("resetare parola"));
        replies.addAll(card.say("ana.popescu@contoso.example"));
        replies.addAll(card.say("Întrebări de securitate (nu pentru administratori)"));
        for (int i = 0; i < 3; i++) {
            replies.addAll(card.say(answerTo(replies.get(replies.size() - 1))));
        }
        replies.addAll(card.say("O scriu într-un formular securizat"));
        replies.addAll(card.submit(Map.of("password", ON_CARD, "confirm", ON_CARD)));

        assertThat(String.join("\n", replies)).contains("Done: your password was changed")
                .contains("Gata: parola ta a fost schimbată");
        List<String> secrets = List.of(TYPED, ON_CARD, code, "Brașov", "Ioana", "Azor");
        String audited = audit.events().toString();
        String stored = stored(typed.conversationId()) + stored(card.conversationId());
        for (String secret : secrets) {
            assertThat(output.getAll()).as("log").doesNotContain(secret);
            assertThat(audited).as("audit").doesNotContain(secret);
            assertThat(stored).as("conversation state").doesNotContain(secret);
            assertThat(String.join("\n", replies)).as("replies").doesNotContain(secret);
        }
        assertThat(audited).contains("PasswordReset");
    }

    private String stored(String conversationId) throws Exception {
        String key = "webchat/conversations/" + conversationId;
        Map<String, Object> state = storage.read(new String[] {key}).get();
        assertThat(state).as("state was stored").containsKey(key);
        return org.resetdesk.channel.BotJsonAccess.write(state);
    }

    /** Ana's registered answers (demo/directory.yaml). */
    private static String answerTo(String question) {
        if (question.contains("școală")) {
            return "Brașov";
        }
        if (question.contains("prieten")) {
            return "Ioana";
        }
        return "Azor";
    }
}
