package org.resetdesk.reset;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.resetdesk.directory.DirectoryAdapter;
import org.resetdesk.directory.DirectoryUser;
import org.resetdesk.identity.DirectoryCalls;
import org.resetdesk.identity.FlowReplies;
import org.resetdesk.identity.NoticeSender;
import org.resetdesk.notify.Notification;
import org.resetdesk.text.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Your password was reset / your account was unlocked" notices, so a person who did not do it finds out: to the
 * user's alternate email (or phone), and when an administrator's password is reset, to every administrator.
 */
final class ChangeNotices {

    private static final Logger log = LoggerFactory.getLogger(ChangeNotices.class);

    private final DirectoryAdapter directory;
    private final FlowReplies replies;
    private final DirectoryCalls calls;
    private final NoticeSender notices;

    ChangeNotices(DirectoryAdapter directory, FlowReplies replies, DirectoryCalls calls, NoticeSender notices) {
        this.directory = directory;
        this.replies = replies;
        this.calls = calls;
        this.notices = notices;
    }

    /** Sends the notices; completes when they were handed over (or failed, which is logged), never exceptionally. */
    CompletableFuture<Void> passwordReset(DirectoryUser user, Language language, String reference) {
        Map<String, String> args = Map.of("name", nameOf(user), "upn", user.upn(), "reference", reference);
        CompletableFuture<Boolean> own = toUser(user, language, "notify.reset", args, reference);
        if (!user.administrator()) {
            return own.thenAccept(sent -> { });
        }
        CompletableFuture<Void> admins = calls.directory(directory.administrators(), "administrators")
                .thenCompose(all -> CompletableFuture.allOf(all.stream()
                        .filter(admin -> admin.contacts().alternateEmail() != null)
                        .map(admin -> notices.send(email(admin.contacts().alternateEmail(),
                                language(admin, language), "notify.admin-reset", args), reference))
                        .toArray(CompletableFuture[]::new)))
                .exceptionally(error -> {
                    log.warn("[{}] administrators could not be listed for the reset notice: {}", reference,
                            DirectoryCalls.failure(error, "administrators").reason());
                    return null;
                });
        return CompletableFuture.allOf(own, admins);
    }

    CompletableFuture<Void> unlocked(DirectoryUser user, Language language, String reference) {
        return toUser(user, language, "notify.unlock", Map.of("name", nameOf(user), "upn", user.upn(),
                "reference", reference), reference).thenAccept(sent -> { });
    }

    private CompletableFuture<Boolean> toUser(DirectoryUser user, Language chatLanguage, String prefix,
            Map<String, String> args, String reference) {
        Language language = language(user, chatLanguage);
        if (user.contacts().alternateEmail() != null) {
            return notices.send(email(user.contacts().alternateEmail(), language, prefix, args), reference);
        }
        if (user.contacts().mobilePhone() != null) {
            return notices.send(new Notification(Notification.Channel.SMS, user.contacts().mobilePhone(),
                    replies.text(language, prefix + ".subject", args), replies.text(language, prefix + ".sms", args),
                    language),
                    reference);
        }
        return CompletableFuture.completedFuture(false);
    }

    private Notification email(String to, Language language, String prefix, Map<String, String> args) {
        return new Notification(Notification.Channel.EMAIL, to, replies.text(language, prefix + ".subject", args),
                replies.text(language, prefix + ".body", args), language);
    }

    private static Language language(DirectoryUser user, Language fallback) {
        return Language.fromLocale(user.locale()).orElse(fallback);
    }

    private static String nameOf(DirectoryUser user) {
        return user.displayName() == null ? user.upn() : user.displayName();
    }
}
