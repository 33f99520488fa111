package org.resetdesk.verification;

/**
 * A base32 secret that cannot be decoded. The message names the reason and position, never the secret itself.
 */
public final class InvalidSecretException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** Why a secret was refused. */
    public enum Reason {
        /** Nothing left after removing spaces and padding. */
        EMPTY,
        /** A character outside A–Z and 2–7 (in either case), or padding before the end. */
        INVALID_CHARACTER,
        /** A length no base32 encoding produces, or wrong padding. */
        INVALID_LENGTH
    }

    private final Reason reason;

    InvalidSecretException(Reason reason, String detail) {
        super("invalid base32 secret: " + detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
