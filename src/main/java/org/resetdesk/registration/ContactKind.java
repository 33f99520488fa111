package org.resetdesk.registration;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import org.resetdesk.directory.DirectoryUser;
import org.resetdesk.enrollment.Enrollment;
import org.resetdesk.notify.Notification;
import org.resetdesk.verification.VerificationMethod;

/** The two contacts a user can register, each confirmed by a code sent to it: an alternate email and a mobile phone. */
enum ContactKind {

    EMAIL(VerificationMethod.EMAIL_CODE, Notification.Channel.EMAIL),
    PHONE(VerificationMethod.SMS_CODE, Notification.Channel.SMS);

    /** A mailbox as people type it; the directory's and mail server's own checks come after. */
    private static final Pattern ADDRESS = Pattern.compile("[A-Za-z0-9._%+'-]{1,64}@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");
    private static final int MAX_EMAIL = 254;
    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    private final VerificationMethod method;
    private final Notification.Channel channel;

    ContactKind(VerificationMethod method, Notification.Channel channel) {
        this.method = method;
        this.channel = channel;
    }

    VerificationMethod method() {
        return method;
    }

    Notification.Channel channel() {
        return channel;
    }

    /**
     * The contact in its stored form (an email in lower case, a phone in E.164), or empty when {@code typed} is not
     * one. A phone must be typed with its country code, since ResetDesk serves many countries.
     */
    Optional<String> normalise(String typed) {
        String value = typed.strip();
        if (this == EMAIL) {
            return value.length() <= MAX_EMAIL && ADDRESS.matcher(value).matches()
                    ? Optional.of(value.toLowerCase(Locale.ROOT)) : Optional.empty();
        }
        if (!value.startsWith("+") && !value.startsWith("00")) {
            return Optional.empty();
        }
        try {
            Phonenumber.PhoneNumber number = PHONES.parse(value.startsWith("00") ? "+" + value.substring(2) : value,
                    "ZZ");
            return PHONES.isValidNumber(number)
                    ? Optional.of(PHONES.format(number, PhoneNumberUtil.PhoneNumberFormat.E164)) : Optional.empty();
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    /** The contact in force for {@code user} (registered with ResetDesk or from the directory), or {@code null}. */
    String inForce(DirectoryUser user) {
        return this == EMAIL ? user.contacts().alternateEmail() : user.contacts().mobilePhone();
    }

    Enrollment register(Enrollment enrollment, String value) {
        return this == EMAIL ? enrollment.withAlternateEmail(value) : enrollment.withMobilePhone(value);
    }

    /** The contact masked for a reply ({@code a***@example.net}, {@code *********001}). */
    String masked(String value) {
        DirectoryUser.Contacts contacts = this == EMAIL ? new DirectoryUser.Contacts(value, null)
                : new DirectoryUser.Contacts(null, value);
        return this == EMAIL ? contacts.maskedEmail() : contacts.maskedPhone();
    }

    /** The option id flow files use for it. */
    String optionId() {
        return this == EMAIL ? "email" : "phone";
    }
}
