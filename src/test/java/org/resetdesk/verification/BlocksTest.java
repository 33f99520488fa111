package org.resetdesk.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resetdesk.MutableClock;

/** Blocks outlive a restart, can be listed and lifted, and their file is the owner's only. */
class BlocksTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T08:00:00Z"));

    @TempDir
    Path folder;

    private RateLimiter limiter() {
        return new RateLimiter(clock, 2, Duration.ofHours(1), Duration.ofHours(24), 1000);
    }

    @Test
    void aBlock_survivesARestart_untilItEnds() {
        Path file = folder.resolve("blocks.json");
        RateLimiter before = limiter();
        try (Blocks blocks = new Blocks(file)) {
            blocks.register("proofs-account", before);
            before.recordFailure("u-1");
            before.recordFailure("u-1");
        }

        RateLimiter afterRestart = limiter();
        new Blocks(file).register("proofs-account", afterRestart);

        assertThat(afterRestart.blockedUntil("u-1")).contains(Instant.parse("2026-03-03T08:00:00Z"));
        clock.advance(Duration.ofHours(25));
        RateLimiter later = limiter();
        new Blocks(file).register("proofs-account", later);
        assertThat(later.blockedUntil("u-1")).isEmpty();
    }

    @Test
    void lift_removesTheBlockFromEveryLimit_andFromTheFile() throws IOException {
        Path file = folder.resolve("blocks.json");
        Blocks blocks = new Blocks(file);
        RateLimiter proofs = limiter();
        RateLimiter codes = limiter();
        blocks.register("proofs-account", proofs);
        blocks.register("codes-account", codes);
        proofs.recordFailure("u-1");
        proofs.recordFailure("u-1");
        codes.tryAcquire("u-1");
        codes.tryAcquire("u-1");
        codes.tryAcquire("u-1");
        assertThat(blocks.current()).extracting(Blocks.Block::limit)
                .containsExactlyInAnyOrder("proofs-account", "codes-account");

        assertThat(blocks.lift("u-1")).hasSize(2);
        blocks.close();

        assertThat(blocks.current()).isEmpty();
        assertThat(Files.readString(file)).doesNotContain("u-1");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void aNewBlock_isWrittenSoonWithoutWaitingForShutdown() throws Exception {
        Path file = folder.resolve("blocks.json");
        Blocks blocks = new Blocks(file);
        RateLimiter proofs = limiter();
        blocks.register("proofs-account", proofs);

        proofs.recordFailure("u-2");
        proofs.recordFailure("u-2");

        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        while (!(Files.exists(file) && Files.readString(file).contains("u-2")) && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(Files.readString(file)).contains("u-2");
        blocks.close();
    }

    @Test
    void aDamagedFile_stopsTheStartNamingIt() throws IOException {
        Path file = Files.writeString(folder.resolve("blocks.json"), "{\"blocks\":[{\"until\":\"soon\"}]}");

        assertThatThrownBy(() -> new Blocks(file)).hasMessageContaining(file.toString());
    }
}
