package org.resetdesk.reset;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.resetdesk.directory.DirectoryAdapter;
import org.resetdesk.directory.DirectoryFailure;
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

    void passwordReset(DirectoryUser user, Language language, String reference) {
        Map<String, String> args = Map.of("name", nameOf(user), "upn", user.upn(), "reference", reference);
        toUser(user, language, "notify.reset", args, reference);
        if (user.administrator()) {
            List<DirectoryUser> admins;
            try {
                admins = support.await(directory.administrators(), "administrators");
            } catch (DirectoryFailure failure) {
                log.warn("[{}] administrators could not be listed for the reset notice: {}", reference,
                        failure.reason());
                return;
            }
            for (DirectoryUser admin : admins) {
                Optional.ofNullable(admin.contacts().alternateEmail()).ifPresent(to -> support.send(
                        email(to, language(admin, language), "notify.admin-reset", args), reference));
            }
        }
    }

    void unlocked(DirectoryUser user, Language language, String reference) {
        toUser(user, language, "notify.unlock", Map.of("name", nameOf(user), "upn", user.upn(),
                "reference", reference), reference);
    }

    private void toUser(DirectoryUser user, Language chatLanguage, String prefix, Map<String, String> args,
            String reference) {
        Language language = language(user, chatLanguage);
        if (user.contacts().alternateEmail() != null) {
            support.send(email(user.contacts().alternateEmail(), language, prefix, args), reference);
        } else if (user.contacts().mobilePhone() != null) {
            support.send(new Notification(Notification.Channel.SMS, user.contacts().mobilePhone(),
                    support.text(language, prefix + ".subject", args), support.text(language, prefix + ".sms", args)),
                    reference);
        }
    }

    private Notification email(String to, Language language, String prefix, Map<String, String> args) {
        return new Notification(Notification.Channel.EMAIL, to, support.text(language, prefix + ".subject", args),
                support.text(language, prefix + ".body", args));
    }

    private static Language language(DirectoryUser user, Language fallback) {
        return Language.fromLocale(user.locale()).orElse(fallback);
    }

    private static String nameOf(DirectoryUser user) {
        return user.displayName() == null ? user.upn() : user.displayName();
    }
}
