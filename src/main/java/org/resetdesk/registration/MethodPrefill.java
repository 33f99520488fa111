package org.resetdesk.registration;

import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.resetdesk.audit.AuditContext;
import org.resetdesk.audit.AuditEvent;
import org.resetdesk.directory.DirectoryAdapter;
import org.resetdesk.directory.DirectoryUser;
import org.resetdesk.enrollment.Enrollment;
import org.resetdesk.enrollment.EnrollmentStore;
import org.resetdesk.identity.DirectoryCalls;
import org.resetdesk.identity.FlowAudit;
import org.resetdesk.verification.VerificationMethod;

/**
 * An administrator pre-fills a user's alternate email or mobile phone, as Entra lets admins pre-populate
 * authentication contact info, so that a user with nothing registered can reset or register on the web chat. The
 * contacts are taken as given (the admin vouches for them), are not counted as the user's confirmation, and each is
 * audited.
 */
public final class MethodPrefill {

    private final DirectoryAdapter directory;
    private final EnrollmentStore store;
    private final DirectoryCalls calls;
    private final FlowAudit audit;
    private final DirectoryContacts contacts;

    MethodPrefill(DirectoryAdapter directory, EnrollmentStore store, DirectoryCalls calls, FlowAudit audit,
            DirectoryContacts contacts) {
        this.directory = directory;
        this.store = store;
        this.calls = calls;
        this.audit = audit;
        this.contacts = contacts;
    }

    /** What a pre-fill did. */
    public sealed interface Result {
        /** Stored; the contacts in force now, masked. */
        record Done(String userId, String maskedEmail, String maskedPhone) implements Result {
        }

        /** Nothing stored: {@code reason} says what is wrong with the request. */
        record Invalid(String reason) implements Result {
        }

        /** No account has this id or name. */
        record NotFound() implements Result {
        }
    }

    /**
     * Sets the given contacts ({@code null} leaves one as it is) for the account the directory knows by
     * {@code account} (id, sign-in name, email or employee id). Completes exceptionally with a directory or store
     * failure.
     */
    public CompletableFuture<Result> prefill(String account, String email, String phone) {
        if (email == null && phone == null) {
            return CompletableFuture.completedFuture(new Result.Invalid(
                    "Give 'alternateEmail', 'mobilePhone' or both"));
        }
        Optional<String> normalEmail = email == null ? Optional.empty() : ContactKind.EMAIL.normalise(email);
        Optional<String> normalPhone = phone == null ? Optional.empty() : ContactKind.PHONE.normalise(phone);
        if (email != null && normalEmail.isEmpty()) {
            return CompletableFuture.completedFuture(new Result.Invalid("'alternateEmail' is not an email address"));
        }
        if (phone != null && normalPhone.isEmpty()) {
            return CompletableFuture.completedFuture(new Result.Invalid(
                    "'mobilePhone' is not a mobile number with its country code, such as +40721000000"));
        }
        return calls.directory(directory.find(account), "find").thenCompose(found -> {
            if (found.isEmpty()) {
                return CompletableFuture.completedFuture(new Result.NotFound());
            }
            DirectoryUser user = found.get();
            return calls.directory(store.update(user.id(), current -> {
                Enrollment next = normalEmail.map(current::withAlternateEmail).orElse(current);
                return normalPhone.map(next::withMobilePhone).orElse(next);
            }), "enrollment").thenCompose(stored -> {
                String reference = UUID.randomUUID().toString();
                AuditContext context = new AuditContext(audit.now(), reference, "admin", null, user.id());
                normalEmail.ifPresent(value -> audit.record(new AuditEvent.MethodChanged(context,
                        VerificationMethod.EMAIL_CODE.name(), AuditEvent.MethodChange.PREFILLED)));
                normalPhone.ifPresent(value -> audit.record(new AuditEvent.MethodChanged(context,
                        VerificationMethod.SMS_CODE.name(), AuditEvent.MethodChange.PREFILLED)));
                return CompletableFuture.allOf(
                        contacts.write(user.id(), ContactKind.EMAIL, normalEmail.orElse(null), reference),
                        contacts.write(user.id(), ContactKind.PHONE, normalPhone.orElse(null), reference))
                        .thenApply(written -> {
                            DirectoryUser.Contacts now = new DirectoryUser.Contacts(stored.alternateEmail(),
                                    stored.mobilePhone());
                            return new Result.Done(user.id(), now.maskedEmail(), now.maskedPhone());
                        });
            });
        });
    }
}
