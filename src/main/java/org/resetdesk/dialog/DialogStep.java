package org.resetdesk.dialog;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.resetdesk.text.Reply;

/**
 * One small piece of a flow, named in flow files by {@link #id()}. Register an implementation as a Spring bean; the
 * engine refuses to start when a flow names a step no bean provides, or when a state using the step has no transition
 * for one of its {@link #outcomes()}.
 *
 * <p>Like Keycloak's authenticators a step has two entry points: {@link #onEnter} when the flow enters a state that
 * uses it (to send a code, say) and {@link #handle} with the user's checked answer. Steps never move the flow: they
 * return an outcome and the engine follows the flow file. Implementations must be thread-safe and must not keep,
 * log or return a {@link DialogInput.Secret} or {@link DialogInput.Code}.
 */
public interface DialogStep {

    /** The id flow files use in {@code step:}; lower-case words joined by dashes. */
    String id();

    /** Every outcome {@link #handle} can return. */
    Set<String> outcomes();

    /** Called when the flow enters a state using this step, before its question is asked. */
    default List<Reply> onEnter(StepContext context) {
        return List.of();
    }

    /**
     * The options of a {@code choice} state to offer now, in order, from {@code optionIds} (all the state's options).
     * Options left out are neither shown nor accepted. By default all are offered.
     */
    default List<String> offered(StepContext context, List<String> optionIds) {
        return optionIds;
    }

    /**
     * Decides about an answer whose form the engine has already checked. Steps that call a directory or send a
     * message return the future of that work, composed, never waited for: turns run on shared threads.
     */
    CompletableFuture<StepResult> handle(StepContext context, DialogInput input);

    /** Called when the user cancels the flow, for every step the flow uses: forget what was kept for the caller. */
    default void onCancel(Caller caller) {
    }
}
