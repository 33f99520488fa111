package org.resetdesk.admin;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.resetdesk.audit.AuditRecord;

/**
 * Audit records as CSV (RFC 4180: every field quoted, quotes doubled, CRLF lines). A field that a spreadsheet would
 * take for a formula ({@code =}, {@code +}, {@code -}, {@code @}, tab or carriage return first) gets a leading
 * apostrophe: the user ids and channels in it come from outside.
 */
final class AuditCsv {

    static final String HEADER = "time,type,activity,step,correlation_id,channel,conversation_id,user,details";

    private AuditCsv() {
    }

    static String of(List<AuditRecord> records) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (AuditRecord record : records) {
            csv.append(String.join(",", field(record.time().toString()), field(record.activity().code()),
                    field(record.activity().title()), field(record.step()), field(record.correlationId()),
                    field(record.channel()), field(record.conversationId()), field(record.userId()),
                    field(details(record.details())))).append("\r\n");
        }
        return csv.toString();
    }

    private static String details(Map<String, String> details) {
        return details.entrySet().stream().map(entry -> entry.getKey() + "=" + entry.getValue())
                .collect(Collectors.joining("; "));
    }

    static String field(String value) {
        if (value == null) {
            return "\"\"";
        }
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
