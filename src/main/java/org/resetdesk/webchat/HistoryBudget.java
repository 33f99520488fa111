package org.resetdesk.webchat;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The activity JSON all web chat conversations together may keep, so that many visitors (or one attacker with many
 * addresses) cannot fill the heap: each conversation's history is bounded, and so is their sum. When the sum nears
 * the budget new conversations are refused, and when it reaches it new posts are, each with a {@code 503} the client
 * retries later, until idle conversations expire and give their bytes back. Thread-safe.
 */
final class HistoryBudget {

    /** New conversations are refused from this share of the budget on, so the open ones can still go on. */
    private static final double NEW_CONVERSATIONS_SHARE = 0.9;

    private final long limit;
    private final AtomicLong used = new AtomicLong();

    HistoryBudget(long limit) {
        if (limit <= 0) {
            throw new IllegalArgumentException("the budget must be positive");
        }
        this.limit = limit;
    }

    /** The budget for {@code configured} bytes, or an eighth of the heap the JVM may use when it is 0. */
    static HistoryBudget of(long configured) {
        return new HistoryBudget(configured > 0 ? configured : Runtime.getRuntime().maxMemory() / 8);
    }

    void add(long bytes) {
        used.addAndGet(bytes);
    }

    void release(long bytes) {
        used.addAndGet(-bytes);
    }

    /** Whether a new conversation may start. */
    boolean roomForNewConversation() {
        return used.get() < limit * NEW_CONVERSATIONS_SHARE;
    }

    /** Whether a post may be taken (its activity and the replies are added to a history). */
    boolean roomForPost() {
        return used.get() < limit;
    }

    long used() {
        return used.get();
    }

    long limit() {
        return limit;
    }
}
