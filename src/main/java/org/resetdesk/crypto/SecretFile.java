package org.resetdesk.crypto;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;

/**
 * A server secret generated once and kept in a file beside the application's data, for secrets that must outlive a
 * restart but that an admin need not choose (the key that derives decoy security questions). The file is created
 * owner-only (0600 where the file system has POSIX permissions) and never rewritten; a second process starting at
 * the same moment reads the first one's secret instead of making its own.
 */
public final class SecretFile {

    private static final int MINIMUM_BYTES = 32;

    private SecretFile() {
    }

    /**
     * The secret in {@code file}, made of {@code bytes} random bytes first if the file does not exist.
     *
     * @throws IllegalStateException naming the file when it cannot be read or written, or holds fewer than 32 bytes
     */
    public static byte[] readOrCreate(Path file, int bytes) {
        if (bytes < MINIMUM_BYTES) {
            throw new IllegalArgumentException("a secret needs at least " + MINIMUM_BYTES + " bytes");
        }
        try {
            if (!Files.exists(file)) {
                create(file, bytes);
            }
            byte[] secret = Files.readAllBytes(file);
            if (secret.length < MINIMUM_BYTES) {
                throw new IllegalStateException(file + " holds " + secret.length + " bytes, fewer than the "
                        + MINIMUM_BYTES + " a secret needs; delete it to have a new one made");
            }
            return secret;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read or create the secret file " + file + ": " + e, e);
        }
    }

    private static void create(Path file, int bytes) throws IOException {
        byte[] secret = new byte[bytes];
        new SecureRandom().nextBytes(secret);
        Path temporary = OwnerOnlyFile.temporary(file.toAbsolutePath().getParent());
        try {
            Files.write(temporary, secret);
            Files.move(temporary, file);
        } catch (FileAlreadyExistsException raced) {
            // Another process made it first: its secret is the one to use.
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
