package org.resetdesk.knowledge;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;

import org.resetdesk.text.MessageCatalog;

/** The shipped knowledge base, wired as the application does, for tests outside Spring. */
public final class TestKnowledge {

    public static final KnowledgeLibrary LIBRARY = KnowledgeLibrary.load(Path.of("knowledge"));

    private TestKnowledge() {
    }

    public static KnowledgeAnswers answers() {
        return new KnowledgeAnswers(LIBRARY, KnowledgeProperties.defaults());
    }

    public static KnowledgeDesk desk(MessageCatalog messages) {
        return new KnowledgeDesk(new KnowledgeAnswers(LIBRARY, KnowledgeProperties.defaults()),
                new KnowledgeReplies(messages, () -> URI.create("http://localhost:3978"), 700), new KnowledgeGaps(),
                new KnowledgeFeedback(Clock.systemUTC()));
    }
}
