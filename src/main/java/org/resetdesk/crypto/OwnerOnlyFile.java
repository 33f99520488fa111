package org.resetdesk.crypto;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Files only their owner may read and write (mode 0600 where the file system has POSIX permissions), written whole:
 * a temporary file beside the target, moved over it, so a reader never sees half a file.
 */
public final class OwnerOnlyFile {

    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private OwnerOnlyFile() {
    }

    /** The attributes that make a new file owner-only, where the file system has them. */
    public static FileAttribute<?>[] attributes() {
        return POSIX ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rw-------"))} : new FileAttribute<?>[0];
    }

    /** A new owner-only temporary file in {@code folder} (created if missing). */
    public static Path temporary(Path folder) throws IOException {
        Files.createDirectories(folder);
        return Files.createTempFile(folder, ".resetdesk-", ".tmp", attributes());
    }

    /** Writes {@code content} to {@code file}, replacing it atomically where the file system can. */
    public static void replace(Path file, byte[] content) throws IOException {
        Path temporary = temporary(file.toAbsolutePath().getParent());
        try {
            Files.write(temporary, content);
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
