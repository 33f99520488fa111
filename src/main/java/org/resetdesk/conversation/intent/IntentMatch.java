package org.resetdesk.conversation.intent;

import org.resetdesk.conversation.Intent;
import org.resetdesk.conversation.Recognition;

/**
 * What {@link IntentClassifier} made of a message, with the evidence for traces.
 *
 * @param intent         the intent that won the vote of the nearest examples, {@link Intent#NONE} when no example
 *                       shares anything with the message
 * @param confidence     from 0 to 1; see {@link IntentClassifier} for how it is computed
 * @param nearestExample the most similar example of the winning intent, as written; empty for {@code NONE}
 * @param similarity     cosine similarity of the message to that example, from 0 to 1
 */
public record IntentMatch(Intent intent, double confidence, String nearestExample, double similarity) {

    static final IntentMatch NOTHING = new IntentMatch(Intent.NONE, 0.0, "", 0.0);

    /** The intent and confidence alone, as the other recognisers report them. */
    public Recognition recognition() {
        return new Recognition(intent, confidence);
    }
}
