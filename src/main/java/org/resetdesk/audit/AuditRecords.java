package org.resetdesk.audit;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** Turns each kind of audit event into its stored form: the activity Entra would report and the event's fields. */
final class AuditRecords {

    private AuditRecords() {
    }

    static AuditRecord from(AuditEvent event) {
        Map<String, String> details = new LinkedHashMap<>();
        AuditActivity activity = AuditActivity.SSPR_FLOW_ACTIVITY_PROGRESS;
        String step;
        if (event instanceof AuditEvent.FlowStarted started) {
            step = "flow-started";
            details.put("flow", code(started.flow()));
        } else if (event instanceof AuditEvent.AccountLookup lookup) {
            step = "account-lookup";
            details.put("outcome", code(lookup.outcome()));
        } else if (event instanceof AuditEvent.CodeSent sent) {
            step = "code-sent";
            details.put("method", sent.method());
            details.put("target", sent.maskedTarget());
        } else if (event instanceof AuditEvent.CodeNotSent notSent) {
            step = "code-not-sent";
            details.put("method", notSent.method());
        } else if (event instanceof AuditEvent.ProofPassed passed) {
            step = "proof-passed";
            details.put("method", passed.method());
        } else if (event instanceof AuditEvent.ProofFailed failed) {
            step = "proof-failed";
            details.put("method", failed.method());
            details.put("failure", failed.failure());
        } else if (event instanceof AuditEvent.Blocked blocked) {
            activity = AuditActivity.BLOCKED_FROM_SSPR;
            step = "blocked";
            details.put("until", blocked.until().toString());
        } else if (event instanceof AuditEvent.BlockLifted lifted) {
            activity = AuditActivity.BLOCK_LIFTED_BY_ADMIN;
            step = "block-lifted";
            details.put("limit", lifted.limit());
            details.put("key", lifted.key());
        } else if (event instanceof AuditEvent.PasswordRejected rejected) {
            step = "password-rejected";
            details.put("rules", String.join(",", rejected.ruleIds()));
        } else if (event instanceof AuditEvent.PasswordReset reset) {
            activity = AuditActivity.RESET_PASSWORD_SELF_SERVICE;
            step = "password-reset";
            details.put("temporary", Boolean.toString(reset.temporary()));
        } else if (event instanceof AuditEvent.AccountUnlocked) {
            activity = AuditActivity.UNLOCK_USER_ACCOUNT_SELF_SERVICE;
            step = "account-unlocked";
        } else if (event instanceof AuditEvent.MethodChanged changed) {
            activity = AuditActivity.USER_REGISTERED_FOR_SSPR;
            step = "method-" + code(changed.change());
            details.put("method", changed.method());
        } else if (event instanceof AuditEvent.DirectoryError error) {
            step = "directory-error";
            details.put("operation", error.operation());
            details.put("reason", error.reason());
        } else {
            throw new IllegalArgumentException("An audit event without a stored form: " + event.getClass());
        }
        details.values().removeIf(Objects::isNull);
        AuditContext context = event.context();
        return new AuditRecord(0, context.time(), activity, step, context.correlationId(), context.channel(),
                context.conversationId(), context.userId(), details);
    }

    private static String code(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
