package org.resetdesk.runtime;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;

/**
 * ResetDesk's meters in Micrometer's global registry (which Spring Boot's, and so {@code /actuator/prometheus},
 * includes), each built once per name and tags and then looked up in a map: a turn counts a few events, and building
 * a meter each time would cost more than counting. Tags must come from closed sets, never from a user.
 * Thread-safe.
 */
public final class Meters {

    private static final Map<List<String>, Counter> COUNTERS = new ConcurrentHashMap<>();
    private static final Map<List<String>, Timer> TIMERS = new ConcurrentHashMap<>();

    private Meters() {
    }

    /** The counter of this name and these tags (name/value pairs). */
    public static Counter counter(String name, String... tags) {
        return COUNTERS.computeIfAbsent(key(name, tags), key -> Counter.builder(name).tags(tags)
                .register(Metrics.globalRegistry));
    }

    /** The timer of this name and these tags, with a histogram for percentiles. */
    public static Timer timer(String name, String... tags) {
        return TIMERS.computeIfAbsent(key(name, tags), key -> Timer.builder(name).tags(tags)
                .publishPercentileHistogram().register(Metrics.globalRegistry));
    }

    private static List<String> key(String name, String... tags) {
        String[] key = Arrays.copyOf(tags, tags.length + 1);
        key[tags.length] = name;
        return List.of(key);
    }
}
