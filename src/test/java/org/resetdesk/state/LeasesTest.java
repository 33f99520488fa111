package org.resetdesk.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.resetdesk.store.RedisPerClass;
import org.resetdesk.store.RedisServer;

/** Turn leases on a real Redis: reads taken with the lease, writes made with its release. */
class LeasesTest {

    @RegisterExtension
    static final RedisPerClass REDIS = new RedisPerClass();

    private RedisServer server;
    private RedisSharedMaps maps;
    private Leases leases;
    private SharedMap<Integer> state;

    @BeforeEach
    void instance() {
        server = REDIS.server();
        maps = new RedisSharedMaps(server.client(), "test:");
        leases = new Leases(maps, "turns", Clock.systemUTC());
        state = maps.map(new SharedMaps.Spec<>("state", SharedMapContract.NUMBERS, Duration.ofHours(1), 1000));
    }

    @Test
    void aTurn_readsWithTheLease_andItsWriteIsMadeBeforeTheLeaseIsGivenBack() throws Exception {
        state.compute("c-1", current -> 1);

        Integer read = leases.serialized("c-1", () -> List.of(KeyChange.read(state, "c-1")), held -> {
            Integer before = (Integer) held.reads().get(0).result();
            assertThat(held.writeOnRelease(KeyChange.of(state, "c-1", current -> current + 1))).isTrue();
            return CompletableFuture.completedFuture(before);
        }).get(10, TimeUnit.SECONDS);

        assertThat(read).isEqualTo(1);
        assertThat(state.get("c-1")).contains(2);
        assertThat(server.client().keys("test:turns:*")).isEmpty();
    }

    @Test
    void aWriteRefusedAtRelease_failsTheTurn_butTheTurnsOtherWritesAreMade_andTheLeaseIsGivenBack() {
        CompletableFuture<String> turn = leases.serialized("c-2", List::of, held -> {
            held.writeOnRelease(KeyChange.of(state, "c-2", current -> {
                throw new IllegalStateException("another turn wrote first");
            }));
            held.writeOnRelease(KeyChange.of(state, "code-of-c-2", current -> 42));
            return CompletableFuture.completedFuture("answered");
        });

        assertThatThrownBy(() -> turn.get(10, TimeUnit.SECONDS)).hasRootCauseMessage("another turn wrote first");
        assertThat(server.client().keys("test:turns:*")).isEmpty();
        assertThat(state.get("c-2")).isEmpty();
        assertThat(state.get("code-of-c-2")).contains(42);
    }

    @Test
    void aReadThatFailsWithTheLease_failsTheTurn_andLeavesTheLeaseFree() throws Exception {
        server.client().opsForValue().set("test:state:c-6", "not a number");

        CompletableFuture<Object> turn = leases.serialized("c-6", () -> List.of(KeyChange.read(state, "c-6")),
                held -> CompletableFuture.completedFuture(null));

        assertThatThrownBy(() -> turn.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(NumberFormatException.class);
        assertThat(server.client().keys("test:turns:*")).isEmpty();
    }

    @Test
    void aWriteLeftAfterTheLeaseWasGivenBack_isRefused_soTheTurnMakesItItself() throws Exception {
        Leases.Held[] kept = new Leases.Held[1];
        leases.serialized("c-3", List::of, held -> {
            kept[0] = held;
            return CompletableFuture.completedFuture(null);
        }).get(10, TimeUnit.SECONDS);

        assertThat(kept[0].writeOnRelease(KeyChange.of(state, "c-3", current -> 1))).isFalse();
    }

    @Test
    void theSecondTurnOfAConversation_waitsForTheFirst_andReadsWhatItWrote() throws Exception {
        state.compute("c-4", current -> 0);
        CompletableFuture<Void> firstHolds = new CompletableFuture<>();
        CompletableFuture<Object> first = leases.serialized("c-4", List::of, held -> {
            held.writeOnRelease(KeyChange.of(state, "c-4", current -> current + 1));
            return firstHolds.thenApply(done -> null);
        });
        CompletableFuture<Integer> second = leases.serialized("c-4",
                () -> List.of(KeyChange.read(state, "c-4")),
                held -> CompletableFuture.completedFuture((Integer) held.reads().get(0).result()));

        Thread.sleep(100);
        assertThat(second).isNotDone();
        firstHolds.complete(null);

        first.get(10, TimeUnit.SECONDS);
        assertThat(second.get(10, TimeUnit.SECONDS)).isEqualTo(1);
    }

    @Test
    void aTurnRunningLongerThanTheLease_renewsIt_soAnotherTurnStillWaits() throws Exception {
        org.resetdesk.MutableClock clock = new org.resetdesk.MutableClock(java.time.Instant.parse(
                "2026-12-07T08:00:00Z"));
        Leases renewing = new Leases(maps, "turns", clock, Duration.ofMillis(20));
        CompletableFuture<Void> firstHolds = new CompletableFuture<>();
        CompletableFuture<Object> first = renewing.serialized("c-7", List::of, held -> firstHolds.thenApply(
                done -> null));

        for (int i = 0; i < 4; i++) {
            clock.advance(Duration.ofSeconds(20)); // 80 s in all, well past one lease
            Thread.sleep(100); // lets the renewal run, on its own timer
        }
        CompletableFuture<String> second = renewing.serialized("c-7", List::of,
                held -> CompletableFuture.completedFuture("second"));
        Thread.sleep(100);

        assertThat(second).isNotDone();
        firstHolds.complete(null);
        first.get(10, TimeUnit.SECONDS);
        assertThat(second.get(10, TimeUnit.SECONDS)).isEqualTo("second");
    }
}
