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
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The demo directory's change log, {@code <file>.journal} beside the directory file: one line of JSON per change,
 * each the whole record of the user as it is after the change. A commit appends its lines in one write, which costs
 * a few microseconds where rewriting and renaming the whole file cost a quarter of a millisecond; the directory
 * folds the journal into the file ({@link DemoDirectory}'s compaction) when it has grown, at start and at close.
 *
 * <p>Replaying applies the lines in order; since each holds a whole record, applying one twice changes nothing, so
 * a crash between writing the file and deleting the journal loses nothing. Appends are not flushed to disk one by
 * one (this is a demo directory, and a flush per commit would cost milliseconds): a crash of the process loses no
 * confirmed change, since a write that returned is in the operating system's hands, but a crash of the machine may
 * lose the latest ones. A last line torn by such a crash, even inside a multi-byte character, is ignored; a bad line
 * before it means the journal was damaged otherwise, and opening fails. The journal is owner-only, and messages
 * never quote a line: it holds password hashes. Not thread-safe; the directory's writer thread is its only user.
 */
final class DirectoryJournal implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final Path path;
    private FileChannel channel;
    private int entries;
    private boolean damaged;

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
        byte[] content = Files.readAllBytes(path);
        List<Map<String, Object>> replayed = new ArrayList<>(users);
        int applied = 0;
        int number = 0;
        // Lines end in a newline; bytes after the last one are a line torn before its end.
        for (int start = 0; start < content.length; ) {
            int end = indexOf(content, (byte) '\n', start);
            boolean last = end < 0 || end == content.length - 1;
            number++;
            int stop = end < 0 ? content.length : end;
            if (stop > start) {
                Map<String, Object> record = parse(content, start, stop - start, number, last);
                if (record != null) {
                    replace(replayed, record);
                    applied++;
                }
            }
            start = end < 0 ? content.length : end + 1;
        }
        entries = applied;
        return applied == 0 ? Optional.empty() : Optional.of(replayed);
    }

    private static int indexOf(byte[] content, byte wanted, int from) {
        for (int i = from; i < content.length; i++) {
            if (content[i] == wanted) {
                return i;
            }
        }
        return -1;
    }

    /** One line's record; {@code null} for a last line that does not parse (torn, even mid-character). */
    @SuppressWarnings("unchecked")
    private Map<String, Object> parse(byte[] content, int offset, int length, int number, boolean last) {
        try {
            Map<String, Object> record = JSON.readValue(content, offset, length, Map.class);
            if (record != null && record.get("id") instanceof String) {
                return record;
            }
        } catch (IOException e) {
            // handled below, without quoting the line
        }
        if (last) {
            return null;
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
     * Whether a failed append may have left part of a line that could not be cut off again: the directory must then
     * write its file and {@link #clear} the journal before appending, or the next line would be glued to the part.
     */
    boolean damaged() {
        return damaged;
    }

    /**
     * Appends the changed users' records in one write. If the write fails, what it may have left is cut off again,
     * so no half line sits before the next append; if even that fails, the journal is {@link #damaged}.
     */
    void append(List<Map<String, Object>> changed) throws IOException {
        ByteArrayOutputStream lines = new ByteArrayOutputStream(512 * changed.size());
        for (Map<String, Object> user : changed) {
            lines.write(JSON.writeValueAsBytes(user));
            lines.write('\n');
        }
        if (channel == null) {
            channel = OwnerOnlyFiles.open(path,
                    Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND));
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
                damaged = true;
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
        damaged = false;
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
