package org.resetdesk.audit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The audit trail.
 *
 * @param retentionDays how many days records are kept, 1 to {@value #MAX_RETENTION_DAYS} (default 30, as Entra
 *                      keeps its audit log); older ones are pruned daily
 */
@Validated
@ConfigurationProperties("resetdesk.audit")
public record AuditProperties(@DefaultValue("30") int retentionDays) {

    static final int MAX_RETENTION_DAYS = 3650;

    public AuditProperties {
        if (retentionDays < 1 || retentionDays > MAX_RETENTION_DAYS) {
            throw new IllegalArgumentException("resetdesk.audit.retention-days must be between 1 and "
                    + MAX_RETENTION_DAYS + ", got " + retentionDays);
        }
    }
}
