package org.resetdesk.dialog;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

import org.resetdesk.text.Reply;

/**
 * What a step decided about an answer.
 *
 * @param outcome one of the step's {@link DialogStep#outcomes()}; the flow file maps it to the next state
 * @param replies messages to send before the next state's question (for example "that code is not right")
 * @param slots   slot values to set; never a secret
 */
public record StepResult(String outcome, List<Reply> replies, Map<String, String> slots) {

    public StepResult {
        Objects.requireNonNull(outcome, "outcome");
        replies = List.copyOf(replies);
        slots = Map.copyOf(slots);
    }

    public static StepResult of(String outcome) {
        return new StepResult(outcome, List.of(), Map.of());
    }

    /** This result, already complete: for steps that decide without waiting for anything. */
    public CompletableFuture<StepResult> now() {
        return CompletableFuture.completedFuture(this);
    }
}
