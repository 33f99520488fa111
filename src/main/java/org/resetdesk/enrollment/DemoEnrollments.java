package org.resetdesk.enrollment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.resetdesk.verification.Base32;
import org.resetdesk.verification.SecurityAnswers;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The demo users' registrations, read from the {@code enrollment} sections of the demo directory file: the
 * authenticator secret and security questions. The demo answers there are public demo data; they are hashed as
 * they are read and only the hashes are kept. Immutable and thread-safe.
 */
final class DemoEnrollments implements EnrollmentStore {

    private final Map<String, Enrollment> enrollments;

    private DemoEnrollments(Map<String, Enrollment> enrollments) {
        this.enrollments = Map.copyOf(enrollments);
    }

    static DemoEnrollments read(Path directoryFile, SecurityAnswers answers) {
        try (InputStream in = Files.newInputStream(directoryFile)) {
            Object document = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            Map<String, Enrollment> enrollments = new HashMap<>();
            if (document instanceof Map<?, ?> map && map.get("users") instanceof List<?> users) {
                for (Object user : users) {
                    if (user instanceof Map<?, ?> entry && entry.get("enrollment") instanceof Map<?, ?> enrollment) {
                        String id = String.valueOf(entry.get("id"));
                        enrollments.put(id, enrollment(directoryFile, id, enrollment, answers));
                    }
                }
            }
            return new DemoEnrollments(enrollments);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read demo registrations from " + directoryFile, e);
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
        return new Enrollment(id, secret, questions);
    }

    @Override
    public Optional<Enrollment> find(String userId) {
        return Optional.ofNullable(enrollments.get(userId));
    }
}
