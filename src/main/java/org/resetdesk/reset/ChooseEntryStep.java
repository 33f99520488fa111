package org.resetdesk.reset;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import org.resetdesk.dialog.DialogInput;
import org.resetdesk.dialog.StepContext;
import org.resetdesk.dialog.StepResult;
import org.resetdesk.identity.FlowReplies;
import org.resetdesk.identity.ResetSession;
import org.resetdesk.identity.ResetSessions;
import org.resetdesk.identity.SessionStep;

/** Offers the ways of giving a new password that the configuration allows on this channel. */
final class ChooseEntryStep extends SessionStep {

    private final ResetProperties properties;

    ChooseEntryStep(ResetSessions sessions, ResetProperties properties) {
        super(sessions);
        this.properties = properties;
    }

    @Override
    public String id() {
        return "choose-entry";
    }

    @Override
    public Set<String> outcomes() {
        Set<String> outcomes = java.util.Arrays.stream(ResetProperties.PasswordEntry.values())
                .map(ResetProperties.PasswordEntry::id).collect(Collectors.toCollection(java.util.HashSet::new));
        outcomes.add(FlowReplies.EXPIRED);
        outcomes.add(OTHER);
        return outcomes;
    }

    @Override
    public List<String> offered(StepContext context, List<String> optionIds) {
        List<String> allowed = properties.entryMethodsOn(context.caller().channel()).stream()
                .map(ResetProperties.PasswordEntry::id).toList();
        return allowed.stream().filter(optionIds::contains).toList();
    }

    @Override
    protected CompletableFuture<StepResult> handle(StepContext context, ResetSession session, DialogInput input) {
        return decide(context, session, input).now();
    }

    private StepResult decide(StepContext context, ResetSession session, DialogInput input) {
        return StepResult.of(((DialogInput.Choice) input).optionId());
    }
}
