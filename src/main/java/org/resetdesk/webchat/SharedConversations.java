package org.resetdesk.webchat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;

import org.resetdesk.crypto.SecretCipher;
import org.resetdesk.state.Leases;
import org.resetdesk.state.SealedJsonCodec;
import org.resetdesk.state.SharedMap;
import org.resetdesk.state.SharedMaps;

/**
 * Web chat conversations in the shared store ({@code resetdesk.state.store=redis}), so a conversation opened on one
 * instance can be posted to and polled on any other. Each conversation's history is one entry, sealed with the
 * store's key (it holds what the user typed and the bot's replies, a temporary password shown once among them, until
 * it is masked), changed atomically; posts to one conversation take turns across instances through a lease. The
 * store's own memory is the operator's to size: no history budget is counted here.
 */
final class SharedConversations implements DirectLineConversations {

    /** The history as stored: the last activity's number, and the activities kept. */
    record History(long watermark, List<Item> items) {
        History {
            items = List.copyOf(items);
        }
    }

    /** One activity, and the text that replaces it once read, if it is shown once. */
    record Item(long sequence, String json, String masked) {
    }

    private final SharedMap<History> histories;
    private final Leases posts;
    private final int limit;
    private final long maxBytes;

    SharedConversations(WebChatProperties properties, SharedMaps maps, SecretCipher cipher,
            java.time.Clock clock) {
        this.histories = maps.map(new SharedMaps.Spec<>("webchat", new SealedJsonCodec<>(History.class, cipher,
                "webchat-history"), properties.idleTimeout(), properties.maxConversations()));
        this.posts = new Leases(maps, "webchat-posts", clock);
        this.limit = properties.historyLimit();
        this.maxBytes = properties.historyBytes();
    }

    @Override
    public DirectLineConversation open() {
        String id = UUID.randomUUID().toString().replace("-", "");
        histories.compute(id, absent -> new History(0, List.of()));
        return new Conversation(id);
    }

    @Override
    public Optional<DirectLineConversation> find(String id) {
        return histories.get(id).map(history -> new Conversation(id));
    }

    @Override
    public void checkRoomForPost() {
        // the store's memory is sized by its operator
    }

    private final class Conversation implements DirectLineConversation {

        private final String id;

        Conversation(String id) {
            this.id = id;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public <T> CompletableFuture<T> serially(Supplier<CompletableFuture<T>> work) {
            return CompletableFuture.completedFuture(id).thenCompose(key -> posts.serialized(key, work));
        }

        @Override
        public String nextId() {
            long watermark = histories.get(id).map(History::watermark).orElse(0L);
            return DirectLineConversation.activityId(id, watermark + 1);
        }

        @Override
        public String append(Function<String, String> render, Function<String, String> mask) {
            String[] appended = {null};
            histories.compute(id, history -> {
                if (history == null) {
                    appended[0] = DirectLineConversation.activityId(id, 1);
                    return null; // forgotten meanwhile: nothing more is kept for it
                }
                long sequence = history.watermark() + 1;
                String activityId = DirectLineConversation.activityId(id, sequence);
                appended[0] = activityId;
                List<Item> items = new ArrayList<>(history.items());
                items.add(new Item(sequence, render.apply(activityId), mask == null ? null : mask.apply(activityId)));
                long bytes = items.stream().mapToLong(item -> item.json().length()).sum();
                while (items.size() > limit || bytes > maxBytes && items.size() > 1) {
                    bytes -= items.remove(0).json().length();
                }
                return new History(sequence, items);
            });
            return appended[0];
        }

        @Override
        public void discard() {
            histories.remove(id);
        }

        @Override
        public Page after(long since) {
            History read = histories.compute(id, history -> history == null ? null : masked(history, since));
            if (read == null) {
                return new Page(List.of(), since);
            }
            List<String> activities = read.items().stream().filter(item -> item.sequence() > since)
                    .map(Item::json).toList();
            return new Page(activities, read.watermark());
        }

        /** The client has read past the shown-once activities up to {@code since}: only their masked form stays. */
        private History masked(History history, long since) {
            List<Item> items = history.items().stream().map(item -> item.sequence() <= since && item.masked() != null
                    ? new Item(item.sequence(), item.masked(), null) : item).toList();
            return new History(history.watermark(), items);
        }
    }
}
