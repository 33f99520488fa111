package org.resetdesk.notify.outbox;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one-time codes out of the dev outbox, as a person would from their mailbox. Only code messages count: other
 * notices carry references (UUIDs) whose digit runs must not be mistaken for codes.
 */
public final class OutboxCodes {

    /** The sentence of {@code notify.code.body} in English and Romanian, with the code. */
    private static final Pattern CODE = Pattern.compile(
            "(?:verification code is|de verificare ResetDesk este) (\\d{6,10})\\b");

    private OutboxCodes() {
    }

    /** The code of the newest code message. */
    public static String newest(OutboxNotifier outbox) {
        return nth(outbox, 0);
    }

    /** The code of the code message {@code skip} messages before the newest one. */
    public static String nth(OutboxNotifier outbox, int skip) {
        return outbox.newestFirst().stream()
                .map(delivered -> code(delivered.notification().body()))
                .flatMap(Optional::stream)
                .skip(skip)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no code message in the outbox"));
    }

    /** The code of the newest code message sent to {@code address}. */
    public static Optional<String> newestTo(OutboxNotifier outbox, String address) {
        return outbox.newestFirst().stream()
                .filter(delivered -> delivered.notification().to().equals(address))
                .map(delivered -> code(delivered.notification().body()))
                .flatMap(Optional::stream)
                .findFirst();
    }

    private static Optional<String> code(String body) {
        Matcher matcher = CODE.matcher(body);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}
