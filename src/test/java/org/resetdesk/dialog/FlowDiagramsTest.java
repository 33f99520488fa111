package org.resetdesk.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class FlowDiagramsTest {

    private static final Path README = Path.of("dialogs", "flows", "README.md");

    /** Fails when a flow file changed without regenerating; with -Dresetdesk.regenerate=true it rewrites the file. */
    @Test
    void committedReadme_matchesTheFlowFiles() throws IOException {
        String generated = FlowDiagrams.markdown(FlowFiles.read(Path.of("dialogs")));
        if (Boolean.getBoolean("resetdesk.regenerate")) {
            Files.writeString(README, generated);
        }
        String committed = Files.exists(README) ? Files.readString(README) : "";

        assertThat(committed)
                .as("dialogs/flows/README.md is stale; regenerate it with: " + FlowDiagrams.REGENERATE)
                .isEqualTo(generated);
    }

    @Test
    void diagram_drawsStartEndTransitionsAndExhaustedRetries() {
        FlowDefinition flow = FlowParser.parse("dialogs/flows/t.yaml", new java.io.ByteArrayInputStream("""
                flow: t
                start: code
                states:
                  code:
                    ask: sample.ask-name
                    input: code
                    step: check-code
                    on:
                      ok: end
                      wrong: code
                    retries: 3
                    exhausted: end
                  end:
                    end: true
                """.getBytes(java.nio.charset.StandardCharsets.UTF_8)));

        assertThat(FlowDiagrams.diagram(flow)).isEqualTo("""
                stateDiagram-v2
                    state "code" as s_code
                    state "end" as s_end
                    [*] --> s_code
                    s_code --> s_end : ok, exhausted after 3
                    s_code --> s_code : wrong
                    s_end --> [*]
                """);
    }

    @Test
    void markdown_hasOneMermaidBlockPerFlow() {
        String markdown = FlowDiagrams.markdown(FlowFiles.read(Path.of("dialogs")));

        assertThat(markdown).contains("## sample\n\nSource: `dialogs/flows/sample.yaml`\n\n```mermaid\nstateDiagram-v2\n");
        assertThat(List.of(markdown.split("```mermaid", -1))).hasSize(FlowFiles.read(Path.of("dialogs")).size() + 1);
    }
}
