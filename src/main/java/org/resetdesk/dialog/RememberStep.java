package org.resetdesk.dialog;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Built-in step {@code remember}: keeps a text answer or chosen option id in the slot named after the state, so
 * later messages can show it as {@code {state-id}}; outcome {@code ok}. Refuses secrets and codes by design: they
 * must never be kept, so such answers get outcome {@code ok} without being stored.
 */
final class RememberStep implements DialogStep {

    static final String ID = "remember";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Set<String> outcomes() {
        return Set.of("ok");
    }

    @Override
    public java.util.concurrent.CompletableFuture<StepResult> handle(StepContext context, DialogInput input) {
        String value;
        if (input instanceof DialogInput.Text text) {
            value = text.value();
        } else if (input instanceof DialogInput.Choice choice) {
            value = choice.optionId();
        } else {
            return StepResult.of("ok").now();
        }
        String kept = value.length() > DialogState.MAX_SLOT_LENGTH ? value.substring(0, DialogState.MAX_SLOT_LENGTH)
                : value;
        return new StepResult("ok", List.of(), Map.of(context.state(), kept)).now();
    }
}
