package org.resetdesk.directory;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/** Readiness of the directory ({@code directory}): {@link DirectoryAdapter#ready()} within a few seconds. */
final class DirectoryHealth implements HealthIndicator {

    private static final long WAIT_SECONDS = 3;

    private final DirectoryAdapter directory;

    DirectoryHealth(DirectoryAdapter directory) {
        this.directory = directory;
    }

    @Override
    public Health health() {
        try {
            directory.ready().get(WAIT_SECONDS, TimeUnit.SECONDS);
            return Health.up().build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Health.down().withDetail("error", "interrupted").build();
        } catch (ExecutionException | TimeoutException e) {
            Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
            return Health.down().withDetail("error", cause.getClass().getSimpleName()).build();
        }
    }
}
