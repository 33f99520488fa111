package org.resetdesk.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * A real Redis server for tests: Debian's {@code redis-server}, started on a free loopback port with nothing saved
 * to disk, stopped (and started again on the same port) by the test. {@code .ci/run} installs the package.
 */
public final class RedisServer implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofSeconds(15);

    private final int port;
    private final Path folder;
    private final List<LettuceConnectionFactory> clients = new java.util.concurrent.CopyOnWriteArrayList<>();
    private Process process;

    private RedisServer(int port, Path folder) {
        this.port = port;
        this.folder = folder;
    }

    /** Starts a server on a free port. */
    public static RedisServer start() throws IOException, InterruptedException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        RedisServer server = new RedisServer(port, Files.createTempDirectory("resetdesk-redis"));
        server.run();
        return server;
    }

    private void run() throws IOException, InterruptedException {
        process = new ProcessBuilder(List.of(binary(), "--port", Integer.toString(port), "--bind", "127.0.0.1",
                "--save", "", "--appendonly", "no", "--dir", folder.toString()))
                .redirectErrorStream(true).redirectOutput(folder.resolve("log").toFile()).start();
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            if (answers()) {
                return;
            }
            if (!process.isAlive()) {
                break;
            }
            Thread.sleep(20); // waiting for a server process to listen, not for the code under test
        }
        throw new IllegalStateException("redis-server did not start on port " + port + ": "
                + Files.readString(folder.resolve("log")));
    }

    private static String binary() {
        for (String candidate : List.of("/usr/bin/redis-server", "/usr/local/bin/redis-server")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return candidate;
            }
        }
        return "redis-server";
    }

    private boolean answers() {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(1000);
            OutputStream out = socket.getOutputStream();
            out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] answer = new byte[7];
            int read = in.read(answer);
            return read > 0 && new String(answer, 0, read, StandardCharsets.US_ASCII).startsWith("+PONG");
        } catch (IOException e) {
            return false;
        }
    }

    public int port() {
        return port;
    }

    /** The running server's process (to read its CPU time, say). */
    public ProcessHandle process() {
        return process.toHandle();
    }

    /** A client of its own, as another instance of the application would have. */
    public StringRedisTemplate client() {
        LettuceConnectionFactory factory = new LettuceConnectionFactory(new RedisStandaloneConfiguration("127.0.0.1",
                port));
        factory.afterPropertiesSet();
        factory.start();
        clients.add(factory);
        StringRedisTemplate template = new StringRedisTemplate(factory);
        template.afterPropertiesSet();
        return template;
    }

    /** Deletes every key. */
    public void flush() {
        StringRedisTemplate admin = client();
        admin.execute((org.springframework.data.redis.core.RedisCallback<Void>) connection -> {
            connection.serverCommands().flushAll();
            return null;
        });
    }

    /** Stops the server, as when it goes down. */
    public void stop() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }

    /** Starts it again on the same port (with nothing in it). */
    public void restart() throws IOException, InterruptedException {
        run();
    }

    /** Stops the server and the clients made by {@link #client()}. */
    @Override
    public void close() throws InterruptedException {
        clients.forEach(LettuceConnectionFactory::destroy);
        stop();
    }
}
