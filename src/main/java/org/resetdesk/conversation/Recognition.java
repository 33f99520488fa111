package org.resetdesk.conversation;

/**
 * The intent recognised in a message and how sure the recogniser is, from 0 to 1. A question about an action ("how
 * do I reset my password?") is {@link Intent#FAQ} with that action in {@code offer}: the answer comes with a button
 * that starts it.
 */
public record Recognition(Intent intent, double confidence, Intent offer) {

    static final Recognition NOTHING = new Recognition(Intent.NONE, 0.0);

    public Recognition(Intent intent, double confidence) {
        this(intent, confidence, null);
    }

    /** The action to offer beside an answer, if any. */
    public java.util.Optional<Intent> offered() {
        return java.util.Optional.ofNullable(offer);
    }
}
