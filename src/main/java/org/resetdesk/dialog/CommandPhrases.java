package org.resetdesk.dialog;

/**
 * Recognises what the bot itself would take as a command (a menu title, a fixed phrase such as "reset my password"),
 * so that a secret answer can never be one: a stray message typed or pressed while the bot waits for a password
 * must not become the password. Implementations are immutable and thread-safe.
 */
@FunctionalInterface
public interface CommandPhrases {

    /** No phrase is a command; for engines that run without the conversation core (tests, tools). */
    CommandPhrases NONE = text -> false;

    /** Whether {@code text}, as typed, names something the bot offers or recognises as a request. */
    boolean isCommand(String text);
}
