package org.resetdesk.directory.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.resetdesk.enrollment.Enrollment;
import org.resetdesk.enrollment.EnrollmentStore;
import org.resetdesk.verification.Base32;
import org.resetdesk.verification.SecurityAnswers;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The demo users' registrations (the {@code enrollment} sections of the demo directory file: an authenticator secret
 * and security questions) written into the store for every demo user the store knows nothing of, so the demo works
 * from the first start. The demo answers there are public demo data; they are hashed before they are stored.
 */
public final class DemoEnrollmentSeed {

    private DemoEnrollmentSeed() {
    }

    /** The registrations the file describes, answers hashed, by user id. */
    public static Map<String, Enrollment> read(Path directoryFile, SecurityAnswers answers, Clock clock) {
        try (InputStream in = Files.newInputStream(directoryFile)) {
            Object document = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            Map<String, Enrollment> enrollments = new LinkedHashMap<>();
            if (document instanceof Map<?, ?> map && map.get("users") instanceof List<?> users) {
                for (Object user : users) {
                    if (user instanceof Map<?, ?> entry && entry.get("enrollment") instanceof Map<?, ?> section) {
                        String id = String.valueOf(entry.get("id"));
                        enrollments.put(id, enrollment(directoryFile, id, section, answers)
                                .confirmedAt(clock.instant()));
                    }
                }
            }
            return enrollments;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read demo registrations from " + directoryFile, e);
        }
    }

    /** Writes {@link #read} into the store for each user it has nothing for; waits (at start-up) until done. */
    public static void seed(Path directoryFile, SecurityAnswers answers, Clock clock, EnrollmentStore store) {
        CompletableFuture<?>[] writes = read(directoryFile, answers, clock).values().stream()
                .map(seeded -> store.update(seeded.userId(), current -> current.isEmpty() ? seeded : current))
                .toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.allOf(writes).get(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while seeding the demo registrations", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Cannot seed the demo registrations into the store: " + e, e);
        }
    }

    private static Enrollment enrollment(Path file, String id, Map<?, ?> section, SecurityAnswers answers) {
        byte[] secret = section.get("authenticatorSecret") instanceof String base32 ? Base32.decode(base32) : null;
        List<Enrollment.RegisteredQuestion> questions = new ArrayList<>();
        if (section.get("securityQuestions") instanceof List<?> list) {
            for (Object item : list) {
                if (!(item instanceof Map<?, ?> question) || !(question.get("question") instanceof String key)
                        || question.get("answer") == null) {
                    throw new IllegalStateException(file + ": user " + id
                            + " has a security question without 'question' or 'answer'");
                }
                questions.add(new Enrollment.RegisteredQuestion(key, answers.hash(String.valueOf(question.get("answer")))));
            }
        }
        return Enrollment.none(id).withAuthenticatorSecret(secret).withQuestions(questions);
    }
}
