package org.resetdesk.evaluation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.resetdesk.conversation.IntentRouter;
import org.resetdesk.conversation.PhraseBook;
import org.resetdesk.conversation.intent.IntentClassifier;
import org.resetdesk.knowledge.KnowledgeAnswers;
import org.resetdesk.knowledge.KnowledgeLibrary;
import org.resetdesk.knowledge.KnowledgeProperties;

/**
 * Runs labelled development sets through the real knowledge base and intent recognizer and prints, per language,
 * the retrieval and routing metrics and every miss:
 * <pre>
 * mvn -q -B test-compile exec:java -Dexec.mainClass=org.resetdesk.evaluation.Evaluation -Dexec.classpathScope=test \
 *     -Deval.args="../shared/eval/faq-dev.json ../shared/eval/intent-dev.json"
 * </pre>
 * Arguments (or {@code -Deval.args}): the FAQ set, then optionally the intent set; {@code [{"text","lang","label"}]}.
 */
public final class Evaluation {

    private Evaluation() {
    }

    public static void main(String[] args) throws IOException {
        String[] paths = args.length > 0 ? args : System.getProperty("eval.args", "").trim().split("\\s+");
        if (paths.length == 0 || paths[0].isEmpty()) {
            System.err.println("Usage: Evaluation <faq-set.json> [<intent-set.json>]");
            System.exit(2);
        }
        KnowledgeAnswers answers = new KnowledgeAnswers(KnowledgeLibrary.load(Path.of("knowledge")),
                KnowledgeProperties.defaults());
        StringBuilder out = new StringBuilder();
        FaqEvaluation.run(answers, read(Path.of(paths[0])), out);
        if (paths.length > 1) {
            Path dialogs = Path.of("dialogs");
            IntentRouter router = new IntentRouter(PhraseBook.load(dialogs), IntentClassifier.load(dialogs), answers);
            IntentEvaluation.run(router, read(Path.of(paths[1])), out);
        }
        System.out.print(out);
    }

    static List<Map<String, String>> read(Path file) throws IOException {
        return new ObjectMapper().readValue(Files.readString(file), new TypeReference<List<Map<String, String>>>() {
        });
    }
}
