package org.resetdesk.webchat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.resetdesk.MutableClock;

class DirectLineConversationTest {

    @Test
    void after_watermark_returnsOnlyNewerActivities() {
        DirectLineConversation conversation = new LocalConversation("c", 10, 1_000_000, new HistoryBudget(1L << 40));
        conversation.append(id -> "{\"id\":\"" + id + "\"}");
        conversation.append(id -> "{\"id\":\"" + id + "\"}");

        DirectLineConversation.Page page = conversation.after(1);

        assertThat(page.activities()).containsExactly("{\"id\":\"c|0000002\"}");
        assertThat(page.watermark()).isEqualTo(2);
    }

    @Test
    void append_beyondLimit_dropsTheOldestButKeepsNumbering() {
        DirectLineConversation conversation = new LocalConversation("c", 3, 1_000_000, new HistoryBudget(1L << 40));
        for (int i = 0; i < 5; i++) {
            conversation.append(id -> id);
        }

        DirectLineConversation.Page page = conversation.after(0);

        assertThat(page.activities()).containsExactly("c|0000003", "c|0000004", "c|0000005");
        assertThat(page.watermark()).isEqualTo(5);
    }

    @Test
    void append_beyondByteBudget_dropsTheOldest() {
        DirectLineConversation conversation = new LocalConversation("c", 100, 100, new HistoryBudget(1L << 40));
        for (int i = 0; i < 5; i++) {
            conversation.append(id -> "x".repeat(40));
        }

        assertThat(conversation.after(0).activities()).hasSize(2);
    }

    @Test
    void serially_runsWorkInOrderEvenWhenEarlierWorkFails() {
        DirectLineConversation conversation = new LocalConversation("c", 10, 1_000_000, new HistoryBudget(1L << 40));
        java.util.concurrent.CompletableFuture<String> gate = new java.util.concurrent.CompletableFuture<>();
        java.util.List<String> order = new java.util.concurrent.CopyOnWriteArrayList<>();

        var first = conversation.serially(() -> gate.thenApply(v -> { order.add("first"); throw new IllegalStateException(); }));
        var second = conversation.serially(() -> { order.add("second"); return java.util.concurrent.CompletableFuture.completedFuture("ok"); });
        assertThat(order).isEmpty();
        gate.complete("go");

        assertThat(first).isCompletedExceptionally();
        assertThat(second).isCompletedWithValue("ok");
        assertThat(order).containsExactly("first", "second");
    }

    @Test
    void conversations_idleLongerThanTimeout_areForgotten() {
        MutableClock clock = new MutableClock(Instant.parse("2026-03-02T08:00:00Z"));
        LocalConversations conversations = new LocalConversations(new WebChatProperties(null,
                Duration.ofMinutes(30), Duration.ofMinutes(30), 100, 50, 262144, 0L, 32768, 20, List.of()), clock);
        String id = conversations.open().id();

        clock.advance(Duration.ofMinutes(31));

        assertThat(conversations.find(id)).isEmpty();
    }

    @Test
    void conversations_overTheMaximum_keepAtMostThatMany() {
        MutableClock clock = new MutableClock(Instant.parse("2026-03-02T08:00:00Z"));
        LocalConversations conversations = new LocalConversations(new WebChatProperties(null,
                Duration.ofMinutes(30), Duration.ofMinutes(30), 100, 50, 262144, 0L, 32768, 20, List.of()), clock);
        for (int i = 0; i < 500; i++) {
            conversations.open();
        }

        assertThat(conversations.size()).isLessThanOrEqualTo(100);
    }
}
