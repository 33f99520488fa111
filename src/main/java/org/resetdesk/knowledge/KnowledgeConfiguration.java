package org.resetdesk.knowledge;

import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.resetdesk.content.ContentProperties;
import org.resetdesk.runtime.Meters;
import org.resetdesk.text.InvalidContentException;
import org.resetdesk.text.Language;
import org.resetdesk.text.MessageCatalog;
import org.resetdesk.web.PublicAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Loads the knowledge base at start (a broken article stops the start, naming file and line), reloads it when its
 * files change, and wires the answers into the conversation.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(KnowledgeProperties.class)
class KnowledgeConfiguration {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeConfiguration.class);

    @Bean
    KnowledgeLibrary knowledgeLibrary(ContentProperties content) {
        KnowledgeLibrary library = KnowledgeLibrary.load(content.knowledgeDir());
        log.info("Knowledge base: {} English and {} Romanian sections", library.current().size(Language.EN),
                library.current().size(Language.RO));
        return library;
    }

    /** Checks the knowledge folder for changes; stopped with the application. */
    @Bean(destroyMethod = "shutdownNow")
    ScheduledExecutorService knowledgeReloader(KnowledgeLibrary library, KnowledgeProperties properties) {
        ScheduledExecutorService reloader = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "knowledge-reload");
            thread.setDaemon(true);
            return thread;
        });
        long every = properties.reloadInterval().toMillis();
        if (every > 0) {
            reloader.scheduleWithFixedDelay(() -> {
                try {
                    library.reloadIfChanged();
                } catch (RuntimeException e) {
                    log.error("Knowledge base reload failed; the previous version stays in use", e);
                }
            }, every, every, TimeUnit.MILLISECONDS);
        }
        return reloader;
    }

    @Bean
    KnowledgeAnswers knowledgeAnswers(KnowledgeLibrary library, KnowledgeProperties properties) {
        return new KnowledgeAnswers(library, properties);
    }

    @Bean
    KnowledgeGaps knowledgeGaps(org.resetdesk.state.SharedMaps maps) {
        return new KnowledgeGaps(maps);
    }

    @Bean
    KnowledgeFeedback knowledgeFeedback(Clock clock) {
        return new KnowledgeFeedback(clock);
    }

    @Bean
    KnowledgeDesk knowledgeDesk(KnowledgeAnswers answers, MessageCatalog messages, PublicAddress address,
            KnowledgeProperties properties, KnowledgeGaps gaps, KnowledgeFeedback feedback, Meters meters) {
        for (String key : KnowledgeReplies.KEYS) {
            for (Language language : Language.values()) {
                if (!messages.keys(language).contains(key)) {
                    throw new InvalidContentException("dialogs/messages/" + language.code() + ".yaml: missing key '"
                            + key + "' (used by the knowledge base)");
                }
            }
        }
        return new KnowledgeDesk(answers, new KnowledgeReplies(messages, address, properties.answerLength()),
                gaps, feedback, meters);
    }
}
