package org.resetdesk.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The durable audit trail: appended to, queried for the report, pruned by age. Never updated. Thread-safe.
 */
public interface AuditStore {

    void append(AuditRecord record);

    /** The records of {@code query}, newest first. */
    Page find(Query query);

    /** How many records of each activity each day (UTC) from {@code from} (inclusive) to {@code to} (exclusive). */
    List<DailyCount> countPerDay(Instant from, Instant to);

    /** Deletes the records older than {@code before}; how many went. */
    int pruneBefore(Instant before);

    /**
     * A report's filter and page.
     *
     * @param from     the earliest time, inclusive
     * @param to       the latest time, exclusive
     * @param activity only this activity, when present
     * @param userId   only this account, when present
     * @param page     the page, from 0
     * @param size     records per page
     */
    record Query(Instant from, Instant to, Optional<AuditActivity> activity, Optional<String> userId, int page,
            int size) {
    }

    /** One page of records; {@code more} when a next page has records. */
    record Page(List<AuditRecord> records, int page, int size, boolean more) {

        public Page {
            records = List.copyOf(records);
        }
    }

    record DailyCount(LocalDate day, AuditActivity activity, long count) {
    }
}
