package org.resetdesk.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.resetdesk.knowledge.Candidate;
import org.resetdesk.knowledge.KnowledgeAnswers;
import org.resetdesk.knowledge.Lookup;
import org.resetdesk.text.Language;

/** Knowledge-base metrics over labelled questions, per language. */
final class FaqEvaluation {

    private FaqEvaluation() {
    }

    static void run(KnowledgeAnswers answers, List<Map<String, String>> examples, StringBuilder out) {
        for (Language language : Language.values()) {
            List<Map<String, String>> set = examples.stream()
                    .filter(e -> language.code().equals(e.get("lang"))).toList();
            if (set.isEmpty()) {
                continue;
            }
            int labelled = 0;
            int hit1 = 0;
            int hit3 = 0;
            double reciprocal = 0;
            int answered = 0;
            int answeredRight = 0;
            int outOfScope = 0;
            int outOfScopeAnswered = 0;
            List<String> misses = new ArrayList<>();
            for (Map<String, String> example : set) {
                String label = example.get("label");
                Lookup lookup = answers.lookup(example.get("text"), language);
                List<String> top = lookup.candidates().stream().limit(3).map(c -> c.section().id()).toList();
                boolean answeredIt = lookup.kind() == Lookup.Kind.ANSWER;
                String shown = describe(lookup);
                if ("none".equals(label)) {
                    outOfScope++;
                    if (answeredIt) {
                        outOfScopeAnswered++;
                        misses.add("  answered out-of-scope: \"" + example.get("text") + "\" -> " + shown);
                    } else {
                        misses.add("  (not answered, as it should: \"" + example.get("text") + "\" -> " + shown + ")");
                    }
                    continue;
                }
                labelled++;
                int rank = top.indexOf(label);
                if (rank == 0) {
                    hit1++;
                }
                if (rank >= 0) {
                    hit3++;
                    reciprocal += 1.0 / (rank + 1);
                }
                if (answeredIt) {
                    answered++;
                    if (rank == 0) {
                        answeredRight++;
                    }
                }
                if (rank != 0 || !answeredIt) {
                    misses.add("  " + (rank == 0 ? "not answered" : "wrong") + ": \"" + example.get("text")
                            + "\" want " + label + " -> " + shown);
                }
            }
            out.append(String.format(Locale.ROOT, "FAQ %s: %d questions (%d with an answer, %d out of scope)%n",
                    language.code(), set.size(), labelled, outOfScope));
            out.append(String.format(Locale.ROOT,
                    "  Hit@1 %.3f  Hit@3 %.3f  MRR@3 %.3f  coverage@tau %.3f  precision@tau %.3f"
                            + "  out-of-scope answered %d/%d%n",
                    ratio(hit1, labelled), ratio(hit3, labelled), labelled == 0 ? 0 : reciprocal / labelled,
                    ratio(answered, labelled), ratio(answeredRight, answered), outOfScopeAnswered, outOfScope));
            misses.forEach(miss -> out.append(miss).append('\n'));
        }
    }

    private static String describe(Lookup lookup) {
        StringBuilder text = new StringBuilder(lookup.kind().name().toLowerCase(Locale.ROOT));
        for (Candidate candidate : lookup.candidates().stream().limit(3).toList()) {
            text.append(String.format(Locale.ROOT, " %s(%.2f)", candidate.section().id(), candidate.confidence()));
        }
        return text.toString();
    }

    static double ratio(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
