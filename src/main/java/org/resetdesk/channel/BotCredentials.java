package org.resetdesk.channel;

import java.util.List;
import java.util.Locale;

import org.springframework.core.env.Environment;

/**
 * The bot's Azure registration, read with the SDK's setting names. Validated at start: contradictory or unsupported
 * settings stop the application with a message naming the setting.
 *
 * @param appId    {@code MicrosoftAppId}; blank means no registration (local use)
 * @param password {@code MicrosoftAppPassword}, the client secret
 * @param type     {@code MicrosoftAppType}
 * @param tenantId {@code MicrosoftAppTenantId}, required for single-tenant registrations
 */
record BotCredentials(String appId, String password, AppType type, String tenantId) {

    static final String APP_ID = "MicrosoftAppId";
    static final String PASSWORD = "MicrosoftAppPassword";
    static final String TYPE = "MicrosoftAppType";
    static final String TENANT = "MicrosoftAppTenantId";
    static final List<String> KEYS = List.of(APP_ID, PASSWORD, TYPE, TENANT, "ChannelService", "BotOpenIdMetadata");

    /** Registration kinds of Azure Bot resources. */
    enum AppType { MULTI_TENANT, SINGLE_TENANT }

    @Override
    public String toString() {
        return "BotCredentials[appId=" + appId + ", type=" + type + ", tenantId=" + tenantId + "]";
    }

    boolean configured() {
        return !appId.isBlank();
    }

    static BotCredentials from(Environment environment) {
        String appId = environment.getProperty(APP_ID, "").trim();
        String password = environment.getProperty(PASSWORD, "");
        String tenant = environment.getProperty(TENANT, "").trim();
        AppType type = parseType(environment.getProperty(TYPE, ""));
        if (appId.isBlank() && !password.isBlank()) {
            throw new IllegalStateException(PASSWORD + " is set but " + APP_ID + " is not: set both or neither");
        }
        if (!appId.isBlank() && password.isBlank()) {
            throw new IllegalStateException(APP_ID + " is set but " + PASSWORD
                    + " is not: ResetDesk supports client-secret registrations");
        }
        if (type == AppType.SINGLE_TENANT && tenant.isBlank()) {
            throw new IllegalStateException(TYPE + "=SingleTenant needs " + TENANT);
        }
        return new BotCredentials(appId, password, type, tenant);
    }

    private static AppType parseType(String value) {
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "", "multitenant" -> AppType.MULTI_TENANT;
            case "singletenant" -> AppType.SINGLE_TENANT;
            default -> throw new IllegalStateException(TYPE + "=" + value
                    + " is not supported: use SingleTenant or MultiTenant");
        };
    }
}
