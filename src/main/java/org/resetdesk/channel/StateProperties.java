package org.resetdesk.channel;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Limits of the in-memory conversation and user state, so memory stays flat with many users.
 *
 * @param idleTimeout a conversation's or user's state untouched for this long is dropped
 * @param maxEntries  state entries kept at most (one per conversation and one per user); least recently used go first
 */
@Validated
@ConfigurationProperties("resetdesk.state")
record StateProperties(
        @NotNull @DefaultValue("8h") Duration idleTimeout,
        @Min(100) @DefaultValue("200000") int maxEntries) {
}
