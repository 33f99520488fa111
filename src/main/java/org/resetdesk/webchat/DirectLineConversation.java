package org.resetdesk.webchat;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One web chat conversation's activity stream: the last activities (at most a configured number of them and of
 * bytes of JSON), each numbered in order. A client reads what came after the watermark it last saw. Posts are
 * processed one at a time, so replies never interleave and state updates are not lost. Thread-safe.
 */
interface DirectLineConversation {

    String id();

    /** Runs {@code work} after every piece of work queued before it has finished, successfully or not. */
    <T> CompletableFuture<T> serially(Supplier<CompletableFuture<T>> work);

    /** The id the next appended activity gets (stable while the caller is the only one appending). */
    String nextId();

    /**
     * Adds an activity; {@code render} gets the activity's new id and returns its JSON.
     *
     * @return the new activity's id
     */
    default String append(Function<String, String> render) {
        return append(render, null);
    }

    /**
     * Adds an activity to be shown once: {@code render} gives its JSON, {@code mask} the JSON that replaces it once a
     * client has read past it (its watermark is beyond it), or {@code null} to keep it as it is. Both may be called
     * more than once and must give the same text each time.
     *
     * @return the new activity's id
     */
    String append(Function<String, String> render, Function<String, String> mask);

    /** The conversation is forgotten: its history goes. */
    void discard();

    /** The activities after {@code since} (still kept) and the watermark to ask from next time. */
    Page after(long since);

    /** The id of the conversation's activity number {@code sequence}. */
    static String activityId(String conversationId, long sequence) {
        return conversationId + "|" + String.format(Locale.ROOT, "%07d", sequence);
    }

    /** Activities as JSON texts, and the watermark after them. */
    record Page(List<String> activities, long watermark) {
    }
}
