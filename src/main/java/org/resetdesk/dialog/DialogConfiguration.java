package org.resetdesk.dialog;

import java.util.List;

import org.resetdesk.content.ContentProperties;
import org.resetdesk.text.MessageCatalog;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Loads and validates the flows at start; a broken flow file stops the application with file and state named. */
@Configuration(proxyBeanMethods = false)
class DialogConfiguration {

    @Bean
    NoopStep noopStep() {
        return new NoopStep();
    }

    @Bean
    RememberStep rememberStep() {
        return new RememberStep();
    }

    @Bean
    DialogEngine dialogEngine(ContentProperties content, MessageCatalog messages, List<DialogStep> steps,
            ObjectProvider<CommandPhrases> commands) {
        // The conversation core supplies the commands; without it (a context of the dialog engine alone) none.
        return DialogEngines.load(content.dialogsDir(), messages, steps,
                commands.getIfAvailable(() -> CommandPhrases.NONE));
    }
}
