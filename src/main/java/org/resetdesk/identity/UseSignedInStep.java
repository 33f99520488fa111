package org.resetdesk.identity;

import java.util.Set;

import org.resetdesk.dialog.DialogInput;
import org.resetdesk.dialog.DialogStep;
import org.resetdesk.dialog.StepContext;
import org.resetdesk.dialog.StepResult;

/** The signed-in Teams user confirmed that their own account is the one: looks it up by its object id. */
final class UseSignedInStep implements DialogStep {

    private final AccountResolver resolver;

    UseSignedInStep(AccountResolver resolver) {
        this.resolver = resolver;
    }

    @Override
    public String id() {
        return "use-signed-in";
    }

    @Override
    public Set<String> outcomes() {
        return AccountResolver.OUTCOMES;
    }

    @Override
    public java.util.concurrent.CompletableFuture<StepResult> handle(StepContext context, DialogInput input) {
        return context.caller().signedInUser()
                .map(objectId -> resolver.resolve(context, objectId))
                .orElseGet(() -> StepResult.of(AccountResolver.NOT_FOUND).now());
    }
}
