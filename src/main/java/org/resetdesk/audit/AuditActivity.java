package org.resetdesk.audit;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of audit record, named as Microsoft Entra's SSPR audit activities are, so a report reads the same in
 * both; the last ones are ResetDesk's own.
 */
public enum AuditActivity {

    BLOCKED_FROM_SSPR("blocked-from-sspr", "Blocked from self-service password reset"),
    RESET_PASSWORD_SELF_SERVICE("reset-password-self-service", "Reset password (self-service)"),
    UNLOCK_USER_ACCOUNT_SELF_SERVICE("unlock-user-account-self-service", "Unlock user account (self-service)"),
    USER_REGISTERED_FOR_SSPR("user-registered-for-sspr", "User registered for self-service password reset"),
    SSPR_FLOW_ACTIVITY_PROGRESS("sspr-flow-activity-progress", "Self-service password reset flow activity progress"),
    BLOCK_LIFTED_BY_ADMIN("block-lifted-by-admin", "Block lifted (by admin)");

    private final String code;
    private final String title;

    AuditActivity(String code, String title) {
        this.code = code;
        this.title = title;
    }

    /** The short name used in the API ({@code ?type=reset-password-self-service}) and in the store. */
    public String code() {
        return code;
    }

    /** The name Entra shows for the same activity. */
    public String title() {
        return title;
    }

    public static Optional<AuditActivity> fromCode(String code) {
        return Arrays.stream(values()).filter(activity -> activity.code.equalsIgnoreCase(code.strip())).findFirst();
    }
}
