package org.resetdesk.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/** Deletes the audit records older than the retention, at start and then daily. */
public final class AuditRetention {

    private static final Logger log = LoggerFactory.getLogger(AuditRetention.class);

    private final AuditStore store;
    private final Clock clock;
    private final Duration kept;

    AuditRetention(AuditStore store, Clock clock, AuditProperties properties) {
        this.store = store;
        this.clock = clock;
        this.kept = Duration.ofDays(properties.retentionDays());
    }

    /** Prunes now; how many records went. */
    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT24H")
    public int prune() {
        Instant before = clock.instant().minus(kept);
        try {
            int pruned = store.pruneBefore(before);
            if (pruned > 0) {
                log.info("Audit: {} records older than {} days pruned", pruned, kept.toDays());
            }
            return pruned;
        } catch (RuntimeException e) {
            log.error("Audit: pruning failed, it is tried again tomorrow: {}", e.toString());
            return 0;
        }
    }
}
