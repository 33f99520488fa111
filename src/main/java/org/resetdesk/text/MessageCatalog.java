package org.resetdesk.text;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every user-visible text, per language, from {@code dialogs/messages/<lang>.yaml}. Nested YAML keys are joined
 * with dots. Texts may hold {@code {name}} placeholders.
 *
 * <p>Loading fails fast, naming the file and key, when a language lacks a key another language has or a key the
 * code uses. Immutable and thread-safe once loaded.
 */
public final class MessageCatalog {

    private final Map<Language, Map<String, String>> texts;

    private MessageCatalog(Map<Language, Map<String, String>> texts) {
        this.texts = texts;
    }

    /** Loads and cross-checks the message files of every language under {@code dialogsDir/messages}. */
    public static MessageCatalog load(Path dialogsDir) {
        Map<Language, Map<String, String>> texts = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            Map<String, String> flat = new LinkedHashMap<>();
            String file = "messages/" + language.code() + ".yaml";
            flatten(dialogsDir.getFileName() + "/" + file, "", YamlFiles.readMap(dialogsDir, file), flat);
            texts.put(language, Map.copyOf(flat));
        }
        check(dialogsDir, texts);
        return new MessageCatalog(texts);
    }

    private static void flatten(String file, String prefix, Map<?, ?> node, Map<String, String> into) {
        node.forEach((rawKey, value) -> {
            String key = prefix + rawKey;
            if (value instanceof Map<?, ?> child) {
                flatten(file, key + ".", child, into);
            } else if (value instanceof String text && !text.isBlank()) {
                into.put(key, text.strip());
            } else {
                throw new InvalidContentException(file + ": key '" + key + "' must be a non-empty text");
            }
        });
    }

    private static void check(Path dialogsDir, Map<Language, Map<String, String>> texts) {
        Set<String> all = new TreeSet<>();
        texts.values().forEach(map -> all.addAll(map.keySet()));
        for (MessageKey key : MessageKey.values()) {
            all.add(key.key());
        }
        for (Language language : Language.values()) {
            for (String key : all) {
                if (!texts.get(language).containsKey(key)) {
                    throw new InvalidContentException(dialogsDir.getFileName() + "/messages/" + language.code()
                            + ".yaml: missing key '" + key + "'");
                }
            }
        }
    }

    public String text(Language language, MessageKey key) {
        return text(language, key.key(), Map.of());
    }

    public String text(Language language, MessageKey key, Map<String, String> args) {
        return text(language, key.key(), args);
    }

    /** The text for a key, placeholders replaced; throws for a key no file defines (a programming error). */
    public String text(Language language, String key, Map<String, String> args) {
        String text = texts.get(language).get(key);
        if (text == null) {
            throw new IllegalArgumentException("No message '" + key + "'");
        }
        for (Map.Entry<String, String> arg : args.entrySet()) {
            text = text.replace("{" + arg.getKey() + "}", arg.getValue());
        }
        return text;
    }

    /** The texts of a language whose keys start with {@code prefix + "."}, keyed by the rest of the key. */
    public Map<String, String> section(Language language, String prefix) {
        Map<String, String> section = new java.util.TreeMap<>();
        texts.get(language).forEach((key, text) -> {
            if (key.startsWith(prefix + ".")) {
                section.put(key.substring(prefix.length() + 1), text);
            }
        });
        return section;
    }

    /** The keys defined for a language. */
    public Set<String> keys(Language language) {
        return texts.get(language).keySet();
    }
}
