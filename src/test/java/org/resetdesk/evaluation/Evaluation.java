package org.resetdesk.evaluation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.resetdesk.ResetDeskApplication;
import org.resetdesk.bench.BenchServer;
import org.resetdesk.conversation.IntentRouter;
import org.resetdesk.conversation.PhraseBook;
import org.resetdesk.conversation.intent.IntentClassifier;
import org.resetdesk.knowledge.KnowledgeAnswers;
import org.resetdesk.knowledge.KnowledgeLibrary;
import org.resetdesk.knowledge.KnowledgeProperties;

/**
 * Runs labelled development sets and prints, per language, every miss and the metrics: for a FAQ set both the
 * knowledge base's search alone and the outcome a user meets through the conversation ({@link
 * ConversationEvaluation}, on a ResetDesk started here with its defaults); for an intent set the routing:
 * <pre>
 * mvn -q -B test-compile exec:java -Dexec.mainClass=org.resetdesk.evaluation.Evaluation -Dexec.classpathScope=test \
 *     -Deval.args="../shared/eval/faq-dev-v2.json ../shared/eval/faq-dev.json ../shared/eval/intent-dev.json"
 * </pre>
 * Arguments (or {@code -Deval.args}): sets of {@code [{"text","lang","label"}]}; a file whose name holds "intent" is
 * an intent set, any other a FAQ set.
 */
public final class Evaluation {

    private Evaluation() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        String[] paths = args.length > 0 ? args : System.getProperty("eval.args", "").trim().split("\\s+");
        if (paths.length == 0 || paths[0].isEmpty()) {
            System.err.println("Usage: Evaluation <faq-set.json>... [<intent-set.json>]");
            System.exit(2);
        }
        KnowledgeLibrary library = KnowledgeLibrary.load(Path.of("knowledge"));
        KnowledgeAnswers answers = new KnowledgeAnswers(library, KnowledgeProperties.defaults());
        StringBuilder out = new StringBuilder();
        try (BenchServer bot = BenchServer.start(ResetDeskApplication.class)) {
            ConversationEvaluation conversation = new ConversationEvaluation(bot.port());
            for (String path : paths) {
                List<Map<String, String>> set = read(Path.of(path));
                out.append("== ").append(path).append('\n');
                if (Path.of(path).getFileName().toString().contains("intent")) {
                    Path dialogs = Path.of("dialogs");
                    IntentRouter router = new IntentRouter(PhraseBook.load(dialogs), IntentClassifier.load(dialogs),
                            answers);
                    IntentEvaluation.run(router, set, out);
                    continue;
                }
                out.append("-- the knowledge base's search alone\n");
                FaqEvaluation.run(answers, set, out);
                out.append("-- through the conversation (POST /api/messages, a new conversation per question)\n");
                conversation.run(set, out);
            }
        }
        System.out.print(out);
        System.exit(0);
    }

    static List<Map<String, String>> read(Path file) throws IOException {
        return new ObjectMapper().readValue(Files.readString(file), new TypeReference<List<Map<String, String>>>() {
        });
    }
}
