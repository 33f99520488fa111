package org.resetdesk.conversation.intent;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.resetdesk.conversation.Intent;
import org.resetdesk.text.InvalidContentException;
import org.resetdesk.text.Language;
import org.resetdesk.text.TextFolding;
import org.resetdesk.text.YamlFiles;

/**
 * The example messages of every intent in every language, read from {@code dialogs/intents/<lang>.yaml} (the file
 * on disk when there is one, else the packaged copy). Each file maps intent labels to lists of examples.
 *
 * <p>Loading fails with a message naming the file and the label when a label is unknown (or {@code none}), an intent
 * is missing or has no examples, an example is blank, or the same message (after folding) is an example of two
 * intents. Immutable and thread-safe.
 */
public final class IntentExamples {

    /** The intents every file must give examples for: all but {@link Intent#NONE}. */
    static final Set<Intent> REQUIRED = EnumSet.complementOf(EnumSet.of(Intent.NONE));

    private final List<IntentExample> examples;

    private IntentExamples(List<IntentExample> examples) {
        this.examples = examples;
    }

    /** Reads and checks the example files of every language under {@code dialogsDir/intents}. */
    public static IntentExamples load(Path dialogsDir) {
        List<IntentExample> all = new ArrayList<>();
        Map<String, Origin> seen = new HashMap<>();
        for (Language language : Language.values()) {
            String relative = "intents/" + language.code() + ".yaml";
            String file = dialogsDir.getFileName() + "/" + relative;
            Map<?, ?> root = YamlFiles.readMap(dialogsDir, relative);
            Set<Intent> present = EnumSet.noneOf(Intent.class);
            for (Map.Entry<?, ?> entry : root.entrySet()) {
                String label = String.valueOf(entry.getKey());
                Intent intent = intent(file, label);
                present.add(intent);
                for (String text : examples(file, label, entry.getValue())) {
                    Origin earlier = seen.putIfAbsent(TextFolding.fold(text), new Origin(file, intent));
                    if (earlier != null && earlier.intent() != intent) {
                        throw new InvalidContentException(file + ": example '" + text + "' of intent '" + label
                                + "' is also an example of '" + earlier.intent().label() + "' in " + earlier.file());
                    }
                    all.add(new IntentExample(intent, language, text));
                }
            }
            for (Intent required : REQUIRED) {
                if (!present.contains(required)) {
                    throw new InvalidContentException(file + ": missing intent '" + required.label() + "'");
                }
            }
        }
        return new IntentExamples(List.copyOf(all));
    }

    /** Examples given directly, for tests and tools; they are not checked like files are. */
    public static IntentExamples of(List<IntentExample> examples) {
        return new IntentExamples(List.copyOf(examples));
    }

    /** Every example, file by file in the order written. */
    public List<IntentExample> all() {
        return examples;
    }

    private static Intent intent(String file, String label) {
        for (Intent intent : REQUIRED) {
            if (intent.label().equals(label)) {
                return intent;
            }
        }
        throw new InvalidContentException(file + ": unknown intent '" + label + "'");
    }

    private static List<String> examples(String file, String label, Object value) {
        if (value == null || value instanceof List<?> empty && empty.isEmpty()) {
            throw new InvalidContentException(file + ": intent '" + label + "' has no examples");
        }
        if (!(value instanceof List<?> list)) {
            throw new InvalidContentException(file + ": intent '" + label + "' must be a list of example messages");
        }
        List<String> texts = new ArrayList<>(list.size());
        for (Object item : list) {
            String text = item == null ? "" : String.valueOf(item);
            if (TextFolding.fold(text).isEmpty()) {
                throw new InvalidContentException(file + ": intent '" + label + "' has an empty example");
            }
            texts.add(text.strip());
        }
        return texts;
    }

    private record Origin(String file, Intent intent) {
    }
}
