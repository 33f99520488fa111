package org.resetdesk.state;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the state that turns, instances and attempts share is kept ({@code resetdesk.state.*}).
 *
 * @param store     {@code memory} (the default: one process) or {@code redis} (several instances, through Spring's
 *                  {@code spring.data.redis.*} settings)
 * @param keyPrefix what every Redis key begins with, so several deployments can share one Redis
 */
@Validated
@ConfigurationProperties("resetdesk.state")
public record StateProperties(
        @NotNull @DefaultValue("memory") Store store,
        @NotBlank @Pattern(regexp = "[A-Za-z0-9:_.-]{1,64}",
                message = "resetdesk.state.key-prefix may hold letters, digits and : _ . - (up to 64)")
        @DefaultValue("resetdesk:") String keyPrefix) {

    /** The stores there are. */
    public enum Store { MEMORY, REDIS }
}
