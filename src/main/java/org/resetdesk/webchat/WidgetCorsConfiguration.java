package org.resetdesk.webchat;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Intranet pages listed in {@code resetdesk.webchat.allowed-origins} may read the widget's texts. */
@Configuration(proxyBeanMethods = false)
class WidgetCorsConfiguration implements WebMvcConfigurer {

    private final WebChatProperties properties;

    WidgetCorsConfiguration(WebChatProperties properties) {
        this.properties = properties;
    }

    @Override
    public void addCorsMappings(CorsRegistry registry) {
        if (!properties.allowedOrigins().isEmpty()) {
            registry.addMapping("/webchat/texts").allowedOrigins(properties.allowedOrigins().toArray(String[]::new))
                    .allowedMethods("GET");
        }
    }
}
