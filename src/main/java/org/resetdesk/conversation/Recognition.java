package org.resetdesk.conversation;

/** The intent recognised in a message and how sure the recogniser is, from 0 to 1. */
public record Recognition(Intent intent, double confidence) {

    static final Recognition NOTHING = new Recognition(Intent.NONE, 0.0);
}
