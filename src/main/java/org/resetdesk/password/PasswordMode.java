package org.resetdesk.password;

/** Which published policy ResetDesk applies to new passwords. */
public enum PasswordMode {
    /** Microsoft Entra ID's cloud policy: 8–256 characters, 3 of 4 character classes, banned-password score of 5. */
    ENTRA,
    /** NIST SP 800-63B rev 4: long passwords, no composition rules, blocklist, repetition, sequences, context words. */
    NIST
}
