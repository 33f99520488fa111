package org.resetdesk.verification;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The blocks the limits have set (failed proofs, too many codes), for the admin to list and lift, kept in a file so
 * that a restart does not lift them. The keys are directory ids, {@link NameKeys name keys} and conversation ids,
 * never a name in clear. The file is rewritten (atomically, owner-only) each time a block starts or is lifted, which
 * is rare; it is read once at start. Thread-safe.
 */
public final class Blocks {

    private static final Logger log = LoggerFactory.getLogger(Blocks.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * One block.
     *
     * @param limit which limit set it ({@code proofs-account}, {@code proofs-conversation}, {@code codes-account},
     *              {@code codes-conversation})
     * @param key   what is blocked: a directory id, a name key or a conversation id
     * @param until when it ends
     */
    public record Block(String limit, String key, Instant until) {
    }

    private final Map<String, RateLimiter<String>> limiters = new LinkedHashMap<>();
    private final Map<String, Map<String, Instant>> persisted;
    private final Path file;

    /** Blocks kept in {@code file} (read now if it exists), or in memory only when {@code file} is null. */
    public Blocks(Path file) {
        this.file = file;
        this.persisted = file == null ? Map.of() : read(file);
    }

    /** Blocks kept in memory only, for tests and tools. */
    public static Blocks inMemory() {
        return new Blocks(null);
    }

    /** Registers a limiter under {@code limit}; the blocks kept for it are set again. */
    synchronized void register(String limit, RateLimiter<String> limiter) {
        limiters.put(limit, limiter);
        persisted.getOrDefault(limit, Map.of()).forEach(limiter::restoreBlock);
        limiter.onBlocksChanged(this::save);
    }

    /** The blocks in force now, the latest ending first. */
    public synchronized List<Block> current() {
        List<Block> blocks = new ArrayList<>();
        limiters.forEach((limit, limiter) -> limiter.blocks()
                .forEach((key, until) -> blocks.add(new Block(limit, key, until))));
        blocks.sort(Comparator.comparing(Block::until).reversed().thenComparing(Block::key));
        return blocks;
    }

    /** Lifts every block of {@code key}, in every limit; the blocks that were lifted. */
    public List<Block> lift(String key) {
        List<Block> lifted = new ArrayList<>();
        List<Map.Entry<String, RateLimiter<String>>> all;
        synchronized (this) {
            all = List.copyOf(limiters.entrySet());
        }
        // Account limits keep their keys in lower case (ProofThrottle.accountKey); conversation ids keep their case.
        for (String spelling : new java.util.LinkedHashSet<>(List.of(key, key.strip().toLowerCase(Locale.ROOT)))) {
            for (Map.Entry<String, RateLimiter<String>> entry : all) {
                Optional<Instant> until = entry.getValue().blockedUntil(spelling);
                if (entry.getValue().lift(spelling) && until.isPresent()) {
                    lifted.add(new Block(entry.getKey(), spelling, until.get()));
                }
            }
        }
        return lifted;
    }

    private synchronized void save() {
        if (file == null) {
            return;
        }
        ObjectNode root = JSON.createObjectNode();
        ArrayNode list = root.putArray("blocks");
        limiters.forEach((limit, limiter) -> limiter.blocks().forEach((key, until) ->
                list.addObject().put("limit", limit).put("key", key).put("until", until.toString())));
        try {
            Path folder = file.toAbsolutePath().getParent();
            Files.createDirectories(folder);
            Path temporary = Files.createTempFile(folder, ".blocks-", ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(temporary, JSON.writeValueAsString(root));
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | UnsupportedOperationException e) {
            // The blocks stay in force in memory; only a restart before the next write would lift them.
            log.error("Could not write the blocks to {}: {}", file, e.toString());
        }
    }

    private static Map<String, Map<String, Instant>> read(Path file) {
        if (!Files.exists(file)) {
            return Map.of();
        }
        Map<String, Map<String, Instant>> byLimit = new LinkedHashMap<>();
        try {
            JsonNode root = JSON.readTree(Files.readString(file));
            for (JsonNode block : root.path("blocks")) {
                byLimit.computeIfAbsent(block.path("limit").asString(), limit -> new LinkedHashMap<>())
                        .put(block.path("key").asString(), Instant.parse(block.path("until").asString()));
            }
        } catch (IOException | JacksonException | java.time.format.DateTimeParseException e) {
            throw new IllegalStateException("Cannot read the blocks file " + file + " (" + e.getClass().getSimpleName()
                    + "); fix or delete it (deleting it lifts every block)", e);
        }
        return byLimit;
    }
}
