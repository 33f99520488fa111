package org.resetdesk.dialog;

import java.util.Set;

/** Built-in step {@code noop}: accepts any answer with outcome {@code ok}. For states that only inform or wait. */
final class NoopStep implements DialogStep {

    static final String ID = "noop";

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
        return StepResult.of("ok").now();
    }
}
