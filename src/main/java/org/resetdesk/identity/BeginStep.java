package org.resetdesk.identity;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.resetdesk.audit.AuditContext;
import org.resetdesk.audit.AuditEvent;
import org.resetdesk.dialog.DialogInput;
import org.resetdesk.dialog.DialogStep;
import org.resetdesk.dialog.StepContext;
import org.resetdesk.dialog.StepResult;
import org.resetdesk.directory.DirectoryAdapter;
import org.resetdesk.directory.DirectoryUser;

/**
 * Starts a reset or unlock: gives the flow its correlation id (slot {@value #REFERENCE}, shown to the user as a
 * reference), records the start, and when a validated Teams token names the user, proposes that account.
 */
final class BeginStep implements DialogStep {

    static final String REFERENCE = "reference";

    private final DirectoryAdapter directory;
    private final FlowAudit audit;
    private final DirectoryCalls calls;

    BeginStep(DirectoryAdapter directory, FlowAudit audit, DirectoryCalls calls) {
        this.directory = directory;
        this.audit = audit;
        this.calls = calls;
    }

    @Override
    public String id() {
        return "begin";
    }

    @Override
    public Set<String> outcomes() {
        return Set.of("signed-in", "ask");
    }

    @Override
    public CompletableFuture<StepResult> handle(StepContext context, DialogInput input) {
        String reference = UUID.randomUUID().toString();
        audit.record(new AuditEvent.FlowStarted(new AuditContext(audit.now(), reference,
                context.caller().channel(), context.caller().conversationId(), null), flow(context.flowId())));
        StepResult ask = new StepResult("ask", List.of(), Map.of(REFERENCE, reference));
        return context.caller().signedInUser()
                .map(objectId -> find(objectId).thenApply(signedIn -> signedIn
                        .map(user -> new StepResult("signed-in", List.of(),
                                Map.of(REFERENCE, reference, "account", user.upn())))
                        .orElse(ask)))
                .orElseGet(ask::now);
    }

    /** The signed-in user's account; empty when the directory does not answer (the user can still type it). */
    private CompletableFuture<Optional<DirectoryUser>> find(String objectId) {
        return calls.directory(directory.find(objectId), "find")
                .exceptionally(error -> Optional.empty());
    }

    static AuditEvent.Flow flow(String flowId) {
        return switch (flowId) {
            case "unlock-account" -> AuditEvent.Flow.UNLOCK_ACCOUNT;
            case "register-methods" -> AuditEvent.Flow.REGISTER_METHODS;
            default -> AuditEvent.Flow.RESET_PASSWORD;
        };
    }
}
