package org.resetdesk.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.resetdesk.cache.RecentFirstMap;
import org.resetdesk.conversation.ConversationMemory;
import org.resetdesk.text.Language;

class SnapshotStorageTest {

    private static final String KEY = "webchat/conversations/c1";

    private final RecentFirstMap<Map<String, Object>> entries = new RecentFirstMap<>(1000,
            java.time.Duration.ofHours(1), java.time.Clock.systemUTC());
    private final SnapshotStorage storage = new SnapshotStorage(entries);

    private static <T> T done(CompletableFuture<T> future) throws Exception {
        return future.get(5, TimeUnit.SECONDS);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> read(String key) throws Exception {
        return (Map<String, Object>) done(storage.read(new String[] {key})).get(key);
    }

    @Test
    void written_entry_isReadBackWithEqualValues() throws Exception {
        ConversationMemory memory = ConversationMemory.startingIn(Language.RO);
        done(storage.write(Map.of(KEY, Map.of("memory", memory, "seen", Instant.EPOCH, "turns", 3))));

        assertThat(read(KEY)).containsExactlyInAnyOrderEntriesOf(
                Map.of("memory", memory, "seen", Instant.EPOCH, "turns", 3));
    }

    @Test
    void changing_whatWasRead_orWhatWasWritten_leavesTheStoredEntryAlone() throws Exception {
        Map<String, Object> written = new ConcurrentHashMap<>(Map.of("memory", ConversationMemory.fresh()));
        done(storage.write(Map.of(KEY, written)));

        written.put("extra", "after the write");
        Map<String, Object> firstRead = read(KEY);
        firstRead.put("memory", ConversationMemory.startingIn(Language.EN));

        assertThat(read(KEY)).containsOnlyKeys("memory").containsEntry("memory", ConversationMemory.fresh());
    }

    @Test
    void unknown_key_isAbsentFromTheResult() throws Exception {
        assertThat(done(storage.read(new String[] {"webchat/conversations/none"}))).isEmpty();
    }

    @Test
    void mutable_value_isRefused_andNothingOfTheWriteIsStored() {
        List<String> mutable = new ArrayList<>(List.of("a"));

        assertThatThrownBy(() -> done(storage.write(Map.of(
                KEY, Map.of("memory", ConversationMemory.fresh()),
                "webchat/conversations/c2", Map.of("list", mutable)))))
                .isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'webchat/conversations/c2'")
                .hasMessageContaining("property 'list' is not an immutable value");
        assertThat(entries.size()).isZero();
    }

    /** A record holding something that can change after the write. */
    private record WithArray(String[] names) {
    }

    private record WithBuilder(String name, StringBuilder notes) {
    }

    @Test
    void record_withAMutableComponent_isRefused() {
        assertThatThrownBy(() -> done(storage.write(Map.of(KEY, Map.of("list", new WithArray(new String[] {"a"}))))))
                .cause().hasMessageContaining("property 'list' is not an immutable value");
        assertThatThrownBy(() -> done(storage.write(Map.of(KEY, Map.of("notes", new WithBuilder("a",
                new StringBuilder()))))))
                .cause().hasMessageContaining("property 'notes' is not an immutable value");
    }

    @Test
    void theStateRecords_copyTheCollectionsTheyAreGiven() throws Exception {
        List<String> offered = new ArrayList<>(List.of("code-not-received"));
        Map<String, String> slots = new java.util.HashMap<>(Map.of("account", "ana"));
        ConversationMemory memory = new ConversationMemory(Language.RO, 0,
                new org.resetdesk.dialog.DialogState("reset-password", "ask-code", 0, slots), offered, null);
        done(storage.write(Map.of(KEY, Map.of("memory", memory))));

        offered.add("changed later");
        slots.put("account", "changed later");

        ConversationMemory read = (ConversationMemory) read(KEY).get("memory");
        assertThat(read.offered()).containsExactly("code-not-received");
        assertThat(read.dialog().slots()).containsEntry("account", "ana");
    }

    @Test
    void item_thatIsNotAMap_isRefused() {
        assertThatThrownBy(() -> done(storage.write(Map.of(KEY, new StringBuilder("state")))))
                .cause().isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a map of properties");
    }

    @Test
    void delete_removesTheEntry() throws Exception {
        done(storage.write(Map.of(KEY, Map.of("memory", ConversationMemory.fresh()))));

        done(storage.delete(new String[] {KEY}));

        assertThat(read(KEY)).isNull();
    }

    @Test
    void null_keys_failTheFuture_insteadOfThrowing() {
        assertThat(storage.read(null)).isCompletedExceptionally();
        assertThat(storage.delete(null)).isCompletedExceptionally();
        assertThat(storage.write(null)).isCompletedExceptionally();
    }
}
