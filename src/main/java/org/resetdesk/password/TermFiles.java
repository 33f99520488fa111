package org.resetdesk.password;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads term lists: one term per line, blank lines and lines starting with {@code #} skipped, surrounding spaces
 * removed. The custom banned terms file follows Entra's limits and a violation stops the start, naming the setting
 * and the line.
 */
final class TermFiles {

    static final String COMMON_PASSWORDS = "password/common-passwords.txt";
    static final String BANNED_TERMS_SETTING = "resetdesk.password.banned-terms-file";
    static final int MAX_CUSTOM_TERMS = 1000;
    static final int MIN_TERM_LENGTH = 4;
    static final int MAX_TERM_LENGTH = 16;

    private TermFiles() {
    }

    /** The shipped list of common passwords. */
    static List<String> commonPasswords() {
        InputStream in = TermFiles.class.getClassLoader().getResourceAsStream(COMMON_PASSWORDS);
        if (in == null) {
            throw new IllegalStateException("The classpath resource " + COMMON_PASSWORDS + " is missing");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> terms = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String term = line.strip();
                if (!term.isEmpty() && !term.startsWith("#")) {
                    terms.add(term);
                }
            }
            return terms;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + COMMON_PASSWORDS, e);
        }
    }

    /**
     * The custom banned terms: at most {@value #MAX_CUSTOM_TERMS} terms of {@value #MIN_TERM_LENGTH} to
     * {@value #MAX_TERM_LENGTH} characters.
     *
     * @throws IllegalArgumentException naming the setting (and the line) when the file is missing or breaks a limit
     */
    static List<String> customBannedTerms(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(BANNED_TERMS_SETTING + ": no such file " + file.toAbsolutePath());
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException(BANNED_TERMS_SETTING + ": cannot read " + file + " as UTF-8 text", e);
        }
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String term = lines.get(i).strip();
            if (term.isEmpty() || term.startsWith("#")) {
                continue;
            }
            int length = term.codePointCount(0, term.length());
            if (length < MIN_TERM_LENGTH || length > MAX_TERM_LENGTH) {
                throw new IllegalArgumentException(BANNED_TERMS_SETTING + ": " + file + " line " + (i + 1)
                        + " has a term of " + length + " characters; terms must have " + MIN_TERM_LENGTH + " to "
                        + MAX_TERM_LENGTH);
            }
            if (terms.size() == MAX_CUSTOM_TERMS) {
                throw new IllegalArgumentException(BANNED_TERMS_SETTING + ": " + file + " line " + (i + 1)
                        + " is term " + (MAX_CUSTOM_TERMS + 1) + "; at most " + MAX_CUSTOM_TERMS + " terms are allowed");
            }
            terms.add(term);
        }
        return terms;
    }
}
