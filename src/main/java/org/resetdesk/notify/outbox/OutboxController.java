package org.resetdesk.notify.outbox;

import java.util.List;

import org.resetdesk.notify.DevOutboxGuard;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /dev/outbox}: the demo outbox as JSON, newest first. Exists only with the dev outbox. */
@RestController
@ConditionalOnProperty(name = DevOutboxGuard.SETTING, havingValue = "true", matchIfMissing = true)
class OutboxController {

    private final OutboxNotifier outbox;

    OutboxController(OutboxNotifier outbox) {
        this.outbox = outbox;
    }

    @GetMapping("/dev/outbox")
    List<OutboxEntry> outbox() {
        return outbox.newestFirst().stream().map(OutboxEntry::of).toList();
    }

    /** One entry as the page shows it. */
    record OutboxEntry(String channel, String to, String subject, String body, String time) {
        static OutboxEntry of(OutboxNotifier.Delivered delivered) {
            return new OutboxEntry(delivered.notification().channel().name().toLowerCase(java.util.Locale.ROOT),
                    delivered.notification().to(), delivered.notification().subject(), delivered.notification().body(),
                    delivered.time().toString());
        }
    }
}
