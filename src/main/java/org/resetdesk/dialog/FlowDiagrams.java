package org.resetdesk.dialog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders flows as Mermaid {@code stateDiagram-v2} diagrams in Markdown, for {@code dialogs/flows/README.md}. The
 * output depends only on the flow files, so a test can tell when the committed README is stale.
 */
final class FlowDiagrams {

    static final String REGENERATE =
            "mvn -q -B test -Dtest=FlowDiagramsTest -Dresetdesk.regenerate=true -Dsurefire.failIfNoSpecifiedTests=false";

    private FlowDiagrams() {
    }

    static String markdown(List<FlowDefinition> flows) {
        StringBuilder out = new StringBuilder()
                .append("<!-- Generated from dialogs/flows/*.yaml; do not edit. Regenerate with:\n     ")
                .append(REGENERATE).append(" -->\n")
                .append("# Dialog flows\n\n")
                .append("One diagram per flow file in this folder. Arrows are labelled with the outcome that ")
                .append("follows them; `exhausted` is taken when a state's retries are used up. Answers of the ")
                .append("wrong form (asked again with a hint), `help` (asks again) and `cancel` (ends the flow ")
                .append("from any state) are not drawn. The file format is described at the top of `sample.yaml`.\n");
        for (FlowDefinition flow : flows) {
            out.append("\n## ").append(flow.id()).append("\n\n")
                    .append("Source: `").append(flow.file()).append("`\n\n")
                    .append("```mermaid\n").append(diagram(flow)).append("```\n");
        }
        return out.toString();
    }

    static String diagram(FlowDefinition flow) {
        StringBuilder out = new StringBuilder("stateDiagram-v2\n");
        for (StateDefinition state : flow.states().values()) {
            // ids are prefixed so that state names such as "end" or "a-b" cannot clash with Mermaid's syntax
            out.append("    state \"").append(state.id()).append("\" as ").append(node(state.id())).append('\n');
        }
        out.append("    [*] --> ").append(node(flow.start())).append('\n');
        for (StateDefinition state : flow.states().values()) {
            Map<String, String> labels = new LinkedHashMap<>();
            state.on().forEach((outcome, target) -> labels.merge(target, outcome, (a, b) -> a + ", " + b));
            if (state.exhausted() != null) {
                labels.merge(state.exhausted(), StateDefinition.EXHAUSTED + " after " + state.retries(),
                        (a, b) -> a + ", " + b);
            }
            labels.forEach((target, label) -> out.append("    ").append(node(state.id())).append(" --> ")
                    .append(node(target)).append(" : ").append(label).append('\n'));
            if (state.end()) {
                out.append("    ").append(node(state.id())).append(" --> [*]\n");
            }
        }
        return out.toString();
    }

    private static String node(String stateId) {
        return "s_" + stateId.replaceAll("[^A-Za-z0-9_]", "_");
    }
}
