package org.resetdesk.notify.smtp;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.resetdesk.notify.ChannelNotifier;
import org.resetdesk.notify.Notification;
import org.resetdesk.runtime.LogContext;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Email over SMTP through Spring's {@link JavaMailSender} ({@code spring.mail.*}): each message plain text and HTML
 * ({@link MailLayout}), handed over on a small pool of sender threads, never on a turn thread, and failed after the
 * configured timeout. A failure says only what kind it was: never the address or the body (it may hold a code).
 */
final class SmtpNotifier implements ChannelNotifier, AutoCloseable {

    private final JavaMailSender mail;
    private final MailLayout layout;
    private final SmtpProperties properties;
    private final ExecutorService senders;

    SmtpNotifier(JavaMailSender mail, MailLayout layout, SmtpProperties properties, ExecutorService senders) {
        this.mail = mail;
        this.layout = layout;
        this.properties = properties;
        this.senders = senders;
    }

    @Override
    public Notification.Channel channel() {
        return Notification.Channel.EMAIL;
    }

    @Override
    public CompletableFuture<Void> send(Notification notification) {
        if (notification.channel() != Notification.Channel.EMAIL) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("not an email"));
        }
        CompletableFuture<Void> sent = new CompletableFuture<>();
        try {
            senders.execute(LogContext.carried(() -> {
                if (sent.isDone()) {
                    return; // given up on while it waited: the user was told it was not sent, so it never is
                }
                try {
                    deliver(notification);
                    sent.complete(null);
                } catch (RuntimeException e) {
                    sent.completeExceptionally(e);
                }
            }));
        } catch (java.util.concurrent.RejectedExecutionException e) {
            return CompletableFuture.failedFuture(new SendFailedException("too many messages waiting"));
        }
        return sent.orTimeout(properties.timeout().toMillis(), TimeUnit.MILLISECONDS);
    }

    private void deliver(Notification notification) {
        try {
            MimeMessage message = mail.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(properties.from());
            helper.setTo(notification.to());
            helper.setSubject(notification.subject());
            String language = notification.language() == null ? "en" : notification.language().code();
            helper.setText(notification.body(), layout.render(language, notification.subject(), notification.body()));
            mail.send(message);
        } catch (MessagingException | MailException e) {
            // Only the kind: a MailException's message can quote the addresses.
            throw new SendFailedException(e.getClass().getSimpleName());
        }
    }

    @Override
    public void close() {
        senders.shutdown();
    }

    /** The server did not take the message. */
    static final class SendFailedException extends RuntimeException {
        SendFailedException(String kind) {
            super("the SMTP server did not take the message (" + kind + ")");
        }
    }
}
