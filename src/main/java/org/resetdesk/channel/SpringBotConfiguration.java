package org.resetdesk.channel;

import java.util.Properties;

import com.microsoft.bot.integration.Configuration;
import org.springframework.core.env.Environment;

/**
 * The SDK's {@link Configuration} backed by Spring's {@link Environment}, so {@code MicrosoftAppId} and friends can
 * come from environment variables, command-line arguments or {@code application.yaml}, not only the classpath.
 */
final class SpringBotConfiguration implements Configuration {

    private final Environment environment;

    SpringBotConfiguration(Environment environment) {
        this.environment = environment;
    }

    @Override
    public String getProperty(String key) {
        return environment.getProperty(key);
    }

    @Override
    public Properties getProperties() {
        Properties properties = new Properties();
        for (String key : BotCredentials.KEYS) {
            String value = environment.getProperty(key);
            if (value != null) {
                properties.setProperty(key, value);
            }
        }
        return properties;
    }

    @Override
    public String[] getProperties(String key) {
        String value = environment.getProperty(key);
        return value == null ? null : value.split(",");
    }
}
