package org.resetdesk.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretFileTest {

    @TempDir
    Path folder;

    @Test
    void readOrCreate_secondStart_readsTheSecretTheFirstOneMade() {
        Path file = folder.resolve("data/decoy-secret");

        byte[] first = SecretFile.readOrCreate(file, 32);
        byte[] afterRestart = SecretFile.readOrCreate(file, 32);

        assertThat(first).hasSize(32).isEqualTo(afterRestart);
    }

    @Test
    void readOrCreate_newFile_isOwnerOnly() throws IOException {
        Path file = folder.resolve("decoy-secret");

        SecretFile.readOrCreate(file, 32);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        try (var left = Files.list(folder)) {
            assertThat(left).as("no temporary file is left behind").containsExactly(file);
        }
    }

    @Test
    void readOrCreate_fileTooShort_isRefusedNamingTheFile() throws IOException {
        Path file = Files.writeString(folder.resolve("short"), "abc");

        assertThatThrownBy(() -> SecretFile.readOrCreate(file, 32)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(file.toString());
    }
}
