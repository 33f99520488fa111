package org.resetdesk.conversation;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.resetdesk.conversation.intent.IntentClassifier;
import org.resetdesk.conversation.intent.IntentMatch;
import org.resetdesk.dialog.CommandPhrases;
import org.resetdesk.text.Language;
import org.resetdesk.text.MessageCatalog;
import org.resetdesk.text.MessageKey;
import org.resetdesk.text.TextFolding;

/**
 * What the conversation core takes as a command: the welcome menu's titles in every language, every fixed phrase of
 * {@code dialogs/phrases.yaml} (whole or contained), and a message the example utterances surely read as a request
 * ("resetează-mi parola"), as {@link IntentRouter} would outside a flow. The dialog engine refuses these as secret
 * answers.
 */
final class Commands implements CommandPhrases {

    static final List<MessageKey> MENU = List.of(
            MessageKey.ACTION_RESET, MessageKey.ACTION_UNLOCK, MessageKey.ACTION_QUESTION, MessageKey.ACTION_HELPDESK);

    private static final Set<Intent> REQUESTS = Set.of(Intent.RESET_PASSWORD, Intent.UNLOCK_ACCOUNT,
            Intent.REGISTER_METHODS, Intent.HELP, Intent.CANCEL, Intent.HUMAN_HANDOFF);

    private static final int MIN_REQUEST_WORDS = 3;

    private final PhraseBook phrases;
    private final IntentClassifier classifier;
    private final Set<String> menuTitles;

    Commands(PhraseBook phrases, IntentClassifier classifier, MessageCatalog messages) {
        this.phrases = phrases;
        this.classifier = classifier;
        Set<String> titles = new HashSet<>();
        for (MessageKey key : MENU) {
            for (Language language : Language.values()) {
                titles.add(TextFolding.fold(messages.text(language, key)));
            }
        }
        this.menuTitles = Set.copyOf(titles);
    }

    @Override
    public boolean isCommand(String text) {
        if (menuTitles.contains(TextFolding.fold(text)) || phrases.recognise(text).intent() != Intent.NONE) {
            return true;
        }
        // Votes on one or two words are noise ("second answer" is not a request); a request has three or more.
        if (TextFolding.fold(text).split(" ").length < MIN_REQUEST_WORDS) {
            return false;
        }
        IntentMatch match = classifier.match(text);
        return REQUESTS.contains(match.intent()) && match.confidence() >= IntentRouter.ACTION_CONFIDENCE;
    }
}
