package org.resetdesk.text;

/** A content file (messages, phrases) is missing, unreadable or inconsistent; the message names file and key. */
public class InvalidContentException extends RuntimeException {

    public InvalidContentException(String message) {
        super(message);
    }

    public InvalidContentException(String message, Throwable cause) {
        super(message, cause);
    }
}
