package org.resetdesk.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.resetdesk.MutableClock;

/** The in-memory store, the default. */
class MemorySharedMapTest extends SharedMapContract {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T08:00:00Z"));
    private final MemorySharedMaps maps = new MemorySharedMaps(clock);

    @Override
    SharedMaps instance() {
        return maps;
    }

    @Override
    SharedMaps otherInstance() {
        return maps;
    }

    @Test
    void anEntry_endsAtTheEndOfItsLifetime_byTheApplicationsClock() {
        SharedMap<Integer> map = maps.map(COUNTERS);
        map.compute("a", current -> 1);

        clock.advance(Duration.ofMinutes(59));
        assertThat(map.get("a")).contains(1);
        clock.advance(Duration.ofMinutes(1));
        assertThat(map.get("a")).isEmpty();
    }
}
