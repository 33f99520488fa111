package org.resetdesk.notify.smtp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.resetdesk.MutableClock;
import org.resetdesk.TestClockConfiguration;
import org.resetdesk.channel.ChatDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A whole reset over {@code /api/messages} with the code sent by real email: the dev outbox off, the SMTP server
 * GreenMail, the code read from the mailbox, and the change notice sent the same way.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "resetdesk.notify.dev-outbox=false", "resetdesk.notify.email.type=smtp",
        "resetdesk.notify.email.from=ResetDesk <resetdesk@contoso.example>", "spring.mail.host=localhost"})
@Import(TestClockConfiguration.class)
class EmailCodeResetTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);

    private static final Pattern CODE = Pattern.compile("\\b(\\d{8})\\b");

    @DynamicPropertySource
    static void smtpServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Test
    void aCodeByEmail_arrivesInTheMailbox_andResetsThePassword() throws Exception {
        clock.advance(Duration.ofDays(2));
        ChatDriver chat = new ChatDriver(port, "en-US");
        chat.say("reset my password");
        chat.say("john.doe@contoso.example");
        chat.say("Code by email");
        assertThat(SMTP.waitForIncomingEmail(10_000, 1)).isTrue();
        MimeMessage codeMail = SMTP.getReceivedMessages()[0];
        assertThat(codeMail.getAllRecipients()[0].toString()).isEqualTo("john.doe.home@example.net");
        Matcher code = CODE.matcher(GreenMailUtil.getBody(codeMail));
        assertThat(code.find()).isTrue();

        assertThat(String.join("\n", chat.say(code.group(1)))).contains("confirmed");
        chat.say("Type it in the chat");
        assertThat(String.join("\n", chat.say("Marble-Orbit-Lantern-81"))).contains("Done");

        assertThat(SMTP.waitForIncomingEmail(10_000, 2)).isTrue();
        assertThat(SMTP.getReceivedMessages()[1].getSubject()).isNotBlank();
    }
}
