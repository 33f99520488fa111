package org.resetdesk.verification;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.resetdesk.crypto.OwnerOnlyFile;
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
 * never a name in clear. The file is rewritten (atomically, owner-only) shortly after a block starts or is lifted, on
 * a writer thread of its own, and at shutdown; it is read once at start. Thread-safe.
 */
public final class Blocks implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Blocks.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** How long after a change the file is written: changes of that moment are written together. */
    private static final Duration WRITE_DELAY = Duration.ofMillis(200);

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

    private final Map<String, RateLimiter> limiters = new LinkedHashMap<>();
    private final Map<String, Map<String, Instant>> persisted;
    private final Path file;
    private final ScheduledExecutorService writer;
    private final AtomicBoolean dirty = new AtomicBoolean();

    /** Blocks kept in {@code file} (read now if it exists), or in memory only when {@code file} is null. */
    public Blocks(Path file) {
        this.file = file;
        this.persisted = file == null ? Map.of() : read(file);
        this.writer = file == null ? null : Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "resetdesk-blocks-writer");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Blocks kept in memory only, for tests and tools. */
    public static Blocks inMemory() {
        return new Blocks(null);
    }

    /** Registers a limiter under {@code limit}; the blocks kept for it are set again. */
    synchronized void register(String limit, RateLimiter limiter) {
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
        List<Map.Entry<String, RateLimiter>> all;
        synchronized (this) {
            all = List.copyOf(limiters.entrySet());
        }
        // Account limits keep their keys in lower case (ProofThrottle.accountKey); conversation ids keep their case.
        for (String spelling : new java.util.LinkedHashSet<>(List.of(key, key.strip().toLowerCase(Locale.ROOT)))) {
            for (Map.Entry<String, RateLimiter> entry : all) {
                Optional<Instant> until = entry.getValue().blockedUntil(spelling);
                if (entry.getValue().lift(spelling) && until.isPresent()) {
                    lifted.add(new Block(entry.getKey(), spelling, until.get()));
                }
            }
        }
        return lifted;
    }

    /**
     * A block started or was lifted: the file is written on the writer thread a moment later, once for all the
     * changes of that moment, so neither the turn that set the block nor a burst of blocks waits for the disk.
     */
    private void save() {
        if (writer != null && !dirty.getAndSet(true)) {
            writer.schedule(this::write, WRITE_DELAY.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Writes the blocks in force now; a failure leaves them in force in memory and is logged. */
    private void write() {
        dirty.set(false);
        ObjectNode root = JSON.createObjectNode();
        ArrayNode list = root.putArray("blocks");
        for (Block block : current()) {
            list.addObject().put("limit", block.limit()).put("key", block.key()).put("until", block.until().toString());
        }
        try {
            OwnerOnlyFile.replace(file, JSON.writeValueAsBytes(root));
        } catch (IOException | RuntimeException e) {
            // Only a restart before the next successful write would lift them.
            log.error("Could not write the blocks to {}: {}", file, e.toString());
        }
    }

    /** Writes what is still waiting and stops the writer (at shutdown). */
    @Override
    public void close() {
        if (writer == null) {
            return;
        }
        writer.shutdown();
        try {
            writer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (dirty.get()) {
            write();
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
