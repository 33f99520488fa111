package org.resetdesk.enrollment;

/** The store could not read or write registrations; the message names the operation, never a value. */
public final class EnrollmentStoreException extends RuntimeException {

    public EnrollmentStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
