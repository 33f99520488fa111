package org.resetdesk.directory.ldap;

/**
 * The kind of LDAP directory ({@code resetdesk.directory.ldap.flavor}): how accounts are found, what their attributes
 * are called, and how a password is set and a lockout cleared.
 */
public enum LdapFlavor {

    /**
     * Active Directory (or Samba as a domain controller): the password is set by replacing {@code unicodePwd}, the
     * lockout cleared through {@code lockoutTime}, a disabled account read from {@code userAccountControl}.
     */
    ACTIVE_DIRECTORY("(&(objectCategory=person)(objectClass=user)"
            + "(|(userPrincipalName={0})(mail={0})(sAMAccountName={0})(employeeID={0})))", "mobile", "otherMailbox"),

    /**
     * OpenLDAP with the ppolicy overlay: the password is set by the Password Modify extended operation (RFC 3062),
     * the lockout cleared by removing {@code pwdAccountLockedTime}.
     */
    OPENLDAP("(&(objectClass=inetOrgPerson)(|(uid={0})(mail={0})(employeeNumber={0})))", "mobile", null);

    private final String defaultFilter;
    private final String defaultMobile;
    private final String defaultAlternateEmail;

    LdapFlavor(String defaultFilter, String defaultMobile, String defaultAlternateEmail) {
        this.defaultFilter = defaultFilter;
        this.defaultMobile = defaultMobile;
        this.defaultAlternateEmail = defaultAlternateEmail;
    }

    /** The user filter when none is configured: UPN or uid, mail, sAMAccountName and employee id. */
    String defaultFilter() {
        return defaultFilter;
    }

    String defaultMobile() {
        return defaultMobile;
    }

    /** OpenLDAP has no standard attribute for a second mailbox: none unless configured. */
    String defaultAlternateEmail() {
        return defaultAlternateEmail;
    }
}
