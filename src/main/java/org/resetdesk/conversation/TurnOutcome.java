package org.resetdesk.conversation;

import java.util.List;

import org.resetdesk.text.Reply;
import org.resetdesk.text.Trace;

/**
 * What a turn produced: replies in order, traces describing the decisions, and the memory to keep.
 *
 * @param secretInput whether what the user sent was (or was taken as) a password, code or answer: a channel that
 *                    keeps a history must not keep it
 */
public record TurnOutcome(List<Reply> replies, List<Trace> traces, ConversationMemory memory, boolean secretInput) {

    public TurnOutcome {
        replies = List.copyOf(replies);
        traces = List.copyOf(traces);
    }

    public TurnOutcome(List<Reply> replies, List<Trace> traces, ConversationMemory memory) {
        this(replies, traces, memory, false);
    }

    /** The same outcome with one more reply after the others. */
    TurnOutcome withReply(Reply reply) {
        List<Reply> all = new java.util.ArrayList<>(replies);
        all.add(reply);
        return new TurnOutcome(all, traces, memory, secretInput);
    }

    TurnOutcome withSecretInput() {
        return new TurnOutcome(replies, traces, memory, true);
    }
}
