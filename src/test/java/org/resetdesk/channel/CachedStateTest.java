package org.resetdesk.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.microsoft.bot.builder.ConversationState;
import com.microsoft.bot.builder.MemoryStorage;
import com.microsoft.bot.builder.StatePropertyAccessor;
import com.microsoft.bot.builder.Storage;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.builder.TurnContextImpl;
import com.microsoft.bot.connector.authentication.SimpleChannelProvider;
import com.microsoft.bot.connector.authentication.SimpleCredentialProvider;
import com.microsoft.bot.integration.BotFrameworkHttpAdapter;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.ConversationAccount;
import org.junit.jupiter.api.Test;
import org.resetdesk.conversation.ConversationMemory;
import org.resetdesk.text.Language;

class CachedStateTest {

    private final CountingStorage storage = new CountingStorage();
    private final ConversationState state = new CachedConversationState(storage);
    private final StatePropertyAccessor<ConversationMemory> memory = state.createProperty("memory");
    private final BotFrameworkHttpAdapter adapter =
            new BotFrameworkHttpAdapter(new SimpleCredentialProvider(), new SimpleChannelProvider());

    private TurnContext turn() {
        Activity activity = Activity.createMessageActivity();
        activity.setChannelId("webchat");
        activity.setConversation(new ConversationAccount("c1"));
        activity.setFrom(new ChannelAccount("u1"));
        return new TurnContextImpl(adapter, activity);
    }

    private static <T> T done(CompletableFuture<T> future) throws Exception {
        return future.get(5, TimeUnit.SECONDS);
    }

    @Test
    void valueSetInOneTurn_isReadInTheNext() throws Exception {
        TurnContext first = turn();
        done(memory.set(first, ConversationMemory.startingIn(Language.RO)));
        done(state.saveChanges(first));

        ConversationMemory read = done(memory.get(turn(), ConversationMemory::fresh));

        assertThat(read.language()).isEqualTo(Language.RO);
    }

    @Test
    void memoryWithARunningDialog_survivesTheStorage() throws Exception {
        TurnContext first = turn();
        ConversationMemory inFlow = new ConversationMemory(Language.RO, 0,
                new org.resetdesk.dialog.DialogState("unlock-account", "confirm", 1, Map.of("ask-name", "Ana")),
                java.util.List.of(), null);
        done(memory.set(first, inFlow));
        done(state.saveChanges(first));

        ConversationMemory read = done(memory.get(turn(), ConversationMemory::fresh));

        assertThat(read).isEqualTo(inFlow);
    }

    @Test
    void saveChanges_unchangedState_doesNotWrite() throws Exception {
        TurnContext first = turn();
        done(memory.set(first, ConversationMemory.startingIn(Language.EN)));
        done(state.saveChanges(first));
        int writes = storage.writes.get();

        TurnContext second = turn();
        done(memory.get(second, ConversationMemory::fresh));
        done(state.saveChanges(second));

        assertThat(storage.writes.get()).isEqualTo(writes);
    }

    @Test
    void delete_removesTheStoredState() throws Exception {
        TurnContext first = turn();
        done(memory.set(first, ConversationMemory.startingIn(Language.RO)));
        done(state.saveChanges(first));

        done(state.delete(turn()));

        assertThat(done(memory.get(turn(), ConversationMemory::fresh)).language()).isNull();
    }

    @Test
    void propertyRead_waitsForAStorageThatAnswersLater() throws Exception {
        DeferredStorage slow = new DeferredStorage();
        Map<String, Object> stored = new java.util.concurrent.ConcurrentHashMap<>();
        stored.put("memory", ConversationMemory.startingIn(Language.RO));
        done(slow.delegate.write(Map.of("webchat/conversations/c1", stored)));
        ConversationState slowState = new CachedConversationState(slow);
        StatePropertyAccessor<ConversationMemory> slowMemory = slowState.createProperty("memory");

        CompletableFuture<ConversationMemory> read = slowMemory.get(turn(), ConversationMemory::fresh);
        assertThat(read).isNotDone();
        slow.answer();

        assertThat(done(read).language()).isEqualTo(Language.RO);
    }

    /** Storage whose reads complete only when the test says so, like a remote store. */
    private static final class DeferredStorage implements Storage {
        private final Storage delegate = new MemoryStorage();
        private final java.util.List<Runnable> pending = new java.util.ArrayList<>();

        @Override
        public CompletableFuture<Map<String, Object>> read(String[] keys) {
            CompletableFuture<Map<String, Object>> later = new CompletableFuture<>();
            pending.add(() -> delegate.read(keys).thenAccept(later::complete));
            return later;
        }

        void answer() {
            pending.forEach(Runnable::run);
        }

        @Override
        public CompletableFuture<Void> write(Map<String, Object> changes) {
            return delegate.write(changes);
        }

        @Override
        public CompletableFuture<Void> delete(String[] keys) {
            return delegate.delete(keys);
        }
    }

    /** The SDK's in-memory storage, counting writes. */
    private static final class CountingStorage implements Storage {
        private final Storage delegate = new MemoryStorage();
        private final AtomicInteger writes = new AtomicInteger();

        @Override
        public CompletableFuture<Map<String, Object>> read(String[] keys) {
            return delegate.read(keys);
        }

        @Override
        public CompletableFuture<Void> write(Map<String, Object> changes) {
            writes.incrementAndGet();
            return delegate.write(changes);
        }

        @Override
        public CompletableFuture<Void> delete(String[] keys) {
            return delegate.delete(keys);
        }
    }

    /**
     * The SDK closes a turn by going through its turn state as soon as the turn's futures are built, possibly while
     * the turn still runs on another thread; so the turn's state is loaded, changed, saved and dropped without
     * adding, replacing or removing anything in the SDK's collection after the start.
     */
    @Test
    void aTurnsStateWork_afterItsStart_leavesTheSdksTurnStateAsItWas() throws Exception {
        TurnContext turn = turn();
        TurnSlots.of(turn);
        Map<String, Object> atStart = new java.util.IdentityHashMap<>();
        sdkState(turn).forEach(atStart::put);

        done(memory.get(turn, ConversationMemory::fresh));
        done(memory.set(turn, ConversationMemory.startingIn(Language.RO)));
        done(state.saveChanges(turn));
        done(state.load(turn, true));
        done(state.delete(turn));

        Map<String, Object> after = new java.util.IdentityHashMap<>();
        sdkState(turn).forEach(after::put);
        assertThat(after).isEqualTo(atStart);
    }

    /** What the SDK keeps for the turn, by key. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> sdkState(TurnContext turn) throws Exception {
        java.lang.reflect.Field field = turn.getTurnState().getClass().getDeclaredField("state");
        field.setAccessible(true);
        return Map.copyOf((Map<String, Object>) field.get(turn.getTurnState()));
    }
}
