package org.resetdesk.notify.smtp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resetdesk.TestTls;
import org.resetdesk.notify.Notification;
import org.resetdesk.text.Language;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.subethamail.smtp.auth.EasyAuthenticationHandlerFactory;
import org.subethamail.smtp.server.SMTPServer;

/**
 * Email over STARTTLS, the way Microsoft 365 and most relays take it (port 587): a real SMTP server (SubEtha SMTP)
 * that accepts mail only after STARTTLS and a login, with a certificate the client trusts. Without TLS the code must
 * not go out in clear.
 */
class SmtpStartTlsTest {

    private static final String USER = "resetdesk";
    private static final String SECRET = "obviously-fake-smtp-secret";
    private static final Notification CODE = new Notification(Notification.Channel.EMAIL, "ana@example.net",
            "Your ResetDesk code", "Your code is 12345678.\n\nIt is valid for 5 minutes.", Language.EN);

    @TempDir
    static Path folder;
    private static TestTls tls;

    private final List<String> received = new CopyOnWriteArrayList<>();
    private SMTPServer server;

    @BeforeAll
    static void keys() throws Exception {
        tls = TestTls.create(folder, "smtp");
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void send_upgradesToTlsAndLogsIn_beforeHandingOverTheCode() throws Exception {
        start(true);

        notifier(client(true)).send(CODE).get(20, TimeUnit.SECONDS);

        assertThat(received).singleElement().asString().contains("Your code is 12345678.");
    }

    @Test
    void send_toAServerWithoutStartTls_failsInsteadOfSendingTheCodeInClear() throws Exception {
        start(false);

        assertThatThrownBy(() -> notifier(client(true)).send(CODE).get(20, TimeUnit.SECONDS))
                .hasCauseInstanceOf(SmtpNotifier.SendFailedException.class)
                .cause().message().doesNotContain("12345678");
        assertThat(received).isEmpty();
    }

    @Test
    void send_withoutStartTls_isRefusedByAServerThatRequiresIt() throws Exception {
        start(true);

        assertThatThrownBy(() -> notifier(client(false)).send(CODE).get(20, TimeUnit.SECONDS))
                .hasCauseInstanceOf(SmtpNotifier.SendFailedException.class);
        assertThat(received).isEmpty();
    }

    private void start(boolean offerTls) throws Exception {
        SMTPServer.Builder builder = SMTPServer.port(0).bindAddress(java.net.InetAddress.getLoopbackAddress())
                .authenticationHandlerFactory(new EasyAuthenticationHandlerFactory(
                        (user, password, context) -> {
                            if (!USER.equals(user) || !SECRET.equals(password)) {
                                throw new org.subethamail.smtp.auth.LoginFailedException();
                            }
                        }))
                .requireAuth()
                .messageHandler((context, from, to, data) ->
                        received.add(new String(data, StandardCharsets.UTF_8)));
        if (offerTls) {
            builder.enableTLS().requireTLS().startTlsSocketFactory(serverContext());
        }
        server = builder.build();
        server.start();
    }

    private JavaMailSenderImpl client(boolean startTls) throws Exception {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("localhost");
        sender.setPort(server.getPortAllocated());
        sender.setUsername(USER);
        sender.setPassword(SECRET);
        Properties mail = new Properties();
        mail.put("mail.smtp.auth", "true");
        if (startTls) {
            // What spring.mail.properties.mail.smtp.starttls.* set in application.yaml.
            mail.put("mail.smtp.starttls.enable", "true");
            mail.put("mail.smtp.starttls.required", "true");
            mail.put("mail.smtp.ssl.checkserveridentity", "true");
            mail.put("mail.smtp.ssl.socketFactory", clientContext().getSocketFactory());
        }
        sender.setJavaMailProperties(mail);
        return sender;
    }

    private static SmtpNotifier notifier(JavaMailSenderImpl sender) {
        return new SmtpNotifier(sender, MailLayout.load(Path.of("dialogs")),
                new SmtpProperties("smtp", "ResetDesk <resetdesk@contoso.example>", Duration.ofSeconds(15), 2),
                Executors.newFixedThreadPool(2));
    }

    private static SSLContext serverContext() throws Exception {
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(load(tls.keyStore), TestTls.PASSWORD.toCharArray());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), null, null);
        return context;
    }

    private static SSLContext clientContext() throws Exception {
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(load(tls.trustStore));
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }

    private static KeyStore load(Path store) throws Exception {
        KeyStore keyStore = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            keyStore.load(in, TestTls.PASSWORD.toCharArray());
        }
        return keyStore;
    }
}
