package org.resetdesk.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.resetdesk.runtime.Meters;
import org.resetdesk.store.RedisPerClass;
import org.springframework.data.redis.core.StringRedisTemplate;

/** The Redis store, on a real server: two clients stand for two instances. */
class RedisSharedMapTest extends SharedMapContract {

    @RegisterExtension
    static final RedisPerClass REDIS = new RedisPerClass();

    private StringRedisTemplate first;
    private SharedMaps one;
    private SharedMaps two;

    @BeforeEach
    void twoInstances() {
        first = REDIS.server().client();
        one = new RedisSharedMaps(first, "test:");
        two = new RedisSharedMaps(REDIS.server().client(), "test:");
    }

    @Override
    SharedMaps instance() {
        return one;
    }

    @Override
    SharedMaps otherInstance() {
        return two;
    }

    @Test
    void aBatch_takesOnlyMapsOfItsOwnStore() {
        KeyChange<Integer> fromMemory = KeyChange.of(new MemorySharedMaps(java.time.Clock.systemUTC()).map(COUNTERS),
                "a", current -> 1);

        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> one.run(java.util.List.of(fromMemory)));
    }

    @Test
    void twoChangesOfOneKeyInOneRun_areMadeInTheirOrder_inOneRoundTrip() {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        SharedMaps counted = new RedisSharedMaps(first, "test:", new Meters(meters));
        SharedMap<Integer> counters = counted.map(COUNTERS);
        counters.compute("a", current -> 1);
        double before = roundTrips(meters);
        KeyChange<Integer> plusOne = KeyChange.of(counters, "a", current -> current + 1);
        KeyChange<Integer> timesTen = KeyChange.of(counters, "a", current -> current * 10);

        counted.run(List.of(plusOne, timesTen));

        assertThat(plusOne.result()).isEqualTo(2);
        assertThat(timesTen.result()).isEqualTo(20);
        assertThat(roundTrips(meters) - before).isEqualTo(1.0);
        assertThat(otherInstance().map(COUNTERS).get("a")).contains(20);
    }

    @Test
    void twoChangesOfOneKeyInOneRun_whenAnotherInstanceWroteItSinceThisOneLooked_areStillMadeInTheirOrder() {
        SharedMap<Integer> counters = one.map(COUNTERS);
        counters.compute("b", current -> 1);
        otherInstance().map(COUNTERS).compute("b", current -> 2);
        KeyChange<Integer> plusOne = KeyChange.of(counters, "b", current -> current + 1);
        KeyChange<Integer> timesTen = KeyChange.of(counters, "b", current -> current * 10);

        one.run(List.of(plusOne, timesTen));

        assertThat(plusOne.result()).isEqualTo(3);
        assertThat(timesTen.result()).isEqualTo(30);
        assertThat(otherInstance().map(COUNTERS).get("b")).contains(30);
    }

    @Test
    void aWriteMadeInTheScriptOfAnAnswerThatDoesNotDecode_isDone_soNothingMakesItAgain() {
        first.opsForValue().set("test:counters:broken", "not a number");
        SharedMap<Integer> counters = one.map(COUNTERS);
        KeyChange<Integer> onTheBroken = KeyChange.of(counters, "broken", current -> 1);
        KeyChange<Integer> made = KeyChange.of(counters, "good", current -> 5);

        assertThatThrownBy(() -> one.run(List.of(onTheBroken, made))).isInstanceOf(NumberFormatException.class);

        assertThat(made.isDone()).isTrue();
        assertThat(made.result()).isEqualTo(5);
        assertThat(otherInstance().map(COUNTERS).get("good")).contains(5);
    }

    private static double roundTrips(SimpleMeterRegistry meters) {
        return meters.find(RedisSharedMaps.CALLS).counters().stream().mapToDouble(Counter::count).sum();
    }

    @Test
    void eachEntry_isAKeyWithThePrefix_thatExpiresAfterTheMapsLifetime() {
        instance().map(COUNTERS).compute("a", current -> 7);

        assertThat(first.opsForValue().get("test:counters:a")).isEqualTo("7");
        assertThat(first.getExpire("test:counters:a", java.util.concurrent.TimeUnit.SECONDS))
                .isBetween(3590L, 3600L);
    }
}
