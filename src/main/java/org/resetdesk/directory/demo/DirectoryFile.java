package org.resetdesk.directory.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.representer.Representer;

/**
 * The demo directory's file: YAML, or JSON when its name ends in {@code .json} (the same document; JSON is read
 * and written about twenty times faster). Writes are atomic and durable: the document is rendered in memory, written
 * to {@code <name>.tmp} in the same folder (owner-only, created new), flushed to disk, and moved over the old file.
 * Not thread-safe; the directory writes from one thread, so one fixed temporary name is enough.
 */
final class DirectoryFile {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path path;
    private final boolean json;
    private final Yaml yaml;
    private final ObjectWriter jsonWriter = JSON.writer().with(SerializationFeature.INDENT_OUTPUT);

    DirectoryFile(Path path) {
        this.path = path.toAbsolutePath();
        this.json = path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        this.yaml = new Yaml(new Representer(options), options);
    }

    Path path() {
        return path;
    }

    boolean exists() {
        return Files.exists(path);
    }

    /** Creates the file from a YAML seed, in this file's format. */
    void create(InputStream yamlSeed) throws IOException {
        if (path.getParent() != null) {
            Files.createDirectories(path.getParent());
        }
        write(document(parseYaml(yamlSeed)));
    }

    Map<String, Object> read() throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            return document(json ? parseJson(in) : parseYaml(in));
        }
    }

    /**
     * JSON, with a syntax error reported by file, line and column only: the offending line may hold a password hash
     * or an authenticator secret.
     */
    private Object parseJson(InputStream in) throws IOException {
        try {
            return JSON.readValue(in, Map.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            com.fasterxml.jackson.core.JsonLocation at = e.getLocation();
            throw new InvalidDirectoryFileException(path + ": not valid JSON" + (at == null ? ""
                    : " at line " + at.getLineNr() + ", column " + at.getColumnNr())
                    + " (the line is not shown: it may hold a secret)");
        }
    }

    void write(Map<String, Object> document) throws IOException {
        byte[] content = json ? jsonWriter.writeValueAsBytes(document)
                : yaml.dump(document).getBytes(StandardCharsets.UTF_8);
        Path temporary = path.resolveSibling(path.getFileName() + ".tmp");
        try {
            Files.deleteIfExists(temporary); // CREATE_NEW below never follows a link planted under this name
            try (FileChannel out = OwnerOnlyFiles.open(temporary,
                    Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE))) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    out.write(buffer);
                }
                out.force(true); // on disk before it replaces the file, which the journal's deletion then relies on
            }
            Files.move(temporary, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            OwnerOnlyFiles.forceFolder(path.getParent());
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
    }

    /** YAML, with a syntax error reported like {@link #parseJson}'s, naming this file rather than "reader". */
    private Object parseYaml(InputStream in) {
        try {
            return new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        } catch (org.yaml.snakeyaml.error.MarkedYAMLException e) {
            org.yaml.snakeyaml.error.Mark at = e.getProblemMark();
            throw new InvalidDirectoryFileException(path + ": not valid YAML" + (at == null ? ""
                    : " at line " + (at.getLine() + 1) + ", column " + (at.getColumn() + 1))
                    + " (the line is not shown: it may hold a secret)");
        } catch (org.yaml.snakeyaml.error.YAMLException e) {
            throw new InvalidDirectoryFileException(path + ": not valid YAML (" + e.getClass().getSimpleName() + ")");
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> document(Object loaded) {
        if (!(loaded instanceof Map<?, ?>)) {
            throw new InvalidDirectoryFileException(path + ": expected a mapping with a 'users' list");
        }
        return (Map<String, Object>) loaded;
    }
}
