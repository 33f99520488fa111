package org.resetdesk.conversation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.resetdesk.text.InvalidContentException;
import org.resetdesk.text.TextFolding;
import org.resetdesk.text.YamlFiles;

/**
 * Short fixed phrases that name an intent outright ("help", "anulează", "talk to the helpdesk"), read from
 * {@code dialogs/phrases.yaml}. A message matches a phrase of the {@code exact} list when, folded, it is that phrase;
 * and a phrase of the {@code contains} list when it holds it as whole words. Also knows the words that mark a message
 * as Romanian when the client sent no locale. Immutable and thread-safe.
 */
public final class PhraseBook {

    static final double EXACT = 1.0;
    static final double CONTAINED = 0.8;

    private final Map<String, Intent> exact;
    private final List<Map.Entry<String, Intent>> contained;
    private final Set<String> romanianMarkers;

    private PhraseBook(Map<String, Intent> exact, List<Map.Entry<String, Intent>> contained,
            Set<String> romanianMarkers) {
        this.exact = exact;
        this.contained = contained;
        this.romanianMarkers = romanianMarkers;
    }

    public static PhraseBook load(Path dialogsDir) {
        String file = dialogsDir.getFileName() + "/phrases.yaml";
        Map<String, Object> root = YamlFiles.readMap(dialogsDir, "phrases.yaml");
        Map<String, Intent> exact = new HashMap<>();
        List<Map.Entry<String, Intent>> contained = new ArrayList<>();
        section(file, root, "exact").forEach((label, phrases) -> {
            Intent intent = intent(file, label);
            strings(file, label, phrases).forEach(phrase -> exact.put(TextFolding.fold(phrase), intent));
        });
        section(file, root, "contains").forEach((label, phrases) -> {
            Intent intent = intent(file, label);
            strings(file, label, phrases).forEach(phrase -> contained.add(Map.entry(TextFolding.fold(phrase), intent)));
        });
        Set<String> markers = new HashSet<>();
        strings(file, "romanian-markers", root.get("romanian-markers"))
                .forEach(word -> markers.add(TextFolding.fold(word)));
        return new PhraseBook(Map.copyOf(exact), List.copyOf(contained), Set.copyOf(markers));
    }

    private static Map<?, ?> section(String file, Map<String, Object> root, String name) {
        if (!(root.get(name) instanceof Map<?, ?> map)) {
            throw new InvalidContentException(file + ": section '" + name + "' must map intents to phrase lists");
        }
        return map;
    }

    private static Intent intent(String file, Object label) {
        try {
            return Intent.fromLabel(String.valueOf(label));
        } catch (IllegalArgumentException e) {
            throw new InvalidContentException(file + ": unknown intent '" + label + "'", e);
        }
    }

    private static List<String> strings(String file, Object label, Object value) {
        List<String> result = new ArrayList<>();
        if (value instanceof Map<?, ?> perLanguage) {
            perLanguage.values().forEach(list -> result.addAll(strings(file, label, list)));
        } else if (value instanceof List<?> list) {
            list.forEach(item -> result.add(String.valueOf(item)));
        } else {
            throw new InvalidContentException(file + ": '" + label + "' must be a list of phrases");
        }
        return result;
    }

    /** The intent a message names outright, or {@link Recognition#NOTHING}. */
    Recognition recognise(String text) {
        String folded = TextFolding.fold(text);
        if (folded.isEmpty()) {
            return Recognition.NOTHING;
        }
        Intent whole = exact.get(folded);
        if (whole != null) {
            return new Recognition(whole, EXACT);
        }
        String padded = " " + folded + " ";
        for (Map.Entry<String, Intent> phrase : contained) {
            if (padded.contains(" " + phrase.getKey() + " ")) {
                return new Recognition(phrase.getValue(), CONTAINED);
            }
        }
        return Recognition.NOTHING;
    }

    /** Whether the message reads as Romanian: Romanian letters or a word that only Romanian uses. */
    boolean looksRomanian(String text) {
        if (text.chars().anyMatch(c -> "ăâîșşțţĂÂÎȘŞȚŢ".indexOf(c) >= 0)) {
            return true;
        }
        for (String word : TextFolding.fold(text).split(" ")) {
            if (romanianMarkers.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
