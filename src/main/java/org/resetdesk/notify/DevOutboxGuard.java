package org.resetdesk.notify;

import java.util.ArrayList;
import java.util.List;

import org.springframework.core.env.Environment;

/**
 * The dev outbox shows every one-time code to whoever can reach {@code /dev/outbox}, so it may only run where nothing
 * real is at stake: no Azure Bot registration ({@code MicrosoftAppId}) and the demo directory. Anything else stops
 * the start with a message naming the settings.
 */
public final class DevOutboxGuard {

    /** Whether the dev outbox is wanted; true by default so that {@code mvn spring-boot:run} shows the codes. */
    public static final String SETTING = "resetdesk.notify.dev-outbox";

    private DevOutboxGuard() {
    }

    /**
     * @throws IllegalStateException naming the settings that point at a real channel or directory
     */
    public static void check(Environment environment) {
        List<String> real = new ArrayList<>();
        String appId = environment.getProperty("MicrosoftAppId", "");
        if (!appId.isBlank()) {
            real.add("MicrosoftAppId is set (a real Azure Bot registration)");
        }
        String directory = environment.getProperty("resetdesk.directory.type", "demo");
        if (!"demo".equalsIgnoreCase(directory)) {
            real.add("resetdesk.directory.type is '" + directory + "' (a real directory)");
        }
        if (!real.isEmpty()) {
            throw new IllegalStateException(SETTING + " is on, but " + String.join(" and ", real) + ". The dev"
                    + " outbox serves every one-time code at /dev/outbox to anyone who can reach it, so it never runs"
                    + " beside a real channel or directory: set " + SETTING + "=false (and configure email and SMS"
                    + " delivery), or remove the settings above to try ResetDesk locally.");
        }
    }
}
