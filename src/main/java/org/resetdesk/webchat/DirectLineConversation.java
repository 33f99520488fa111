package org.resetdesk.webchat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Function;

/**
 * One web chat conversation's activity stream: the last {@code limit} activities, each numbered in order. A client
 * reads what came after the watermark it last saw. Thread-safe.
 */
final class DirectLineConversation {

    private final String id;
    private final int limit;
    private final Deque<Entry> history = new ArrayDeque<>();
    private long watermark;

    DirectLineConversation(String id, int limit) {
        this.id = id;
        this.limit = limit;
    }

    String id() {
        return id;
    }

    /**
     * Adds an activity; {@code render} gets the activity's new id and returns its JSON.
     *
     * @return the new activity's id
     */
    synchronized String append(Function<String, String> render) {
        long sequence = watermark + 1;
        String activityId = id + "|" + String.format("%07d", sequence);
        history.addLast(new Entry(sequence, render.apply(activityId)));
        watermark = sequence;
        while (history.size() > limit) {
            history.removeFirst();
        }
        return activityId;
    }

    /** The activities after {@code since} (still kept) and the watermark to ask from next time. */
    synchronized Page after(long since) {
        List<String> activities = new ArrayList<>();
        for (Entry entry : history) {
            if (entry.sequence() > since) {
                activities.add(entry.json());
            }
        }
        return new Page(activities, watermark);
    }

    private record Entry(long sequence, String json) {
    }

    /** Activities as JSON texts, and the watermark after them. */
    record Page(List<String> activities, long watermark) {
    }
}
