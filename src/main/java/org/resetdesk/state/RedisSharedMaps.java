package org.resetdesk.state;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import org.resetdesk.runtime.Meters;
import org.springframework.data.redis.connection.RedisScriptingCommands;
import org.springframework.data.redis.connection.ReturnType;
import org.springframework.data.redis.core.Cursor;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.ScanOptions;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * Maps in Redis, shared by every instance: one string key per entry ({@code <prefix><map>:<key>}), written with the
 * map's lifetime as its expiry. A change computes the next value here from the value this instance last saw, and
 * writes it with a script that does so only if that is still the value stored (compare and set: one round trip
 * when the guess is right); otherwise the script answers with the stored value and the change is computed again from
 * it. So counts from all instances add up exactly. Changes and reads of several keys ({@link #run}) go in one script,
 * one round trip (a key changed twice: the second change guesses what the first leaves); their keys must be in one
 * Redis (not spread over a cluster's shards).
 */
public final class RedisSharedMaps implements SharedMaps {

    /** The metric counting this store's round trips to Redis, by map (the maps of a batch joined by "+"). */
    public static final String CALLS = "resetdesk.state.redis.calls";
    /**
     * A change that keeps losing to others gives up after this many tries (each loss is another's success). Eight
     * threads on two instances changing one key needed up to 47 tries in a test; 100 was too few to never fail.
     */
    private static final int ATTEMPTS = 1_000;
    private static final String ABSENT = "0";
    private static final String PRESENT = "1";
    private static final String READ = "r";
    private static final String WRITE = "w";
    private static final String GUARDED_WRITE = "g";
    private static final String WRITTEN = "w";
    /** Entries per map whose last seen value this instance remembers as its first guess (slots of a near cache). */
    private static final int NEAR_ENTRIES = 8_192;
    /**
     * For each of KEYS, six ARGV: read, write, or write if every write before it was made ("g"); was it present,
     * its value then, is there a next value, the next value, lifetime (ms). Answers two items per key: "r" and the
     * value (a read); "w" (written); or "c" and the value now stored (the guess was wrong, or a write before it was:
     * nothing written, and a retry needs no read). An absent value is nil.
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static final RedisScript<List> COMPARE_AND_SET = RedisScript.of("""
            local answer = {}
            local written = true
            for i = 1, #KEYS do
              local arg = (i - 1) * 6
              local current = redis.call('GET', KEYS[i])
              if ARGV[arg + 1] == 'r' then
                answer[2 * i - 1] = 'r'
                answer[2 * i] = current
              else
                local guessed
                if ARGV[arg + 2] == '0' then guessed = not current else guessed = current == ARGV[arg + 3] end
                if ARGV[arg + 1] == 'g' and not written then guessed = false end
                if guessed then
                  if ARGV[arg + 4] == '0' then
                    redis.call('DEL', KEYS[i])
                  else
                    redis.call('SET', KEYS[i], ARGV[arg + 5], 'PX', ARGV[arg + 6])
                  end
                  answer[2 * i - 1] = 'w'
                  answer[2 * i] = false
                else
                  answer[2 * i - 1] = 'c'
                  answer[2 * i] = current
                  written = false
                end
              end
            end
            return answer
            """, List.class);
    private static final byte[] SCRIPT = COMPARE_AND_SET.getScriptAsString().getBytes(StandardCharsets.UTF_8);
    private final StringRedisTemplate redis;
    private final String prefix;
    private final Meters meters;

    public RedisSharedMaps(StringRedisTemplate redis, String prefix) {
        this(redis, prefix, Meters.NONE);
    }

    /** @param meters counts the round trips by map ({@link #CALLS}) */
    public RedisSharedMaps(StringRedisTemplate redis, String prefix, Meters meters) {
        this.redis = redis;
        this.prefix = prefix;
        this.meters = meters;
    }

    @Override
    public <V> SharedMap<V> map(Spec<V> spec) {
        return new RedisMap<>(spec);
    }

    @Override
    public void run(List<? extends KeyChange<?>> changes) {
        List<Pending<?>> pending = new ArrayList<>(changes.size());
        TreeSet<String> names = new TreeSet<>();
        for (KeyChange<?> change : changes) {
            Pending<?> one = pending(change);
            names.add(one.map.spec.name());
            pending.add(one);
        }
        if (!pending.isEmpty()) {
            available(String.join("+", names), () -> {
                settle(String.join("+", names), pending);
                return null;
            });
        }
    }

    private <V> Pending<V> pending(KeyChange<V> change) {
        if (!(change.map() instanceof RedisSharedMaps.RedisMap<V> map) || map.owner() != this) {
            throw new IllegalArgumentException("The change of " + change.key() + " is not of a map of this store");
        }
        return new Pending<>(change, map);
    }

    /**
     * Sends the changes not yet settled, as often as a guess was wrong, in one script each time; the reads go last,
     * and are settled only by a script in which every change is settled, so they read what the changes left.
     */
    private void settle(String names, List<Pending<?>> changes) {
        List<Pending<?>> writes = new ArrayList<>(changes.stream().filter(change -> !change.change.isRead()).toList());
        List<Pending<?>> reads = changes.stream().filter(change -> change.change.isRead()).toList();
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            List<String> keys = new ArrayList<>();
            List<String> args = new ArrayList<>();
            List<Pending<?>> sent = new ArrayList<>();
            Map<String, Pending<?>> lastOfKey = new java.util.HashMap<>();
            for (Pending<?> write : writes) {
                write.follow(lastOfKey.get(write.storedKey()));
                if (write.prepare(keys, args)) {
                    sent.add(write);
                    lastOfKey.put(write.storedKey(), write);
                }
            }
            int sentWrites = sent.size();
            if (sentWrites == 0 && reads.isEmpty()) {
                return;
            }
            for (Pending<?> read : reads) {
                read.prepare(keys, args);
                sent.add(read);
            }
            if (attempt > 0) {
                meters.counter(CALLS, "map", names).increment();
            }
            List<?> answer = evaluate(keys, args);
            if (answer == null || answer.size() != 2 * sent.size()) {
                throw new IllegalStateException("Redis answered the shared state's script unexpectedly");
            }
            // The writes made first: decoding another key's answer may fail, and a write made but not marked done
            // would be made again by a caller retrying what is not done.
            for (int i = 0; i < sentWrites; i++) {
                if (WRITTEN.equals(String.valueOf(answer.get(2 * i)))) {
                    sent.get(i).absorb(WRITTEN, null);
                }
            }
            for (int i = 0; i < sent.size(); i++) {
                String outcome = String.valueOf(answer.get(2 * i));
                if (i < sentWrites && WRITTEN.equals(outcome)) {
                    continue;
                }
                Object stored = answer.get(2 * i + 1);
                sent.get(i).absorb(outcome, stored == null ? null : String.valueOf(stored));
            }
            // What is left goes again, in its order: the writes refused, and those held back for an earlier change
            // of their key that was not made.
            writes.removeIf(write -> write.change.isDone());
            if (writes.isEmpty()) {
                return;
            }
        }
        throw new IllegalStateException("The shared state " + names + " kept changing under " + ATTEMPTS + " tries");
    }

    /**
     * Runs the compare-and-set script by its digest (by its text once, when Redis does not know it yet) on the shared
     * connection as it is: the template's default wraps the connection in a new proxy on every call.
     */
    private List<?> evaluate(List<String> keys, List<String> args) {
        byte[][] keysAndArgs = new byte[keys.size() + args.size()][];
        int at = 0;
        for (String key : keys) {
            keysAndArgs[at++] = key.getBytes(StandardCharsets.UTF_8);
        }
        for (String arg : args) {
            keysAndArgs[at++] = arg.getBytes(StandardCharsets.UTF_8);
        }
        List<Object> answer = redis.execute((RedisCallback<List<Object>>) connection -> {
            RedisScriptingCommands scripts = connection.scriptingCommands();
            try {
                return scripts.evalSha(COMPARE_AND_SET.getSha1(), ReturnType.MULTI, keys.size(), keysAndArgs);
            } catch (org.springframework.dao.DataAccessException e) {
                if (!unknownScript(e)) {
                    throw e;
                }
                return scripts.eval(SCRIPT, ReturnType.MULTI, keys.size(), keysAndArgs);
            }
        }, true);
        if (answer == null) {
            return null;
        }
        List<String> texts = new ArrayList<>(answer.size());
        for (Object item : answer) {
            texts.add(item == null ? null : item instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8)
                    : String.valueOf(item));
        }
        return texts;
    }

    /** Whether Redis refused a script's digest because it does not know the script (after a restart, say). */
    private static boolean unknownScript(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof io.lettuce.core.RedisNoScriptException
                    || String.valueOf(cause.getMessage()).startsWith("NOSCRIPT")) {
                return true;
            }
        }
        return false;
    }

    /** Runs a call to Redis; a connection failure becomes a {@link StateUnavailableException}. */
    private <T> T available(String names, Supplier<T> call) {
        try {
            meters.counter(CALLS, "map", names).increment();
            return call.get();
        } catch (org.springframework.dao.DataAccessException | io.lettuce.core.RedisException e) {
            throw new StateUnavailableException(names, e);
        }
    }

    /** A change on its way: the value it was last computed from, and what it would write. */
    private static final class Pending<V> {

        private final KeyChange<V> change;
        private final RedisMap<V> map;
        /** The value the change is computed from: what this instance last saw of the entry. */
        private Seen<V> current;
        /** Whether {@link #current} is what Redis answered just now (not a guess). */
        private boolean verified;
        /** Whether {@link #current} is what an earlier change of the key in the same script leaves. */
        private boolean chained;
        private Seen<V> next;

        Pending(KeyChange<V> change, RedisMap<V> map) {
            this.change = change;
            this.map = map;
            this.current = map.lastSeen(change.key());
        }

        /** The key in Redis. */
        String storedKey() {
            return map.namespace + change.key();
        }

        /**
         * The change of the same key that comes before this one in the script ({@code null}: none): what it leaves is
         * this one's guess, so that both are made in one round trip, and this one is made only if it was.
         */
        @SuppressWarnings("unchecked")
        void follow(Pending<?> earlier) {
            chained = earlier != null;
            if (chained) {
                current = (Seen<V>) earlier.next; // same key, so the same map and value type
                verified = false;
            }
        }

        /**
         * Adds this change's key and arguments to the script; false when it is settled without Redis, or held back
         * (not done) until the earlier change of its key is made.
         */
        boolean prepare(List<String> keys, List<String> args) {
            if (change.isRead()) {
                keys.add(map.namespace + change.key());
                args.addAll(List.of(READ, ABSENT, "", ABSENT, "", map.lifetime));
                return true;
            }
            V value;
            try {
                value = change.apply(current.value());
            } catch (RuntimeException refused) {
                if (verified) {
                    throw refused;
                }
                if (chained) {
                    return false; // it refuses what the earlier change would leave: decided once that one is made
                }
                // The change refused this instance's guess (a version it did not expect, say): it must see the
                // value stored before it says so.
                current = map.fetch(change.key());
                verified = true;
                value = change.apply(current.value());
            }
            if (verified && Objects.equals(value, current.value())) {
                change.done(value); // nothing to write: what was read is what is stored
                return false;
            }
            next = new Seen<>(value == null ? null : map.codec.encode(value), value);
            keys.add(map.namespace + change.key());
            args.addAll(List.of(change.guarded() || chained ? GUARDED_WRITE : WRITE,
                    current.stored() == null ? ABSENT : PRESENT,
                    current.stored() == null ? "" : current.stored(), next.stored() == null ? ABSENT : PRESENT,
                    next.stored() == null ? "" : next.stored(), map.lifetime));
            return true;
        }

        /** Takes Redis's answer for this key; false when the guess was wrong and the change must go again. */
        boolean absorb(String outcome, String stored) {
            if (WRITTEN.equals(outcome) && !change.isRead()) {
                map.near.put(change.key(), next);
                change.done(next.value());
                return true;
            }
            current = map.seen(change.key(), stored);
            if (change.isRead()) {
                change.done(current.value());
                return true;
            }
            verified = true;
            return false;
        }
    }

    /** One map: a namespace of keys, and what this instance last saw of each. */
    private final class RedisMap<V> implements SharedMap<V> {

        private final Spec<V> spec;
        private final String namespace;
        private final String lifetime;
        private final Codec<V> codec;
        /**
         * What this instance last read or wrote of each entry, as stored and decoded: the first guess of a change
         * (which the script checks), and a value not decoded again while the stored text is the same.
         */
        private final NearCache<Seen<V>> near;

        RedisMap(Spec<V> spec) {
            this.spec = spec;
            this.namespace = prefix + spec.name() + ":";
            this.lifetime = Long.toString(spec.lifetime().toMillis());
            this.codec = spec.codec();
            this.near = new NearCache<>(NEAR_ENTRIES, spec.lifetime());
        }

        RedisSharedMaps owner() {
            return RedisSharedMaps.this;
        }

        @Override
        public Optional<V> get(String key) {
            return available(spec.name(), () -> Optional.ofNullable(
                    seen(key, redis.opsForValue().get(namespace + key)).value()));
        }

        /** The entry as stored now, read from Redis (a round trip of its own, counted). */
        Seen<V> fetch(String key) {
            meters.counter(CALLS, "map", spec.name()).increment();
            return seen(key, redis.opsForValue().get(namespace + key));
        }

        Seen<V> lastSeen(String key) {
            Seen<V> seen = near.get(key);
            return seen == null ? new Seen<>(null, null) : seen;
        }

        /** The entry as stored now ({@code null}: absent), decoded once per stored text. */
        Seen<V> seen(String key, String stored) {
            Seen<V> before = near.get(key);
            Seen<V> now = before != null && Objects.equals(before.stored(), stored) ? before
                    : new Seen<>(stored, stored == null ? null : codec.decode(stored));
            near.put(key, now);
            return now;
        }

        @Override
        public V compute(String key, UnaryOperator<V> change) {
            KeyChange<V> one = KeyChange.of(this, key, change);
            run(List.of(one));
            return one.result();
        }

        @Override
        public void remove(String key) {
            available(spec.name(), () -> {
                near.put(key, new Seen<>(null, null));
                return redis.delete(namespace + key);
            });
        }

        @Override
        public Map<String, V> entries() {
            return available(spec.name(), this::all);
        }

        private Map<String, V> all() {
            List<String> keys = new ArrayList<>();
            try (Cursor<String> cursor = redis.scan(ScanOptions.scanOptions().match(namespace + "*").count(1000)
                    .build())) {
                cursor.forEachRemaining(keys::add);
            }
            Map<String, V> entries = new LinkedHashMap<>();
            if (keys.isEmpty()) {
                return entries;
            }
            List<String> values = redis.opsForValue().multiGet(keys);
            for (int i = 0; i < keys.size(); i++) {
                String value = values == null ? null : values.get(i);
                if (value != null) {
                    entries.put(keys.get(i).substring(namespace.length()), codec.decode(value));
                }
            }
            return entries;
        }
    }

    /** An entry as this instance last saw it: the stored text ({@code null}: absent) and its value. */
    private record Seen<V>(String stored, V value) {
    }
}
