package org.resetdesk.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Opens a content file from a folder on disk, falling back to the same relative path on the classpath.
 * Thread-safe and stateless.
 */
public final class ContentFiles {

    private ContentFiles() {
    }

    /**
     * Opens {@code folder/relative}: the file on disk when it exists, else the packaged copy, the classpath resource
     * {@code packaged/relative}; empty when neither exists.
     */
    public static Optional<InputStream> open(Path folder, String packaged, String relative) {
        Path onDisk = folder.resolve(relative);
        try {
            if (Files.isRegularFile(onDisk)) {
                return Optional.of(Files.newInputStream(onDisk));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + onDisk, e);
        }
        String resource = packaged + "/" + relative;
        return Optional.ofNullable(ContentFiles.class.getClassLoader().getResourceAsStream(resource));
    }
}
