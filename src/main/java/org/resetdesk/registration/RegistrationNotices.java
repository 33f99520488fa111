package org.resetdesk.registration;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

import org.resetdesk.audit.AuditEvent;
import org.resetdesk.directory.DirectoryUser;
import org.resetdesk.identity.FlowReplies;
import org.resetdesk.identity.NoticeSender;
import org.resetdesk.notify.Notification;
import org.resetdesk.text.Language;

/**
 * "Your reset methods were changed" notices, so that a person who did not make the change finds out: sent to the
 * contacts the account had before the change (an attacker who adds their own phone cannot keep the owner from
 * hearing of it), never to a contact just added.
 */
final class RegistrationNotices {

    private final FlowReplies replies;
    private final NoticeSender sender;

    RegistrationNotices(FlowReplies replies, NoticeSender sender) {
        this.replies = replies;
        this.sender = sender;
    }

    /** Sends the notices; completes when they were handed over (or failed, which is logged), never exceptionally. */
    CompletableFuture<Void> changed(DirectoryUser before, String added, String method, AuditEvent.MethodChange kind,
            Language chatLanguage, String reference) {
        Language language = Language.fromLocale(before.locale()).orElse(chatLanguage);
        String what = replies.text(language, "register.change." + kind.name().toLowerCase(java.util.Locale.ROOT),
                Map.of("method", replies.text(language, "register.method." + method, Map.of())));
        Map<String, String> args = Map.of("name", before.displayName() == null ? before.upn() : before.displayName(),
                "upn", before.upn(), "change", what, "reference", reference);
        String subject = replies.text(language, "notify.methods-changed.subject", args);
        List<CompletableFuture<Boolean>> sent = new ArrayList<>();
        String email = before.contacts().alternateEmail();
        if (email != null && !Objects.equals(email, added)) {
            sent.add(sender.send(new Notification(Notification.Channel.EMAIL, email, subject,
                    replies.text(language, "notify.methods-changed.body", args), language), reference));
        }
        String phone = before.contacts().mobilePhone();
        if (phone != null && !Objects.equals(phone, added)) {
            sent.add(sender.send(new Notification(Notification.Channel.SMS, phone, subject,
                    replies.text(language, "notify.methods-changed.sms", args), language), reference));
        }
        return CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new));
    }
}
