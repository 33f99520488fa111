package org.resetdesk.webchat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One web chat conversation's activity stream in this process's memory, its size counted against the
 * {@link HistoryBudget} of all conversations. Thread-safe.
 */
final class LocalConversation implements DirectLineConversation {

    private final String id;
    private final int limit;
    private final long maxBytes;
    private final HistoryBudget budget;
    private final Deque<Entry> history = new ArrayDeque<>();
    private long watermark;
    private long bytes;
    /** What the kept entries cost the heap, as counted against the budget. */
    private long heap;
    private boolean discarded;
    private CompletableFuture<?> tail = CompletableFuture.completedFuture(null);

    /** What a conversation costs the heap before any activity: the object, its id, its queue, its cache entry. */
    static final long OVERHEAD = 1024;

    LocalConversation(String id, int limit, long maxBytes, HistoryBudget budget) {
        this.id = id;
        this.limit = limit;
        this.maxBytes = maxBytes;
        this.budget = budget;
        this.heap = OVERHEAD;
        budget.add(OVERHEAD);
    }

    @Override
    public synchronized <T> CompletableFuture<T> serially(Supplier<CompletableFuture<T>> work) {
        CompletableFuture<T> next = tail.handle((result, failure) -> null).thenCompose(previous -> work.get());
        tail = next;
        return next;
    }

    @Override
    public synchronized String nextId() {
        return activityId(watermark + 1);
    }

    private String activityId(long sequence) {
        return DirectLineConversation.activityId(id, sequence);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public synchronized String append(Function<String, String> render, Function<String, String> mask) {
        long sequence = watermark + 1;
        String activityId = activityId(sequence);
        Entry entry = new Entry(sequence, render.apply(activityId), mask == null ? null : mask.apply(activityId));
        watermark = sequence;
        if (discarded) {
            return activityId; // forgotten while a turn was running: nothing more is kept for it
        }
        history.addLast(entry);
        bytes += entry.json.length();
        heap += entry.heapSize();
        budget.add(entry.heapSize());
        while (history.size() > limit || bytes > maxBytes && history.size() > 1) {
            Entry dropped = history.removeFirst();
            bytes -= dropped.json.length();
            heap -= dropped.heapSize();
            budget.release(dropped.heapSize());
        }
        return activityId;
    }

    /** The conversation is forgotten: its history goes, and its bytes go back to the budget. */
    @Override
    public synchronized void discard() {
        discarded = true;
        history.clear();
        budget.release(heap);
        bytes = 0;
        heap = 0;
    }

    @Override
    public synchronized Page after(long since) {
        List<String> activities = new ArrayList<>();
        for (Entry entry : history) {
            if (entry.sequence > since) {
                activities.add(entry.json);
            } else if (entry.masked != null) {
                // The client has read past it: from now on the history holds only the masked form.
                long before = entry.heapSize();
                bytes += entry.masked.length() - entry.json.length();
                entry.json = entry.masked;
                entry.masked = null;
                heap += entry.heapSize() - before;
                budget.add(entry.heapSize() - before);
            }
        }
        return new Page(activities, watermark);
    }

    /** One activity; its JSON changes once, when a shown-once activity is masked. Guarded by the conversation. */
    private static final class Entry {

        private final long sequence;
        private String json;
        private String masked;

        Entry(long sequence, String json, String masked) {
            this.sequence = sequence;
            this.json = json;
            this.masked = masked;
        }

        /** What the entry costs the heap, roughly: two bytes a character at most, plus the object headers. */
        long heapSize() {
            return 2L * (json.length() + (masked == null ? 0 : masked.length())) + 64;
        }
    }
}
