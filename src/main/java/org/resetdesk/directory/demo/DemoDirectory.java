package org.resetdesk.directory.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import org.resetdesk.crypto.Pbkdf2;
import org.resetdesk.directory.DirectoryAdapter;
import org.resetdesk.directory.DirectoryFailure;
import org.resetdesk.directory.DirectoryUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A directory in a YAML (or JSON) file, for trying ResetDesk without a real one. Passwords are kept as salted PBKDF2
 * hashes; every change is written before it is confirmed, so a restart keeps it: first to the journal beside the
 * file ({@link DirectoryJournal}, one appended line per change), and from there into the file itself, atomically (a
 * temporary file moved over the old one), once the journal holds {@value #COMPACT_AFTER} changes, at start and at
 * close.
 *
 * <p>Thread-safe. Changes go to one writer thread, which applies all the changes waiting at that moment to a copy
 * of the users, appends them to the journal in one write (a group commit), and only then publishes the new users
 * and completes the changes' futures; if the write fails, every change of that write fails and nothing of it is
 * published. Reads see the last written state.
 */
public final class DemoDirectory implements DirectoryAdapter, AutoCloseable {

    /** Journal lines after which the writer folds the journal into the directory file. */
    static final int COMPACT_AFTER = 1_000;

    private static final Logger log = LoggerFactory.getLogger(DemoDirectory.class);

    private final DirectoryFile file;
    private final DirectoryJournal journal;
    private final int hashIterations;
    private final Clock clock;
    private volatile Map<String, Object> document;
    private volatile List<Map<String, Object>> users;
    private final Queue<Edit> waiting = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean draining = new AtomicBoolean();
    private volatile boolean closed;
    private final ExecutorService writerThread = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "demo-directory-writer");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * Completes the changes' futures, off the writer: what a caller does next (a round trip to a shared store, say)
     * then never holds up the writer's next batch. Threads are made as needed and end after a minute idle.
     */
    private final ExecutorService completions = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "demo-directory-done");
        thread.setDaemon(true);
        return thread;
    });

    /** A change waiting for the writer. */
    private record Edit(String userId, Consumer<Map<String, Object>> change, CompletableFuture<Void> done) {
    }

    private DemoDirectory(DirectoryFile file, DirectoryJournal journal, Map<String, Object> document,
            int hashIterations, Clock clock) {
        this.file = file;
        this.journal = journal;
        this.document = document;
        this.hashIterations = hashIterations;
        this.clock = clock;
        this.users = userMaps(document);
    }

    /**
     * Opens the directory in {@code properties.file()} (YAML, or JSON if its name ends in {@code .json}), creating
     * it from the seed when it does not exist yet, and folds in the changes its journal holds.
     */
    public static DemoDirectory open(DemoDirectoryProperties properties, Clock clock) {
        DirectoryFile file = new DirectoryFile(properties.file());
        try {
            if (!file.exists()) {
                try (InputStream seed = DemoDirectory.class.getClassLoader().getResourceAsStream(properties.seed())) {
                    if (seed == null) {
                        throw new IllegalStateException("resetdesk.directory.demo.seed: no classpath resource "
                                + properties.seed());
                    }
                    file.create(seed);
                }
            }
            Map<String, Object> document = file.read();
            DirectoryJournal journal = new DirectoryJournal(file.path());
            Optional<List<Map<String, Object>>> replayed = journal.replay(userMaps(document));
            if (replayed.isPresent()) {
                document = new LinkedHashMap<>(document);
                document.put("users", replayed.get());
                userMaps(document); // a record the journal damaged stops the start before the file is touched
                file.write(document);
            }
            journal.clear();
            return new DemoDirectory(file, journal, document, properties.hashIterations(), clock);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the demo directory " + file.path(), e);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> userMaps(Map<String, Object> document) {
        if (!(document.get("users") instanceof List<?> list)) {
            throw new InvalidDirectoryFileException("The demo directory has no 'users' list");
        }
        List<Map<String, Object>> users = new ArrayList<>();
        Map<String, Integer> names = new java.util.HashMap<>();
        for (Object user : list) {
            int number = users.size() + 1;
            if (!(user instanceof Map<?, ?> map) || !(map.get("id") instanceof String)
                    || !(map.get("upn") instanceof String)) {
                // The entry is not printed: it may hold a password hash or demo answers.
                throw new InvalidDirectoryFileException("The demo directory's user number " + number
                        + " has no 'id' or 'upn'");
            }
            // Every name a user can type must lead to one account only, or a reset could change the wrong one.
            for (String field : List.of("id", "upn", "mail", "employeeId")) {
                if (map.get(field) != null) {
                    Integer other = names.putIfAbsent(lower(map.get(field)), number);
                    if (other != null && other != number) {
                        throw new InvalidDirectoryFileException("The demo directory's user number " + number
                                + " has the same " + field + " as another name of user number " + other);
                    }
                }
            }
            if (map.get("passwordHash") != null && !isPbkdf2(map.get("passwordHash"))) {
                throw new InvalidDirectoryFileException("The demo directory's user number " + number
                        + " has a passwordHash that is not a pbkdf2-sha256 hash made by ResetDesk; remove the line"
                        + " to leave the password unset");
            }
            users.add((Map<String, Object>) map);
        }
        return List.copyOf(users);
    }

    private static boolean isPbkdf2(Object hash) {
        try {
            Pbkdf2.iterations(String.valueOf(hash));
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The organisation's name, a banned term for the password policy. */
    public String organisation() {
        return String.valueOf(document.getOrDefault("organisation", "Contoso"));
    }

    @Override
    public CompletableFuture<Optional<DirectoryUser>> find(String identifier) {
        String wanted = identifier == null ? "" : identifier.trim().toLowerCase(Locale.ROOT);
        return CompletableFuture.completedFuture(users.stream()
                .filter(user -> matches(user, wanted))
                .findFirst()
                .map(DemoDirectory::toUser));
    }

    private static boolean matches(Map<String, Object> user, String wanted) {
        return !wanted.isEmpty() && (wanted.equals(lower(user.get("upn"))) || wanted.equals(lower(user.get("id")))
                || wanted.equals(lower(user.get("mail")))
                || wanted.equals(lower(user.get("employeeId"))));
    }

    private static String lower(Object value) {
        return value == null ? null : value.toString().toLowerCase(Locale.ROOT);
    }

    @Override
    public CompletableFuture<Void> resetPassword(String userId, String newPassword, boolean mustChangeAtNextLogin) {
        boolean synced = users.stream().anyMatch(user -> userId.equals(user.get("id")) && flag(user, "synced"));
        if (synced) {
            // As in Entra ID: an account mastered on-premises cannot get a new password in the cloud.
            return CompletableFuture.failedFuture(new DirectoryFailure(DirectoryFailure.Reason.SYNCED_ACCOUNT,
                    "demo user " + userId + " is synced from on-premises"));
        }
        String hash = Pbkdf2.hash(newPassword, hashIterations);
        return change(userId, user -> {
            user.put("passwordHash", hash);
            user.put("mustChangePassword", mustChangeAtNextLogin);
            user.put("passwordChangedAt", clock.instant().toString());
            user.put("locked", false);
        });
    }

    @Override
    public CompletableFuture<List<DirectoryUser>> administrators() {
        return CompletableFuture.completedFuture(users.stream()
                .map(DemoDirectory::toUser)
                .filter(user -> user.administrator() && user.enabled())
                .toList());
    }

    @Override
    public CompletableFuture<Void> unlock(String userId) {
        return change(userId, user -> user.put("locked", false));
    }

    /** Whether {@code candidate} is the account's current password (for tests and the demo's sign-in check). */
    boolean passwordMatches(String userId, String candidate) {
        return users.stream().filter(user -> userId.equals(user.get("id"))).findFirst()
                .map(user -> user.get("passwordHash") instanceof String stored && Pbkdf2.matches(candidate, stored))
                .orElse(false);
    }

    private CompletableFuture<Void> change(String userId, Consumer<Map<String, Object>> change) {
        if (closed) {
            return CompletableFuture.failedFuture(
                    new DirectoryFailure(DirectoryFailure.Reason.UNAVAILABLE, "the demo directory is closed"));
        }
        Edit edit = new Edit(userId, change, new CompletableFuture<>());
        waiting.add(edit);
        drainSoon();
        return edit.done();
    }

    private void drainSoon() {
        if (draining.compareAndSet(false, true)) {
            try {
                writerThread.execute(this::drain);
            } catch (RejectedExecutionException closed) {
                draining.set(false);
                failWaiting(new DirectoryFailure(DirectoryFailure.Reason.UNAVAILABLE, "the demo directory is closed"));
            }
        }
    }

    /** On the writer thread: everything waiting now, in one write. */
    private void drain() {
        try {
            List<Edit> batch = new ArrayList<>();
            for (Edit edit = waiting.poll(); edit != null; edit = waiting.poll()) {
                batch.add(edit);
            }
            if (!batch.isEmpty()) {
                commit(batch);
            }
        } finally {
            draining.set(false);
        }
        if (!waiting.isEmpty()) {
            drainSoon();
        }
    }

    private void commit(List<Edit> batch) {
        List<Map<String, Object>> next = new ArrayList<>(users);
        List<Edit> applied = new ArrayList<>();
        List<Map<String, Object>> changed = new ArrayList<>();
        for (Edit edit : batch) {
            int at = indexOf(next, edit.userId());
            if (at < 0) {
                finish(edit, new DirectoryFailure(DirectoryFailure.Reason.NOT_FOUND,
                        "no demo user with id " + edit.userId()));
                continue;
            }
            Map<String, Object> copy = new LinkedHashMap<>(next.get(at));
            edit.change().accept(copy);
            next.set(at, copy);
            applied.add(edit);
            changed.add(copy);
        }
        if (applied.isEmpty()) {
            return;
        }
        try {
            if (journal.damaged()) {
                // A failed append left part of a line: the file takes everything confirmed, and a new journal starts.
                file.write(document);
                journal.clear();
            }
            journal.append(changed);
        } catch (IOException | RuntimeException e) {
            DirectoryFailure failure = new DirectoryFailure(DirectoryFailure.Reason.UNAVAILABLE,
                    "cannot write " + journal.path(), null, e);
            applied.forEach(edit -> finish(edit, failure));
            return;
        }
        List<Map<String, Object>> published = List.copyOf(next);
        Map<String, Object> written = new LinkedHashMap<>(document);
        written.put("users", published);
        document = written;
        users = published;
        if (journal.entries() >= COMPACT_AFTER) {
            compact();
        }
        applied.forEach(edit -> finish(edit, null));
    }

    /** Completes {@code edit} ({@code failure}: with it) on a completion thread; on this one once those are shut. */
    private void finish(Edit edit, Throwable failure) {
        Runnable complete = () -> {
            if (failure == null) {
                edit.done().complete(null);
            } else {
                edit.done().completeExceptionally(failure);
            }
        };
        try {
            completions.execute(complete);
        } catch (RejectedExecutionException shutDown) {
            complete.run();
        }
    }

    /**
     * On the writer thread: the directory file rewritten with every change, and the journal deleted. A failure
     * loses nothing (the journal still holds the changes) and is tried again after the next change.
     */
    private void compact() {
        try {
            file.write(document);
            journal.clear();
        } catch (IOException | RuntimeException e) {
            log.warn("Cannot fold the demo directory's journal into {} ({}); the changes stay in {}", file.path(),
                    e.toString(), journal.path());
        }
    }

    private void compactAndClose() {
        if (journal.entries() > 0 || journal.damaged()) {
            compact();
        }
        try {
            journal.close();
        } catch (IOException e) {
            log.warn("Cannot close {}: {}", journal.path(), e.toString());
        }
    }

    private static int indexOf(List<Map<String, Object>> users, String userId) {
        for (int i = 0; i < users.size(); i++) {
            if (userId.equals(users.get(i).get("id"))) {
                return i;
            }
        }
        return -1;
    }

    private void failWaiting(DirectoryFailure failure) {
        for (Edit edit = waiting.poll(); edit != null; edit = waiting.poll()) {
            edit.done().completeExceptionally(failure);
        }
    }

    /**
     * Stops the writer after the changes already waiting, then folds the journal into the file; changes after this
     * fail. Only one directory may have a file open: a second one would fold away the first one's journal.
     */
    @Override
    public void close() {
        closed = true;
        writerThread.shutdown();
        boolean stopped = false;
        try {
            stopped = writerThread.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        failWaiting(new DirectoryFailure(DirectoryFailure.Reason.UNAVAILABLE, "the demo directory is closed"));
        completions.shutdown(); // the changes already completing still complete
        if (stopped) {
            compactAndClose(); // the writer has stopped, so this thread is now the only one touching the files
        }
    }

    private static DirectoryUser toUser(Map<String, Object> user) {
        return new DirectoryUser(text(user, "id"), text(user, "upn"), text(user, "displayName"),
                text(user, "firstName"), text(user, "lastName"), text(user, "employeeId"), text(user, "locale"),
                new DirectoryUser.Contacts(text(user, "alternateEmail"), text(user, "mobilePhone")),
                flag(user, "administrator"), !Boolean.FALSE.equals(user.get("enabled")), flag(user, "locked"),
                flag(user, "synced"));
    }

    private static String text(Map<String, Object> user, String key) {
        Object value = user.get(key);
        return value == null ? null : value.toString();
    }

    private static boolean flag(Map<String, Object> user, String key) {
        return Boolean.TRUE.equals(user.get(key));
    }
}
