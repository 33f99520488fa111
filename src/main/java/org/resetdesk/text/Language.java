package org.resetdesk.text;

import java.util.Locale;
import java.util.Optional;

/** The languages ResetDesk speaks. English is the fallback. */
public enum Language {
    EN("en", "en-US"),
    RO("ro", "ro-RO");

    private final String code;
    private final String locale;

    Language(String code, String locale) {
        this.code = code;
        this.locale = locale;
    }

    /** The BCP 47 locale ResetDesk uses for this language. */
    public String locale() {
        return locale;
    }

    /** The ISO 639-1 code, also the name of the language's message file. */
    public String code() {
        return code;
    }

    /** Language of a BCP 47 locale such as {@code ro-RO}; empty when it is missing or not one we speak. */
    public static Optional<Language> fromLocale(String locale) {
        if (locale == null || locale.isBlank()) {
            return Optional.empty();
        }
        String tag = locale.trim().toLowerCase(Locale.ROOT);
        int end = 0;
        while (end < tag.length() && tag.charAt(end) != '-' && tag.charAt(end) != '_') {
            end++;
        }
        String primary = tag.substring(0, end);
        for (Language language : values()) {
            if (language.code.equals(primary)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
