package org.resetdesk.notify.smtp;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.resetdesk.content.ContentProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;

/** {@code resetdesk.notify.email.type=smtp}: email through the SMTP server of {@code spring.mail.*}. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "resetdesk.notify.email.type", havingValue = "smtp")
@EnableConfigurationProperties(SmtpProperties.class)
class SmtpConfiguration {

    /** Messages waiting for a sender at most; beyond that a send fails at once instead of queueing for minutes. */
    private static final int QUEUE = 1000;

    @Bean
    SmtpNotifier smtpNotifier(ObjectProvider<JavaMailSender> mail,
            SmtpProperties properties, ContentProperties content) {
        properties.requireComplete();
        JavaMailSender sender = mail.getIfAvailable(() -> {
            throw new IllegalStateException("resetdesk.notify.email.type=smtp needs spring.mail.host (the SMTP"
                    + " server)");
        });
        if (sender instanceof org.springframework.mail.javamail.JavaMailSenderImpl impl) {
            // JavaMail waits forever by default: a server that stops answering would hold every sender thread.
            String millis = Long.toString(properties.timeout().toMillis());
            for (String protocol : new String[] {"smtp", "smtps"}) {
                for (String timeout : new String[] {"connectiontimeout", "timeout", "writetimeout"}) {
                    impl.getJavaMailProperties().putIfAbsent("mail." + protocol + "." + timeout, millis);
                }
            }
        }
        AtomicInteger number = new AtomicInteger();
        ThreadPoolExecutor senders = new ThreadPoolExecutor(properties.senders(), properties.senders(), 30,
                TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUE), task -> {
                    Thread thread = new Thread(task, "resetdesk-smtp-" + number.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        return new SmtpNotifier(sender, MailLayout.load(content.dialogsDir()), properties, senders);
    }
}
