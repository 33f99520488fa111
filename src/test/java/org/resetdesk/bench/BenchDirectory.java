package org.resetdesk.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A demo directory file with one user per simulated person, so concurrent resets never share an account (as real
 * employees don't), and the settings a reset benchmark runs ResetDesk with.
 */
final class BenchDirectory {

    private BenchDirectory() {
    }

    static String upn(int user) {
        return "bench.user." + user + "@contoso.example";
    }

    static String alternateEmail(int user) {
        return "bench.user." + user + "@example.net";
    }

    /**
     * Writes the directory file for {@code users} people; returns its path. JSON, which the demo directory writes
     * far faster than YAML: the benchmark measures the dialog, not the demo directory's file format.
     */
    static Path write(int users) {
        StringBuilder json = new StringBuilder("{\"organisation\": \"Contoso\", \"users\": [\n");
        for (int user = 0; user < users; user++) {
            json.append(user == 0 ? "" : ",\n")
                    .append("  {\"id\": \"bench-").append(user).append("\", ")
                    .append("\"upn\": \"").append(upn(user)).append("\", ")
                    .append("\"displayName\": \"Bench User ").append(user).append("\", ")
                    .append("\"firstName\": \"Bench\", \"lastName\": \"User").append(user).append("\", ")
                    .append("\"alternateEmail\": \"").append(alternateEmail(user)).append("\", ")
                    .append("\"enabled\": true}");
        }
        json.append("\n]}\n");
        try {
            Path file = Files.createTempDirectory("resetdesk-bench").resolve("directory.json");
            Files.writeString(file, json.toString());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * ResetDesk's settings for the reset benchmark. The code limits are lifted (one person resets again and again,
     * which the real limits would block after ten codes), and stored password hashes use the demo directory's lowest
     * PBKDF2 cost (100 iterations): the benchmark measures dialog turns, not the demo directory's hashing, which a
     * real directory does on its own servers.
     */
    static String[] settings(Path file) {
        return new String[] {
            "--resetdesk.directory.demo.file=" + file,
            "--resetdesk.directory.demo.hash-iterations=100",
            // A one-second window keeps each account's list of recent codes short, as the real limit (10) does.
            "--resetdesk.verification.codes.max-issued=1000000000",
            "--resetdesk.verification.codes.issue-window=1s",
        };
    }
}
