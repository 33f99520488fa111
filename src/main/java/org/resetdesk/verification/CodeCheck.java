package org.resetdesk.verification;

/** The outcome of checking a one-time code sent by email or SMS. */
public enum CodeCheck {

    /** The code matches and was still valid; it is now used up. */
    ACCEPTED,

    /** A valid code is waiting, but this is not it. */
    WRONG,

    /** The code's lifetime is over; a new one must be asked for. */
    EXPIRED,

    /** No code was issued for this account, method and conversation (or it was forgotten long ago). */
    NO_CODE,

    /** The code was already accepted once; codes are single use. */
    USED
}
