package org.resetdesk.directory;

import java.util.Objects;

/**
 * A user account as the directory knows it.
 *
 * @param id             the directory's immutable id (object id, DN, ...)
 * @param upn            the sign-in name
 * @param displayName    the full name
 * @param firstName      the given name, for the password policy's user-name terms
 * @param lastName       the family name, for the password policy's user-name terms
 * @param employeeId     the employee id, or {@code null}
 * @param locale         the user's preferred language tag, or {@code null}
 * @param contacts       the contact methods registered for resets
 * @param administrator  whether the account holds an administrative role (stricter policy)
 * @param enabled        whether the account may sign in at all
 * @param locked         whether the account is locked out after failed sign-ins
 * @param synced         whether the account is mastered on-premises (cloud writes are refused)
 */
public record DirectoryUser(String id, String upn, String displayName, String firstName, String lastName,
        String employeeId, String locale, Contacts contacts, boolean administrator, boolean enabled, boolean locked,
        boolean synced) {

    public DirectoryUser {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(upn, "upn");
        contacts = contacts == null ? Contacts.NONE : contacts;
    }

    /** The same account with other contacts (those registered with ResetDesk, say). */
    public DirectoryUser withContacts(Contacts other) {
        return new DirectoryUser(id, upn, displayName, firstName, lastName, employeeId, locale, other, administrator,
                enabled, locked, synced);
    }

    /**
     * Where reset codes can be sent. Never shown to an anonymous user: replies may only show them masked, on
     * authenticated channels.
     *
     * @param alternateEmail a mailbox other than the account's own, or {@code null}
     * @param mobilePhone    a mobile number in E.164 form, or {@code null}
     */
    public record Contacts(String alternateEmail, String mobilePhone) {

        public static final Contacts NONE = new Contacts(null, null);

        /** The alternate email with most of the local part hidden ({@code a***@example.net}), or {@code null}. */
        public String maskedEmail() {
            if (alternateEmail == null || alternateEmail.indexOf('@') < 1) {
                return null;
            }
            int at = alternateEmail.indexOf('@');
            return alternateEmail.charAt(0) + "***" + alternateEmail.substring(at);
        }

        /** The mobile number with all but the last three digits hidden ({@code ******001}), or {@code null}. */
        public String maskedPhone() {
            if (mobilePhone == null) {
                return null;
            }
            String digits = mobilePhone.replaceAll("[^0-9]", "");
            return digits.length() < 4 ? "***" : "*".repeat(digits.length() - 3) + digits.substring(digits.length() - 3);
        }
    }
}
