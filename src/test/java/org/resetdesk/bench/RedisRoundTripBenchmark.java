package org.resetdesk.bench;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.DefaultClientResources;
import org.resetdesk.state.ConsolidatedFlushes;
import org.resetdesk.state.JsonCodec;
import org.resetdesk.state.KeyChange;
import org.resetdesk.state.RedisSharedMaps;
import org.resetdesk.state.SharedMap;
import org.resetdesk.state.SharedMaps;
import org.resetdesk.store.RedisServer;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * What one round trip of the shared state costs on this machine, without the turn around it: 16 threads each run a
 * change and a read in one script ({@link RedisSharedMaps#run}) as fast as they can, on a real Redis, with Lettuce's
 * connection flushing each command on its own and with {@link ConsolidatedFlushes}, in alternating rounds (the first
 * of each a warm-up). Prints round trips/s and the CPU per round trip of this JVM and of {@code redis-server}.
 *
 * <pre>
 * mvn -q -B test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.resetdesk.bench.RedisRoundTripBenchmark
 * </pre>
 */
public final class RedisRoundTripBenchmark {

    private static final int THREADS = 16;
    private static final int ROUNDS = 4;
    private static final Duration WARM_UP = Duration.ofSeconds(8);
    private static final Duration ROUND = Duration.ofSeconds(12);

    private RedisRoundTripBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        try (RedisServer redis = RedisServer.start()) {
            StringRedisTemplate plain = client(redis.port(), DefaultClientResources.builder().build());
            StringRedisTemplate consolidated = client(redis.port(), DefaultClientResources.builder()
                    .nettyCustomizer(new ConsolidatedFlushes()).build());
            for (int round = 0; round < ROUNDS; round++) {
                Duration length = round == 0 ? WARM_UP : ROUND;
                String label = round == 0 ? " (warm-up)" : "";
                measure("flush per command" + label, plain, redis, length);
                measure("consolidated" + label, consolidated, redis, length);
            }
        }
        System.exit(0); // after Redis has stopped; Lettuce's threads would keep the JVM
    }

    private static StringRedisTemplate client(int port, ClientResources resources) {
        LettuceConnectionFactory factory = new LettuceConnectionFactory(new RedisStandaloneConfiguration("127.0.0.1",
                port), LettuceClientConfiguration.builder().clientResources(resources).build());
        factory.afterPropertiesSet();
        factory.start();
        StringRedisTemplate template = new StringRedisTemplate(factory);
        template.afterPropertiesSet();
        return template;
    }

    private static void measure(String label, StringRedisTemplate client, RedisServer redis, Duration length)
            throws InterruptedException {
        RedisSharedMaps maps = new RedisSharedMaps(client, "round-trips:");
        SharedMap<String> values = maps.map(new SharedMaps.Spec<>("values", new JsonCodec<>(String.class),
                Duration.ofMinutes(10), 1000));
        AtomicLong trips = new AtomicLong();
        CountDownLatch done = new CountDownLatch(THREADS);
        long end = System.nanoTime() + length.toNanos();
        CpuUse before = CpuUse.now(redis.process());
        for (int thread = 0; thread < THREADS; thread++) {
            String own = Integer.toString(thread);
            Thread worker = new Thread(() -> {
                long made = 0;
                while (System.nanoTime() < end) {
                    maps.run(List.of(KeyChange.of(values, "changed-" + own, value -> Long.toString(System.nanoTime())),
                            KeyChange.read(values, "read-" + own)));
                    made++;
                }
                trips.addAndGet(made);
                done.countDown();
            }, "round-trips-" + own);
            worker.start();
        }
        done.await();
        CpuUse spent = CpuUse.now(redis.process()).since(before);
        long count = Math.max(1, trips.get());
        System.out.printf("%-32s %,10d round trips %,9.0f/s  CPU per round trip: JVM %5.1f us + Redis %5.1f us,"
                + " machine %.0f%% busy%n", label, trips.get(), trips.get() / (length.toNanos() / 1e9),
                spent.jvmNanos() / 1e3 / count, spent.otherNanos() / 1e3 / count, 100 * spent.busy());
    }
}
