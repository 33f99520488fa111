package org.resetdesk.verification;

/**
 * The ways an employee can prove who they are before a reset or unlock. A closed set: the policy, the flows and the
 * audit speak of methods only through these constants.
 */
public enum VerificationMethod {

    /** A one-time code sent to the alternate (non-work) email address. */
    EMAIL_CODE,

    /** A one-time code sent by SMS to the registered mobile phone. */
    SMS_CODE,

    /** A time-based code (RFC 6238) from an authenticator app enrolled with a shared secret. */
    AUTHENTICATOR,

    /** Answers to security questions registered beforehand; never allowed for administrators. */
    SECURITY_QUESTIONS;

    /** Whether ResetDesk generates the code and delivers it through a notifier (and so must limit resends). */
    public boolean isDeliveredCode() {
        return this == EMAIL_CODE || this == SMS_CODE;
    }
}
