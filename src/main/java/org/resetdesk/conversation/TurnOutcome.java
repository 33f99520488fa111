package org.resetdesk.conversation;

import java.util.List;

import org.resetdesk.text.Reply;
import org.resetdesk.text.Trace;

/**
 * What a turn produced: replies in order, traces describing the decisions, and the memory to keep.
 */
public record TurnOutcome(List<Reply> replies, List<Trace> traces, ConversationMemory memory) {

    public TurnOutcome {
        replies = List.copyOf(replies);
        traces = List.copyOf(traces);
    }
}
