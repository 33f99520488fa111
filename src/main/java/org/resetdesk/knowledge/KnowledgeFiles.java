package org.resetdesk.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.resetdesk.text.Language;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Reads the knowledge folder: {@code <lang>/*.md} and {@code synonyms.yaml}, from the folder on disk when it exists,
 * else from the copy packaged on the classpath under {@code knowledge/}.
 */
final class KnowledgeFiles {

    static final String SYNONYMS = "synonyms.yaml";
    /** Stands for the text of a file that is not valid UTF-8. */
    static final String NOT_UTF8 = "\u0000not utf-8";

    private KnowledgeFiles() {
    }

    /** Relative path (such as {@code en/registration.md}) to its text. */
    static Map<String, String> read(Path folder) {
        return Files.isDirectory(folder) ? fromDisk(folder) : packaged();
    }

    /** The newest modification time of the files on disk, or 0 when the folder is not on disk. */
    static long lastModified(Path folder) {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(folder, 2)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> {
                try {
                    return Files.getLastModifiedTime(file).toMillis() ^ file.hashCode();
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        } catch (IOException e) {
            return 0;
        }
    }

    private static Map<String, String> fromDisk(Path folder) {
        Map<String, String> files = new LinkedHashMap<>();
        try {
            for (Language language : Language.values()) {
                Path dir = folder.resolve(language.code());
                if (Files.isDirectory(dir)) {
                    try (Stream<Path> articles = Files.list(dir)) {
                        for (Path article : articles.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                            files.put(language.code() + "/" + article.getFileName(), utf8(article));
                        }
                    }
                }
            }
            Path synonyms = folder.resolve(SYNONYMS);
            if (Files.isRegularFile(synonyms)) {
                files.put(SYNONYMS, utf8(synonyms));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the knowledge folder " + folder, e);
        }
        return files;
    }

    /** The file's text, or {@link #NOT_UTF8} when it is not UTF-8 (reported by the caller, file by file). */
    private static String utf8(Path file) throws IOException {
        try {
            return java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return NOT_UTF8;
        }
    }

    private static Map<String, String> packaged() {
        Map<String, String> files = new LinkedHashMap<>();
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        try {
            for (Language language : Language.values()) {
                Resource[] articles = resolver.getResources("classpath*:knowledge/" + language.code() + "/*.md");
                java.util.Arrays.sort(articles, java.util.Comparator.comparing(Resource::getFilename));
                for (Resource article : articles) {
                    files.put(language.code() + "/" + article.getFilename(), text(article));
                }
            }
            Resource synonyms = resolver.getResource("classpath:knowledge/" + SYNONYMS);
            if (synonyms.exists()) {
                files.put(SYNONYMS, text(synonyms));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the packaged knowledge base", e);
        }
        return files;
    }

    private static String text(Resource resource) throws IOException {
        try (InputStream in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
