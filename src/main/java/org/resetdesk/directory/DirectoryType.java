package org.resetdesk.directory;

/** The directories ResetDesk can use ({@code resetdesk.directory.type}); any other value stops the start. */
public enum DirectoryType {
    /** The embedded demo directory (the default). */
    DEMO,
    /** Entra ID through Microsoft Graph. */
    ENTRA,
    /** Active Directory or OpenLDAP over LDAPS or StartTLS. */
    LDAP
}
