package org.resetdesk.directory.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The demo directory's change log, {@code <file>.journal} beside the directory file: one line of JSON per change,
 * each the whole record of the user as it is after the change. A commit appends its lines in one write, which costs
 * a few microseconds where rewriting and renaming the whole file cost a quarter of a millisecond; the directory
 * folds the journal into the file ({@link DemoDirectory}'s compaction) when it has grown, at start and at close.
 *
 * <p>Replaying applies the lines in order; since each holds a whole record, applying one twice changes nothing, so
 * a crash between writing the file and deleting the journal loses nothing. The last line may be torn by a crash of
 * the machine (not of the process: a write that returned is in the operating system's hands) and is then ignored;
 * a bad line before it means the journal was damaged otherwise, and opening fails. Messages never quote a line: it
 * holds password hashes. Not thread-safe; the directory's writer thread is its only user.
 */
final class DirectoryJournal implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final Path path;
    private FileChannel channel;
    private int entries;

    DirectoryJournal(Path directoryFile) {
        this.path = directoryFile.resolveSibling(directoryFile.getFileName() + ".journal");
    }

    Path path() {
        return path;
    }

    /** Lines appended since the journal was last cleared, by this instance or before a restart. */
    int entries() {
        return entries;
    }

    /**
     * The users with the journal's changes applied, in the same order; a record for an id the list lacks is
     * ignored, since the journal never adds users.
     *
     * @return the changed list, or empty when there is no journal or nothing in it
     */
    Optional<List<Map<String, Object>>> replay(List<Map<String, Object>> users) throws IOException {
        if (!Files.exists(path)) {
            return Optional.empty();
        }
        String[] lines = Files.readString(path).split("\n", -1);
        List<Map<String, Object>> replayed = new ArrayList<>(users);
        int applied = 0;
        // The element after the last newline is the empty string, or a line torn before its newline.
        for (int i = 0; i < lines.length - 1; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            Map<String, Object> record = parse(lines[i], i + 1, i == lines.length - 2);
            if (record != null) {
                replace(replayed, record);
                applied++;
            }
        }
        entries = applied;
        return applied == 0 ? Optional.empty() : Optional.of(replayed);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> parse(String line, int number, boolean last) {
        try {
            Map<String, Object> record = JSON.readValue(line, Map.class);
            if (record != null && record.get("id") instanceof String) {
                return record;
            }
        } catch (JsonProcessingException e) {
            // handled below, without quoting the line
        }
        if (last) {
            return null; // torn by a crash while it was written
        }
        throw new IllegalStateException(path + ": line " + number
                + " is not a user record; move the journal away to start from the directory file alone");
    }

    private static void replace(List<Map<String, Object>> users, Map<String, Object> record) {
        for (int i = 0; i < users.size(); i++) {
            if (record.get("id").equals(users.get(i).get("id"))) {
                users.set(i, record);
                return;
            }
        }
    }

    /**
     * Appends the changed users' records in one write. If the write fails, what it may have left is cut off again,
     * so no half line sits before the next append.
     */
    void append(List<Map<String, Object>> changed) throws IOException {
        ByteArrayOutputStream lines = new ByteArrayOutputStream(512 * changed.size());
        for (Map<String, Object> user : changed) {
            lines.write(JSON.writeValueAsBytes(user));
            lines.write('\n');
        }
        if (channel == null) {
            channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND);
        }
        long before = channel.size();
        ByteBuffer buffer = ByteBuffer.wrap(lines.toByteArray());
        try {
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
        } catch (IOException e) {
            try {
                channel.truncate(before);
            } catch (IOException again) {
                e.addSuppressed(again);
                close();
            }
            throw e;
        }
        entries += changed.size();
    }

    /** Deletes the journal once the directory file holds everything in it. */
    void clear() throws IOException {
        close();
        Files.deleteIfExists(path);
        entries = 0;
    }

    @Override
    public void close() throws IOException {
        if (channel != null) {
            FileChannel open = channel;
            channel = null;
            open.close();
        }
    }
}
