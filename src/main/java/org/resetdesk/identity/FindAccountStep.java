package org.resetdesk.identity;

import java.util.Set;

import org.resetdesk.dialog.DialogInput;
import org.resetdesk.dialog.DialogStep;
import org.resetdesk.dialog.StepContext;
import org.resetdesk.dialog.StepResult;

/** Takes the account the user typed (sign-in name, email or employee id). See {@link AccountResolver}. */
final class FindAccountStep implements DialogStep {

    private final AccountResolver resolver;

    FindAccountStep(AccountResolver resolver) {
        this.resolver = resolver;
    }

    @Override
    public String id() {
        return "find-account";
    }

    @Override
    public Set<String> outcomes() {
        return AccountResolver.OUTCOMES;
    }

    @Override
    public java.util.concurrent.CompletableFuture<StepResult> handle(StepContext context, DialogInput input) {
        return resolver.resolve(context, ((DialogInput.Text) input).value());
    }
}
