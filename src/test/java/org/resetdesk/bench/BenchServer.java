package org.resetdesk.bench;

import java.lang.management.ManagementFactory;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** A bot started in this JVM on a free port, quiet (WARN logging) and without a Bot Framework app id. */
public final class BenchServer implements AutoCloseable {

    private static final String[] ARGS = {
        "--server.port=0",
        "--logging.level.root=WARN",
        "--spring.main.banner-mode=off",
        // The echo bot shares ResetDesk's application.yaml but has none of its health indicators.
        "--management.endpoint.health.validate-group-membership=false",
        // No registration, whatever the environment says: the benchmark measures the bot, not token checks.
        "--MicrosoftAppId=",
        "--MicrosoftAppPassword=",
        // Keep-alive connections stay open, as behind a load balancer; Tomcat's default closes one every 100
        // requests, and a request racing that close fails in the client, which is not the bot's doing.
        "--server.tomcat.max-keep-alive-requests=-1",
        // ... nor when they sit idle while another server of the same run is measured (the Redis benchmark
        // alternates two servers): an idle connection the server closed fails the client's next request on it.
        "--server.tomcat.keep-alive-timeout=10m",
    };

    private final ConfigurableApplicationContext context;
    private final long startupMillis;

    private BenchServer(ConfigurableApplicationContext context, long startupMillis) {
        this.context = context;
        this.startupMillis = startupMillis;
    }

    public static BenchServer start(Class<?> application, String... settings) {
        return start(application, java.util.Map.of(), settings);
    }

    /** As {@link #start(Class, String...)}, with these objects as beans of the bot (a stand-in mailbox, say). */
    static BenchServer start(Class<?> application, java.util.Map<String, Object> beans, String... settings) {
        SpringApplicationBuilder builder = new SpringApplicationBuilder(application)
                .initializers(context -> {
                    context.getBeanFactory().registerSingleton("benchExcludeFilter", new BenchExcludeFilter());
                    beans.forEach(context.getBeanFactory()::registerSingleton);
                });
        long started = System.nanoTime();
        String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(ARGS), java.util.Arrays.stream(settings))
                .toArray(String[]::new);
        ConfigurableApplicationContext context = builder.run(args);
        return new BenchServer(context, (System.nanoTime() - started) / 1_000_000);
    }

    /** Wall-clock time of {@code SpringApplication.run}: from start until the server accepts requests. */
    long startupMillis() {
        return startupMillis;
    }

    public int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    /** A bean of the running bot, such as the dev outbox a simulated user reads codes from. */
    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** Used heap after a few full collections, in bytes. */
    static long settledHeapUsed() {
        for (int i = 0; i < 4; i++) {
            System.gc();
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    @Override
    public void close() {
        context.close();
    }
}
