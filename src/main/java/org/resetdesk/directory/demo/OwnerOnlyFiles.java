package org.resetdesk.directory.demo;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystems;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files only their owner may read and write (mode 0600 where the file system has POSIX permissions): the demo
 * directory's file and journal hold password hashes, authenticator secrets and security answers.
 */
final class OwnerOnlyFiles {

    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final FileAttribute<?>[] OWNER_ONLY = POSIX
            ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
            : new FileAttribute<?>[0];

    private OwnerOnlyFiles() {
    }

    /** Opens {@code path}; a file it creates is owner-only. */
    static FileChannel open(Path path, Set<? extends OpenOption> options) throws IOException {
        return FileChannel.open(path, options, OWNER_ONLY);
    }

    /** Flushes a folder's entries (a rename, a deletion) to disk, where the platform allows it. */
    static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, java.nio.file.StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Not every platform can open a folder; the rename is still atomic.
        }
    }
}
