package org.resetdesk.conversation.intent;

import org.resetdesk.conversation.Intent;
import org.resetdesk.text.Language;

/**
 * One example message for an intent, as written in {@code dialogs/intents/<lang>.yaml}.
 *
 * @param intent   what a user who writes this message wants
 * @param language the file the example comes from
 * @param text     the example as written (not folded)
 */
public record IntentExample(Intent intent, Language language, String text) {
}
