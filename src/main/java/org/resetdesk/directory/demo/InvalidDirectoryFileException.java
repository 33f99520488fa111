package org.resetdesk.directory.demo;

/**
 * The demo directory's file cannot be used: its syntax, a user entry, a duplicate name or a hash. The message names
 * the file and the place, never the content, which may be a password hash, an authenticator secret or an answer.
 * No cause is kept, so that nothing prints the parser's own message (which quotes the line) either.
 */
public final class InvalidDirectoryFileException extends IllegalStateException {

    InvalidDirectoryFileException(String message) {
        super(message);
    }
}
