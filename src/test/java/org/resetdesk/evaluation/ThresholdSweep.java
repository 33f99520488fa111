package org.resetdesk.evaluation;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.resetdesk.knowledge.KnowledgeAnswers;
import org.resetdesk.knowledge.KnowledgeLibrary;
import org.resetdesk.knowledge.KnowledgeProperties;
import org.resetdesk.knowledge.Lookup;
import org.resetdesk.text.Language;

/**
 * The knowledge base's decisions over a grid of thresholds (τ, the tie margin and the asked-that-way margin) on
 * labelled sets: answered right,
 * answered wrong, not answered, out-of-scope answered. For choosing the defaults on the dev sets:
 * <pre>
 * mvn -q -B test-compile exec:java -Dexec.mainClass=org.resetdesk.evaluation.ThresholdSweep -Dexec.classpathScope=test \
 *     -Dexec.args="../shared/eval/faq-dev-v2.json ../shared/eval/faq-dev.json"
 * </pre>
 */
public final class ThresholdSweep {

    private ThresholdSweep() {
    }

    public static void main(String[] args) throws Exception {
        List<Map<String, String>> set = new ArrayList<>();
        for (String path : args) {
            set.addAll(Evaluation.read(Path.of(path)));
        }
        KnowledgeLibrary library = KnowledgeLibrary.load(Path.of("knowledge"));
        for (double answer : new double[] {0.45, 0.5, 0.55, 0.6}) {
            for (double tie : new double[] {0.0, 0.02, 0.05, 0.1}) {
              for (double asked : new double[] {0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 1.0}) {
                KnowledgeAnswers answers = new KnowledgeAnswers(library,
                        new KnowledgeProperties(answer, 0.3, tie, asked, Duration.ofSeconds(2), 700));
                int right = 0;
                int wrong = 0;
                int unanswered = 0;
                int outOfScope = 0;
                for (Map<String, String> example : set) {
                    Lookup lookup = answers.lookup(example.get("text"),
                            Language.fromLocale(example.get("lang")).orElseThrow());
                    boolean answered = lookup.kind() == Lookup.Kind.ANSWER;
                    if ("none".equals(example.get("label"))) {
                        outOfScope += answered ? 1 : 0;
                    } else if (!answered) {
                        unanswered++;
                    } else if (lookup.best().section().id().equals(example.get("label"))) {
                        right++;
                    } else {
                        wrong++;
                    }
                }
                System.out.printf(Locale.ROOT, "tau %.2f margin %.2f asked %.2f: right %d, wrong %d, not answered %d,"
                        + " out of scope answered %d%n", answer, tie, asked, right, wrong, unanswered, outOfScope);
              }
            }
        }
    }
}
