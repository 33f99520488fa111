package org.resetdesk.admin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.resetdesk.audit.AuditActivity;
import org.resetdesk.audit.AuditRecord;
import org.resetdesk.audit.AuditStore;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit report: the events of a period (JSON, or CSV with {@code Accept: text/csv}), filtered by activity and
 * account and paged, and the counts per day and activity. Exists only when {@code resetdesk.admin.token} is set;
 * needs it as a Bearer token. {@code from} and {@code to} are ISO instants ({@code 2026-12-01T08:00:00Z}) or days
 * ({@code 2026-12-01}, from its start; a {@code to} day is included whole); by default the last 7 days.
 */
@RestController
@Conditional(AdminTokenConfigured.class)
class AuditController {

    static final int MAX_PAGE_SIZE = 500;
    static final Duration MAX_PERIOD = Duration.ofDays(3660);
    private static final Duration DEFAULT_PERIOD = Duration.ofDays(7);

    private final AdminToken token;
    private final AuditStore store;
    private final Clock clock;

    AuditController(AdminProperties properties, AuditStore store, Clock clock) {
        this.token = new AdminToken(properties.token());
        this.store = store;
        this.clock = clock;
    }

    @GetMapping(path = "/admin/api/audit", produces = {MediaType.APPLICATION_JSON_VALUE, "text/csv"})
    ResponseEntity<?> events(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
            @RequestParam(name = "from", required = false) String from,
            @RequestParam(name = "to", required = false) String to,
            @RequestParam(name = "type", required = false) String type,
            @RequestParam(name = "user", required = false) String user,
            @RequestParam(name = "page", defaultValue = "0") String page,
            @RequestParam(name = "size", defaultValue = "100") String size) {
        if (!token.accepts(authorization)) {
            return AdminToken.unauthorized();
        }
        try {
            Period period = period(from, to);
            Optional<AuditActivity> activity = type == null || type.isBlank() ? Optional.empty()
                    : Optional.of(AuditActivity.fromCode(type).orElseThrow(() -> new BadRequest(
                            "'type' must be one of " + codes())));
            Optional<String> account = user == null || user.isBlank() ? Optional.empty() : Optional.of(user.strip());
            int pageNumber = number("page", page, 0, 1_000_000);
            int pageSize = number("size", size, 1, MAX_PAGE_SIZE);
            AuditStore.Page found = store.find(new AuditStore.Query(period.from(), period.to(), activity, account,
                    pageNumber, pageSize));
            if (accept != null && accept.contains("text/csv")) {
                return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"resetdesk-audit.csv\"")
                        .body(AuditCsv.of(found.records()));
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("from", period.from().toString());
            body.put("to", period.to().toString());
            body.put("page", found.page());
            body.put("size", found.size());
            body.put("more", found.more());
            body.put("events", found.records().stream().map(AuditController::json).toList());
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
        } catch (BadRequest e) {
            return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("error", e.getMessage()));
        }
    }

    @GetMapping(path = "/admin/api/audit/summary", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> summary(
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            @RequestParam(name = "from", required = false) String from,
            @RequestParam(name = "to", required = false) String to) {
        if (!token.accepts(authorization)) {
            return AdminToken.unauthorized();
        }
        try {
            Period period = period(from, to);
            Map<String, Map<String, Long>> days = new LinkedHashMap<>();
            for (AuditStore.DailyCount count : store.countPerDay(period.from(), period.to())) {
                days.computeIfAbsent(count.day().toString(), day -> new LinkedHashMap<>())
                        .put(count.activity().code(), count.count());
            }
            List<Map<String, Object>> perDay = days.entrySet().stream().map(day -> {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("day", day.getKey());
                entry.put("counts", day.getValue());
                return entry;
            }).toList();
            return ResponseEntity.ok(Map.of("from", period.from().toString(), "to", period.to().toString(),
                    "days", perDay));
        } catch (BadRequest e) {
            return ResponseEntity.badRequest().body(Map.of("error", e.getMessage()));
        }
    }

    private record Period(Instant from, Instant to) {
    }

    private Period period(String from, String to) {
        Instant end = to == null || to.isBlank() ? clock.instant() : time("to", to, true);
        Instant start = from == null || from.isBlank() ? end.minus(DEFAULT_PERIOD) : time("from", from, false);
        if (!start.isBefore(end)) {
            throw new BadRequest("'from' must be before 'to'");
        }
        if (Duration.between(start, end).compareTo(MAX_PERIOD) > 0) {
            throw new BadRequest("the period may be at most " + MAX_PERIOD.toDays() + " days");
        }
        return new Period(start, end);
    }

    /** An instant, or a day: its start, or for the end of a period the start of the next day. */
    private static Instant time(String name, String value, boolean end) {
        String text = value.strip();
        try {
            if (text.length() == 10) {
                LocalDate day = LocalDate.parse(text);
                return (end ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new BadRequest("'" + name + "' must be a day (2026-12-01) or an instant (2026-12-01T08:00:00Z)");
        }
    }

    private static int number(String name, String value, int min, int max) {
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // told below
        }
        throw new BadRequest("'" + name + "' must be a whole number from " + min + " to " + max);
    }

    private static String codes() {
        return String.join(", ", java.util.Arrays.stream(AuditActivity.values()).map(AuditActivity::code).toList());
    }

    private static Map<String, Object> json(AuditRecord record) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("id", record.id());
        event.put("time", record.time().toString());
        event.put("type", record.activity().code());
        event.put("activity", record.activity().title());
        event.put("step", record.step());
        event.put("correlationId", record.correlationId());
        event.put("channel", record.channel());
        event.put("conversationId", record.conversationId());
        event.put("user", record.userId());
        event.put("details", record.details());
        return event;
    }

    /** A request the report can't answer, with the reason. */
    private static final class BadRequest extends RuntimeException {
        BadRequest(String message) {
            super(message);
        }
    }
}
