package org.resetdesk.dialog;

import java.util.List;
import java.util.Optional;

import org.resetdesk.text.Reply;
import org.resetdesk.text.Trace;

/**
 * What the engine did with one turn.
 *
 * @param state   where the flow is now; empty when it ended or was cancelled
 * @param replies messages to send, in order
 * @param traces  {@code ResetDesk.Dialog} traces of the state changes; never the user's input
 */
public record DialogTurn(Optional<DialogState> state, List<Reply> replies, List<Trace> traces) {

    public DialogTurn {
        replies = List.copyOf(replies);
        traces = List.copyOf(traces);
    }

    /** Whether the flow still runs and waits for the user's next answer. */
    public boolean active() {
        return state.isPresent();
    }
}
