package org.resetdesk.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.resetdesk.conversation.IntentRouter;
import org.resetdesk.conversation.Recognition;
import org.resetdesk.text.Language;

/** Intent routing metrics over labelled messages, per language: accuracy, macro-F1 and every miss. */
final class IntentEvaluation {

    private IntentEvaluation() {
    }

    static void run(IntentRouter router, List<Map<String, String>> examples, StringBuilder out) {
        for (Language language : Language.values()) {
            List<Map<String, String>> set = examples.stream()
                    .filter(e -> language.code().equals(e.get("lang"))).toList();
            if (set.isEmpty()) {
                continue;
            }
            Set<String> labels = new LinkedHashSet<>();
            List<String[]> pairs = new ArrayList<>();
            List<String> misses = new ArrayList<>();
            for (Map<String, String> example : set) {
                Recognition recognition = router.route(example.get("text"), language);
                String predicted = recognition.intent().label();
                String expected = example.get("label");
                labels.add(expected);
                labels.add(predicted);
                pairs.add(new String[] {expected, predicted});
                if (!expected.equals(predicted)) {
                    misses.add(String.format(Locale.ROOT, "  \"%s\" want %s, got %s (%.2f)", example.get("text"),
                            expected, predicted, recognition.confidence()));
                }
            }
            long right = pairs.stream().filter(p -> p[0].equals(p[1])).count();
            double f1Sum = 0;
            int classes = 0;
            for (String label : labels) {
                long tp = pairs.stream().filter(p -> p[0].equals(label) && p[1].equals(label)).count();
                long fp = pairs.stream().filter(p -> !p[0].equals(label) && p[1].equals(label)).count();
                long fn = pairs.stream().filter(p -> p[0].equals(label) && !p[1].equals(label)).count();
                if (tp + fn == 0) {
                    continue; // a label only ever predicted, never expected, is not a class of the set
                }
                double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
                double recall = (double) tp / (tp + fn);
                f1Sum += precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
                classes++;
            }
            out.append(String.format(Locale.ROOT, "Intents %s: %d messages  accuracy %.3f  macro-F1 %.3f%n",
                    language.code(), set.size(), FaqEvaluation.ratio((int) right, set.size()),
                    classes == 0 ? 0 : f1Sum / classes));
            misses.forEach(miss -> out.append(miss).append('\n'));
        }
    }
}
