package org.resetdesk.conversation;

import org.resetdesk.content.ContentProperties;
import org.resetdesk.conversation.intent.IntentClassifier;
import org.resetdesk.dialog.DialogEngine;
import org.resetdesk.text.MessageCatalog;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the conversation core from the content folder; broken content stops the start with a precise message. */
@Configuration(proxyBeanMethods = false)
class ConversationConfiguration {

    @Bean
    MessageCatalog messageCatalog(ContentProperties content) {
        return MessageCatalog.load(content.dialogsDir());
    }

    @Bean
    PhraseBook phraseBook(ContentProperties content) {
        return PhraseBook.load(content.dialogsDir());
    }

    /** Loaded at startup so that broken example files stop the start, like the other content files. */
    @Bean
    IntentClassifier intentClassifier(ContentProperties content) {
        return IntentClassifier.load(content.dialogsDir());
    }

    @Bean
    org.resetdesk.dialog.CommandPhrases commandPhrases(PhraseBook phrases, IntentClassifier classifier,
            MessageCatalog messages) {
        return new Commands(phrases, classifier, messages);
    }

    @Bean
    TurnHandler turnHandler(MessageCatalog messages, PhraseBook phrases, HelpdeskProperties helpdesk,
            DialogEngine dialogs, org.resetdesk.knowledge.KnowledgeDesk knowledge, IntentRouter router,
            org.springframework.beans.factory.ObjectProvider<RegistrationReminder> reminder) {
        return new TurnHandler(messages, phrases, helpdesk, dialogs, knowledge, router,
                reminder.getIfAvailable(() -> RegistrationReminder.NONE));
    }

    @Bean
    IntentRouter intentRouter(PhraseBook phrases, IntentClassifier classifier,
            org.resetdesk.knowledge.KnowledgeAnswers knowledge) {
        return new IntentRouter(phrases, classifier, knowledge);
    }
}
