package org.resetdesk.runtime;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * ResetDesk's meters in the application's registry (Spring Boot's, which {@code /actuator/prometheus} shows), each
 * built once per name and tags and then looked up in a map: a turn counts a few events, and building a meter each
 * time would cost more than counting. Tags must come from closed sets, never from a user. Thread-safe.
 */
public final class Meters {

    /** Meters that record nothing, for parts used without an application (tests, tools). */
    public static final Meters NONE = none();

    private final MeterRegistry registry;
    private final Map<List<String>, Counter> counters = new ConcurrentHashMap<>();
    private final Map<List<String>, Timer> timers = new ConcurrentHashMap<>();

    public Meters(MeterRegistry registry) {
        this.registry = registry;
    }

    private static Meters none() {
        SimpleMeterRegistry nothing = new SimpleMeterRegistry();
        nothing.config().meterFilter(MeterFilter.deny());
        return new Meters(nothing);
    }

    /** The counter of this name and these tags (name/value pairs). */
    public Counter counter(String name, String... tags) {
        return counters.computeIfAbsent(key(name, tags), key -> Counter.builder(name).tags(tags).register(registry));
    }

    /** The timer of this name and these tags, with a histogram for percentiles. */
    public Timer timer(String name, String... tags) {
        return timers.computeIfAbsent(key(name, tags), key -> Timer.builder(name).tags(tags)
                .publishPercentileHistogram().register(registry));
    }

    private static List<String> key(String name, String... tags) {
        String[] key = Arrays.copyOf(tags, tags.length + 1);
        key[tags.length] = name;
        return List.of(key);
    }
}
