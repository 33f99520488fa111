package org.resetdesk.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** What every shared-state store does, run in memory and against a real Redis. */
abstract class SharedMapContract {

    static final Codec<Integer> NUMBERS = new Codec<>() {
        @Override
        public String encode(Integer value) {
            return value.toString();
        }

        @Override
        public Integer decode(String text) {
            return Integer.valueOf(text);
        }
    };

    static final SharedMaps.Spec<Integer> COUNTERS = new SharedMaps.Spec<>("counters", NUMBERS, Duration.ofHours(1),
            1000);

    /** The store as one instance sees it. */
    abstract SharedMaps instance();

    /** The same store as a second instance sees it: in memory, the same process. */
    abstract SharedMaps otherInstance();

    /** Runs {@code change} {@code times} times (given each time's number) on eight threads at once. */
    private static void atTheSameMoment(int times, java.util.function.IntConsumer change) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            CompletableFuture<?>[] all = IntStream.range(0, times)
                    .mapToObj(i -> CompletableFuture.runAsync(() -> change.accept(i), threads))
                    .toArray(CompletableFuture[]::new);
            CompletableFuture.allOf(all).get(60, TimeUnit.SECONDS);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aComputedValue_isReadBack_andRemoved() {
        SharedMap<Integer> map = instance().map(COUNTERS);

        assertThat(map.compute("a", current -> 41)).isEqualTo(41);
        assertThat(map.compute("a", current -> current + 1)).isEqualTo(42);

        assertThat(map.get("a")).contains(42);
        assertThat(map.entries()).containsEntry("a", 42);
        map.remove("a");
        assertThat(map.get("a")).isEmpty();
    }

    @Test
    void aChangeToNothing_removesTheKey_andNoValueIsNull() {
        SharedMap<Integer> map = instance().map(COUNTERS);
        map.compute("a", current -> 1);

        assertThat(map.compute("a", current -> null)).isNull();

        assertThat(map.get("a")).isEmpty();
        assertThat(map.compute("b", current -> current)).isNull();
        assertThat(map.entries()).isEmpty();
    }

    @Test
    void mapsOfOtherNames_doNotShareKeys() {
        SharedMap<Integer> one = instance().map(COUNTERS);
        SharedMap<Integer> other = instance().map(new SharedMaps.Spec<>("others", NUMBERS, Duration.ofHours(1), 1000));
        one.compute("a", current -> 1);

        assertThat(other.get("a")).isEmpty();
    }

    @Test
    void changesAtTheSameMoment_fromTwoInstances_allCount() throws Exception {
        SharedMap<Integer> first = instance().map(COUNTERS);
        SharedMap<Integer> second = otherInstance().map(COUNTERS);
        atTheSameMoment(400, i -> (i % 2 == 0 ? first : second)
                .compute("hits", current -> current == null ? 1 : current + 1));

        assertThat(first.get("hits")).contains(400);
        assertThat(second.get("hits")).contains(400);
    }

    @Test
    void changesAndReadsOfSeveralMaps_runTogether_eachAsItsOwnComputeOrGet() {
        SharedMap<Integer> counters = instance().map(COUNTERS);
        SharedMap<Integer> others = instance().map(new SharedMaps.Spec<>("others", NUMBERS, Duration.ofHours(1),
                1000));
        counters.compute("a", current -> 1);
        others.compute("b", current -> 10);
        KeyChange<Integer> increment = KeyChange.of(counters, "a", current -> current + 1);
        KeyChange<Integer> removal = KeyChange.of(others, "b", current -> null);
        KeyChange<Integer> created = KeyChange.of(others, "c", current -> current == null ? 5 : -1);
        KeyChange<Integer> read = KeyChange.read(counters, "z");

        instance().run(java.util.List.of(increment, removal, created, read));

        assertThat(increment.result()).isEqualTo(2);
        assertThat(removal.result()).isNull();
        assertThat(created.result()).isEqualTo(5);
        assertThat(read.result()).isNull();
        assertThat(counters.get("a")).contains(2);
        assertThat(others.get("b")).isEmpty();
        assertThat(others.get("c")).contains(5);
    }

    @Test
    void aBatch_readsAndChangesWhatAnotherInstanceWroteSinceThisOneLastLooked() {
        SharedMap<Integer> mine = instance().map(COUNTERS);
        SharedMap<Integer> theirs = otherInstance().map(COUNTERS);
        mine.compute("a", current -> 1);
        mine.compute("b", current -> 1);
        theirs.compute("a", current -> 100);
        theirs.compute("b", current -> 200);
        KeyChange<Integer> increment = KeyChange.of(mine, "a", current -> current + 1);
        KeyChange<Integer> read = KeyChange.read(mine, "b");

        instance().run(java.util.List.of(increment, read));

        assertThat(increment.result()).isEqualTo(101);
        assertThat(read.result()).isEqualTo(200);
        assertThat(theirs.get("a")).contains(101);
    }

    @Test
    void batchesAtTheSameMoment_fromTwoInstances_allCount() throws Exception {
        SharedMaps one = instance();
        SharedMaps two = otherInstance();
        SharedMap<Integer> first = one.map(COUNTERS);
        SharedMap<Integer> second = two.map(COUNTERS);
        atTheSameMoment(200, i -> {
            SharedMap<Integer> map = i % 2 == 0 ? first : second;
            (i % 2 == 0 ? one : two).run(java.util.List.of(
                    KeyChange.of(map, "x", current -> current == null ? 1 : current + 1),
                    KeyChange.of(map, "y", current -> current == null ? 1 : current + 1)));
        });

        assertThat(first.get("x")).contains(200);
        assertThat(second.get("y")).contains(200);
    }

    @Test
    void aChangeBeforeItRan_hasNoResult() {
        KeyChange<Integer> change = KeyChange.of(instance().map(COUNTERS), "a", current -> 1);

        org.assertj.core.api.Assertions.assertThatIllegalStateException().isThrownBy(change::result);
    }

    @Test
    void aChangeThatRefusesAValueItDidNotExpect_isComputedFromTheValueStored_notFromAnOldGuess() {
        SharedMap<Integer> mine = instance().map(COUNTERS);
        SharedMap<Integer> theirs = otherInstance().map(COUNTERS);
        mine.compute("a", current -> 1);
        theirs.compute("a", current -> 2);

        Integer next = mine.compute("a", current -> {
            if (current == null || current != 2) {
                throw new IllegalStateException("expected version 2, saw " + current);
            }
            return 3;
        });

        assertThat(next).isEqualTo(3);
        assertThat(theirs.get("a")).contains(3);
    }

    @Test
    void aChangeThatRefusesTheValueStored_fails_andChangesNothing() {
        SharedMap<Integer> map = instance().map(COUNTERS);
        map.compute("a", current -> 1);

        org.assertj.core.api.Assertions.assertThatIllegalStateException().isThrownBy(() -> map.compute("a",
                current -> {
                    throw new IllegalStateException("refused");
                }));

        assertThat(otherInstance().map(COUNTERS).get("a")).contains(1);
    }

    @Test
    void aChangeAfterOthers_isNotMade_whenAChangeBeforeItFails_evenOnlyAfterSeeingTheValueStored() {
        SharedMap<Integer> mine = instance().map(COUNTERS);
        mine.compute("state", current -> 1);
        otherInstance().map(COUNTERS).compute("state", current -> 2);
        mine.compute("lease", current -> 7);

        // this instance last saw 1, which the change accepts; the 2 stored is refused
        org.assertj.core.api.Assertions.assertThatIllegalStateException().isThrownBy(() -> instance().run(
                java.util.List.of(KeyChange.of(mine, "state", current -> {
                    if (current == 2) {
                        throw new IllegalStateException("another turn wrote first");
                    }
                    return current + 1;
                }), KeyChange.afterOthers(mine, "lease", current -> null))));

        assertThat(otherInstance().map(COUNTERS).get("lease")).contains(7);
        assertThat(otherInstance().map(COUNTERS).get("state")).contains(2);
    }

    @Test
    void aChangeAfterOthers_isMadeOnceTheChangesBeforeItAre_evenWhenTheirFirstGuessWasWrong() {
        SharedMap<Integer> mine = instance().map(COUNTERS);
        SharedMap<Integer> theirs = otherInstance().map(COUNTERS);
        mine.compute("state", current -> 1);
        theirs.compute("state", current -> 2);
        mine.compute("lease", current -> 7);
        KeyChange<Integer> state = KeyChange.of(mine, "state", current -> current + 1);
        KeyChange<Integer> lease = KeyChange.afterOthers(mine, "lease", current -> null);

        instance().run(java.util.List.of(state, lease));

        assertThat(state.result()).isEqualTo(3);
        assertThat(lease.result()).isNull();
        assertThat(theirs.get("state")).contains(3);
        assertThat(theirs.get("lease")).isEmpty();
    }
}
