package org.resetdesk.directory;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * Checks {@code resetdesk.directory.type} before any bean is made, so that a misspelt value stops the start with a
 * message naming the setting and the choices, instead of starting with no directory or failing later elsewhere.
 */
final class DirectoryTypeCheck implements BeanFactoryPostProcessor, EnvironmentAware {

    static final String SETTING = "resetdesk.directory.type";

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        parse(environment.getProperty(SETTING, "demo"));
    }

    /** The directory type a setting's value names (case ignored). */
    static DirectoryType parse(String value) {
        for (DirectoryType type : DirectoryType.values()) {
            // Exactly the value, case aside: the conditions that pick the beans compare it so, surrounding spaces too.
            if (type.name().equalsIgnoreCase(value)) {
                return type;
            }
        }
        String choices = Arrays.stream(DirectoryType.values()).map(type -> type.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
        throw new IllegalStateException(SETTING + " is '" + value + "'; it must be one of: " + choices
                + (!value.equals(value.strip()) ? " (without spaces around it)" : ""));
    }
}
