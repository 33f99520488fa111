package org.resetdesk.audit;

import java.time.Instant;
import java.util.List;

/**
 * What happened in a reset or unlock flow, for the audit trail. The types hold no field for a password, code,
 * secret or answer, so none can be recorded by mistake; contact details appear only masked.
 */
public sealed interface AuditEvent {

    AuditContext context();

    /** The flow that was started. */
    enum Flow { RESET_PASSWORD, UNLOCK_ACCOUNT, REGISTER_METHODS }

    /** How an account lookup ended (an unknown account is audited, never told to the user). */
    enum LookupOutcome { FOUND, NOT_FOUND, DISABLED, NO_METHODS }

    record FlowStarted(AuditContext context, Flow flow) implements AuditEvent {
    }

    record AccountLookup(AuditContext context, LookupOutcome outcome) implements AuditEvent {
    }

    /** A one-time code went out; {@code maskedTarget} such as {@code a***@example.net} or {@code +40 *** *** 001}. */
    record CodeSent(AuditContext context, String method, String maskedTarget) implements AuditEvent {
    }

    /** A one-time code could not be handed to the email server or SMS gateway. */
    record CodeNotSent(AuditContext context, String method) implements AuditEvent {
    }

    record ProofPassed(AuditContext context, String method) implements AuditEvent {
    }

    record ProofFailed(AuditContext context, String method, String failure) implements AuditEvent {
    }

    /** Too many failed proofs or codes: blocked until {@code until}. */
    record Blocked(AuditContext context, Instant until) implements AuditEvent {
    }

    /** An administrator lifted a block ({@code limit} as in the blocks list; {@code key} an id or a name key). */
    record BlockLifted(AuditContext context, String limit, String key) implements AuditEvent {
    }

    /** The new password broke these policy rules (ids only). */
    record PasswordRejected(AuditContext context, List<String> ruleIds) implements AuditEvent {
        public PasswordRejected {
            ruleIds = List.copyOf(ruleIds);
        }
    }

    record PasswordReset(AuditContext context, boolean temporary) implements AuditEvent {
    }

    record AccountUnlocked(AuditContext context) implements AuditEvent {
    }

    /** How a registered method changed. */
    enum MethodChange { ADDED, CHANGED, REMOVED, CONFIRMED, PREFILLED }

    /**
     * The user (or, {@link MethodChange#PREFILLED}, an administrator) changed a registered verification method;
     * {@code method} is a {@code VerificationMethod} name, or {@code ALL} when the user confirmed them all.
     */
    record MethodChanged(AuditContext context, String method, MethodChange change) implements AuditEvent {
    }

    /** The directory refused or failed; {@code reason} is the failure's reason, nothing from the user. */
    record DirectoryError(AuditContext context, String operation, String reason) implements AuditEvent {
    }
}
