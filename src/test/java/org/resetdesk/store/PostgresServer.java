package org.resetdesk.store;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;

/**
 * A real PostgreSQL server (Debian's {@code postgresql} package): a cluster created by {@code initdb} in a temporary
 * folder and started on a free loopback port, with password authentication. PostgreSQL refuses to run as root, so
 * as root it runs as the package's {@code postgres} user. Without PostgreSQL on this machine the tests that need it
 * are skipped, except in CI ({@code CI=true}), which must run them.
 */
public final class PostgresServer implements AutoCloseable {

    public static final String USER = "resetdesk";
    public static final String PASSWORD = "store-secret-for-tests";
    public static final String DATABASE = "resetdesk";

    private final Path folder;
    private final Path bin;
    private final int port;
    private final boolean root;

    private PostgresServer(Path folder, Path bin, int port, boolean root) {
        this.folder = folder;
        this.bin = bin;
        this.port = port;
        this.root = root;
    }

    public static PostgresServer start() throws Exception {
        Path bin = installed();
        if (bin == null) {
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException("CI must run the PostgreSQL tests: install postgresql (.ci/run does)");
            }
            Assumptions.abort("PostgreSQL is not installed here (apt-get install postgresql); its tests are skipped");
        }
        boolean root = "root".equals(System.getProperty("user.name"));
        Path folder = Files.createTempDirectory(Path.of("/tmp"), "resetdesk-pg-");
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        PostgresServer server = new PostgresServer(folder, bin, port, root);
        server.create();
        return server;
    }

    private static Path installed() throws IOException {
        Path versions = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(versions)) {
            return null;
        }
        try (Stream<Path> found = Files.list(versions)) {
            return found.map(version -> version.resolve("bin")).filter(bin -> Files.isExecutable(bin.resolve("initdb")))
                    .max(Comparator.naturalOrder()).orElse(null);
        }
    }

    private void create() throws Exception {
        Path data = folder.resolve("data");
        Path passwordFile = folder.resolve("password");
        Files.writeString(passwordFile, PASSWORD + "\n");
        if (root) {
            run(List.of("chown", "-R", "postgres:postgres", folder.toString()), false);
        }
        run(List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", USER, "--pwfile=" + passwordFile,
                "-A", "scram-sha-256", "-E", "UTF8", "--no-locale"), true);
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", folder.resolve("log").toString(),
                "-w", "-t", "60", "-o", "-p " + port + " -k " + folder + " -c listen_addresses=127.0.0.1 -c fsync=off",
                "start"), true);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (true) {
            try (Connection connection = DriverManager.getConnection(url("postgres"), USER, PASSWORD)) {
                connection.createStatement().execute("CREATE DATABASE " + DATABASE);
                return;
            } catch (SQLException e) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("PostgreSQL did not start: " + log(), e);
                }
                Thread.sleep(200);
            }
        }
    }

    /** The JDBC URL of the tests' database. */
    public String url() {
        return url(DATABASE);
    }

    private String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** The tests' database, dropped and created again: empty, for a store's contract tests. */
    public javax.sql.DataSource emptyDatabase() throws SQLException {
        recreate();
        return new org.springframework.jdbc.datasource.SimpleDriverDataSource(new org.postgresql.Driver(), url(), USER,
                PASSWORD);
    }

    /** Drops and creates the tests' database, for a test that wants an empty one. */
    public void recreate() throws SQLException {
        try (Connection connection = DriverManager.getConnection(url("postgres"), USER, PASSWORD)) {
            connection.createStatement().execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
            connection.createStatement().execute("CREATE DATABASE " + DATABASE);
        }
    }

    private String log() {
        try {
            return Files.readString(folder.resolve("log"));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    private void run(List<String> command, boolean asPostgres) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        if (asPostgres && root) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        Process process = new ProcessBuilder(full).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
        }
    }

    @Override
    public void close() throws Exception {
        try {
            run(List.of(bin.resolve("pg_ctl").toString(), "-D", folder.resolve("data").toString(), "-m", "immediate",
                    "-w", "stop"), true);
        } finally {
            try (Stream<Path> all = Files.walk(folder)) {
                all.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }
}
