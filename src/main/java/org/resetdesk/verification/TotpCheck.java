package org.resetdesk.verification;

/** The outcome of checking an authenticator app code. */
public enum TotpCheck {

    /** The code belongs to the current time step or a neighbour, and no later step was accepted before. */
    ACCEPTED,

    /** Not the code of any step in the window (or not a code at all). */
    WRONG,

    /** A correct code, but from a step already used (or older than one used): someone may be replaying it. */
    REPLAYED
}
