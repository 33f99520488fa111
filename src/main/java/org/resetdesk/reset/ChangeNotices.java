package org.resetdesk.reset;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.resetdesk.directory.DirectoryAdapter;
import org.resetdesk.directory.DirectoryUser;
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
    private final FlowSupport support;

    ChangeNotices(DirectoryAdapter directory, FlowSupport support) {
        this.directory = directory;
        this.support = support;
    }

    /** Sends the notices; completes when they were handed over (or failed, which is logged), never exceptionally. */
    CompletableFuture<Void> passwordReset(DirectoryUser user, Language language, String reference) {
        Map<String, String> args = Map.of("name", nameOf(user), "upn", user.upn(), "reference", reference);
        CompletableFuture<Boolean> own = toUser(user, language, "notify.reset", args, reference);
        if (!user.administrator()) {
            return own.thenAccept(sent -> { });
        }
        CompletableFuture<Void> admins = support.directory(directory.administrators(), "administrators")
                .thenCompose(all -> CompletableFuture.allOf(all.stream()
                        .filter(admin -> admin.contacts().alternateEmail() != null)
                        .map(admin -> support.send(email(admin.contacts().alternateEmail(),
                                language(admin, language), "notify.admin-reset", args), reference))
                        .toArray(CompletableFuture[]::new)))
                .exceptionally(error -> {
                    log.warn("[{}] administrators could not be listed for the reset notice: {}", reference,
                            FlowSupport.failure(error, "administrators").reason());
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
            return support.send(email(user.contacts().alternateEmail(), language, prefix, args), reference);
        }
        if (user.contacts().mobilePhone() != null) {
            return support.send(new Notification(Notification.Channel.SMS, user.contacts().mobilePhone(),
                    support.text(language, prefix + ".subject", args), support.text(language, prefix + ".sms", args),
                    language),
                    reference);
        }
        return CompletableFuture.completedFuture(false);
    }

    private Notification email(String to, Language language, String prefix, Map<String, String> args) {
        return new Notification(Notification.Channel.EMAIL, to, support.text(language, prefix + ".subject", args),
                support.text(language, prefix + ".body", args), language);
    }

    private static Language language(DirectoryUser user, Language fallback) {
        return Language.fromLocale(user.locale()).orElse(fallback);
    }

    private static String nameOf(DirectoryUser user) {
        return user.displayName() == null ? user.upn() : user.displayName();
    }
}
