package org.resetdesk.notify.smtp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.resetdesk.notify.Notification;
import org.resetdesk.text.Language;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** Email over a real SMTP server (GreenMail): plain, with authentication, over SMTPS, and with the server down. */
class SmtpNotifierTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(new com.icegreen.greenmail.util.ServerSetup[] {
            ServerSetupTest.SMTP.dynamicPort(), ServerSetupTest.SMTPS.dynamicPort()})
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("resetdesk", "obviously-fake-smtp-secret"));

    private static final Notification CODE = new Notification(Notification.Channel.EMAIL, "ana@example.net",
            "Your ResetDesk code", "Your code is 12345678.\n\nIt is valid for 5 minutes.", Language.RO);

    private static SmtpNotifier notifier(JavaMailSenderImpl sender) {
        return new SmtpNotifier(sender, MailLayout.load(Path.of("dialogs")),
                new SmtpProperties("smtp", "ResetDesk <resetdesk@contoso.example>", Duration.ofSeconds(10), 2),
                Executors.newFixedThreadPool(2));
    }

    private static JavaMailSenderImpl plain() {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("localhost");
        sender.setPort(SMTP.getSmtp().getPort());
        return sender;
    }

    @Test
    void send_deliversPlainTextAndHtml_fromTheConfiguredSender() throws Exception {
        notifier(plain()).send(CODE).get(10, TimeUnit.SECONDS);

        MimeMessage received = SMTP.getReceivedMessages()[0];
        assertThat(received.getSubject()).isEqualTo("Your ResetDesk code");
        assertThat(received.getFrom()[0].toString()).contains("resetdesk@contoso.example");
        assertThat(received.getAllRecipients()[0].toString()).isEqualTo("ana@example.net");
        assertThat(received.getContent()).isInstanceOf(Multipart.class);
        assertThat(GreenMailUtil.getWholeMessage(received)).contains("Your code is 12345678.")
                .contains("<html lang=\"ro\">").contains("<p ");
    }

    @Test
    void send_withAuthentication_overSmtps() throws Exception {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("localhost");
        sender.setPort(SMTP.getSmtps().getPort());
        sender.setProtocol("smtps");
        sender.setUsername("resetdesk");
        sender.setPassword("obviously-fake-smtp-secret");
        Properties mail = new Properties();
        mail.put("mail.smtps.auth", "true");
        mail.put("mail.smtps.ssl.trust", "*"); // GreenMail's own test certificate, for this test only
        mail.put("mail.smtps.ssl.checkserveridentity", "false");
        sender.setJavaMailProperties(mail);

        notifier(sender).send(CODE).get(10, TimeUnit.SECONDS);

        assertThat(SMTP.getReceivedMessages()).hasSize(1);
    }

    @Test
    void send_withTheServerDown_failsWithoutNamingTheAddressOrTheBody() {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("localhost");
        sender.setPort(1); // nothing listens there

        assertThatThrownBy(() -> notifier(sender).send(CODE).get(10, TimeUnit.SECONDS))
                .hasCauseInstanceOf(SmtpNotifier.SendFailedException.class)
                .cause().message().doesNotContain("ana@example.net").doesNotContain("12345678");
    }

    @Test
    void layout_escapesWhatItFillsIn() {
        String html = MailLayout.load(Path.of("dialogs")).render("en", "a <b>", "1 < 2 & \"x\"");

        assertThat(html).contains("a &lt;b&gt;").contains("1 &lt; 2 &amp; &quot;x&quot;").doesNotContain("<b>");
    }
}
