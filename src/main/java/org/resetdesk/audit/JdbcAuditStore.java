package org.resetdesk.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit trail in the application's database (table {@code audit_event}, created by Flyway): H2 by default,
 * PostgreSQL in production, with the same SQL. Times are kept as UTC. Thread-safe.
 */
final class JdbcAuditStore implements AuditStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, String>> DETAILS = new TypeReference<>() {
    };
    /** Column limits of the migration; longer values are cut, never refused: the trail must not lose an event. */
    private static final int SHORT = 64;
    private static final int ID = 128;
    private static final int LONG = 256;
    /** A detail's longest value: the events have a handful of short fields, so their JSON stays within 4,000. */
    private static final int DETAIL = 400;

    private final JdbcClient jdbc;

    JdbcAuditStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void append(AuditRecord record) {
        LocalDateTime at = LocalDateTime.ofInstant(record.time(), ZoneOffset.UTC);
        jdbc.sql("""
                INSERT INTO audit_event (occurred_at, occurred_on, activity, step, correlation_id, channel,
                    conversation_id, user_id, details)
                VALUES (:at, :on, :activity, :step, :correlation, :channel, :conversation, :user, :details)
                """)
                .param("at", at)
                .param("on", at.toLocalDate())
                .param("activity", record.activity().code())
                .param("step", cut(record.step(), SHORT))
                .param("correlation", cut(record.correlationId(), ID))
                .param("channel", cut(record.channel(), SHORT))
                .param("conversation", cut(record.conversationId(), LONG))
                .param("user", cut(record.userId(), LONG))
                .param("details", JSON.writeValueAsString(shortened(record.details())))
                .update();
    }

    @Override
    public Page find(Query query) {
        StringBuilder sql = new StringBuilder("""
                SELECT id, occurred_at, activity, step, correlation_id, channel, conversation_id, user_id, details
                FROM audit_event WHERE occurred_at >= :from AND occurred_at < :to""");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("from", utc(query.from()));
        params.put("to", utc(query.to()));
        query.activity().ifPresent(activity -> {
            sql.append(" AND activity = :activity");
            params.put("activity", activity.code());
        });
        query.userId().ifPresent(user -> {
            sql.append(" AND user_id = :user");
            params.put("user", user);
        });
        // one row more than the page tells whether there is a next page, without counting them all
        sql.append(" ORDER BY occurred_at DESC, id DESC LIMIT :limit OFFSET :offset");
        params.put("limit", query.size() + 1);
        params.put("offset", (long) query.page() * query.size());
        List<AuditRecord> rows = new ArrayList<>(jdbc.sql(sql.toString()).params(params)
                .query((rs, n) -> record(rs)).list());
        boolean more = rows.size() > query.size();
        return new Page(more ? rows.subList(0, query.size()) : rows, query.page(), query.size(), more);
    }

    @Override
    public List<DailyCount> countPerDay(Instant from, Instant to) {
        List<DailyCount> counts = new ArrayList<>();
        jdbc.sql("""
                SELECT occurred_on, activity, COUNT(*) AS n FROM audit_event
                WHERE occurred_at >= :from AND occurred_at < :to
                GROUP BY occurred_on, activity ORDER BY occurred_on, activity""")
                .param("from", utc(from)).param("to", utc(to))
                .query((ResultSet rs) -> {
                    // a code this version does not know (written by a newer one) is left out, not misreported
                    AuditActivity.fromCode(rs.getString("activity")).ifPresent(activity -> counts.add(new DailyCount(
                            date(rs), activity, count(rs))));
                });
        return counts;
    }

    @Override
    public int pruneBefore(Instant before) {
        return jdbc.sql("DELETE FROM audit_event WHERE occurred_at < :before").param("before", utc(before)).update();
    }

    private static AuditRecord record(ResultSet rs) throws SQLException {
        return new AuditRecord(rs.getLong("id"), rs.getObject("occurred_at", LocalDateTime.class)
                .toInstant(ZoneOffset.UTC), AuditActivity.fromCode(rs.getString("activity"))
                .orElse(AuditActivity.SSPR_FLOW_ACTIVITY_PROGRESS), rs.getString("step"),
                rs.getString("correlation_id"), rs.getString("channel"), rs.getString("conversation_id"),
                rs.getString("user_id"), JSON.readValue(rs.getString("details"), DETAILS));
    }

    private static LocalDateTime utc(Instant time) {
        return LocalDateTime.ofInstant(time, ZoneOffset.UTC);
    }

    private static java.time.LocalDate date(ResultSet rs) {
        try {
            return rs.getObject("occurred_on", java.time.LocalDate.class);
        } catch (SQLException e) {
            throw new IllegalStateException("The audit store returned an unreadable day", e);
        }
    }

    private static long count(ResultSet rs) {
        try {
            return rs.getLong("n");
        } catch (SQLException e) {
            throw new IllegalStateException("The audit store returned an unreadable count", e);
        }
    }

    private static Map<String, String> shortened(Map<String, String> details) {
        Map<String, String> shortened = new LinkedHashMap<>();
        details.forEach((name, value) -> shortened.put(name, cut(value, DETAIL)));
        return shortened;
    }

    private static String cut(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
    }
}
