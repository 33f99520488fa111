package org.resetdesk.identity;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.resetdesk.directory.DirectoryFailure;
import org.resetdesk.runtime.Meters;

/** Calls to the directory (and the store) that a flow waits for, each bounded by the flow's timeout. */
public final class DirectoryCalls {

    private final Duration timeout;
    private final Meters meters;

    public DirectoryCalls(Duration timeout) {
        this(timeout, Meters.NONE);
    }

    /** @param meters times each call ({@code resetdesk.directory.calls}) */
    public DirectoryCalls(Duration timeout, Meters meters) {
        this.timeout = timeout;
        this.meters = meters;
    }

    /**
     * A lookup, bounded by the configured timeout. It fails with a {@link DirectoryFailure}: a timeout or any other
     * failure becomes one with reason UNAVAILABLE, and the change must then be treated as not done.
     */
    public <T> CompletableFuture<T> directory(CompletableFuture<T> call, String operation) {
        return timed(call.orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .exceptionallyCompose(error -> CompletableFuture.failedFuture(failure(error, operation))), operation);
    }

    /** Records the call's time in {@code resetdesk.directory.calls} (a histogram) by operation and outcome. */
    private <T> CompletableFuture<T> timed(CompletableFuture<T> call, String operation) {
        long started = System.nanoTime();
        return call.whenComplete((result, error) -> meters.timer("resetdesk.directory.calls", "operation", operation,
                "outcome", error == null ? "ok" : failure(error, operation).reason().name().toLowerCase(
                        java.util.Locale.ROOT)).record(System.nanoTime() - started, TimeUnit.NANOSECONDS));
    }

    /**
     * A change (a reset, an unlock), bounded by the configured timeout. A timeout means the outcome is unknown: the
     * directory may still make the change after the wait was given up, so it fails with OUTCOME_UNKNOWN, never
     * with "not changed".
     */
    public <T> CompletableFuture<T> change(CompletableFuture<T> call, String operation) {
        return timed(call.orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS).exceptionallyCompose(error -> {
            Throwable cause = unwrapped(error);
            DirectoryFailure failure = cause instanceof TimeoutException
                    ? new DirectoryFailure(DirectoryFailure.Reason.OUTCOME_UNKNOWN, operation
                            + ": no answer in time after sending", null, cause)
                    : failure(error, operation);
            return CompletableFuture.failedFuture(failure);
        }), operation);
    }

    /** The directory failure behind {@code error} (as completed by {@link #directory}). */
    public static DirectoryFailure failure(Throwable error, String operation) {
        Throwable cause = unwrapped(error);
        if (cause instanceof DirectoryFailure failure) {
            return failure;
        }
        String what = cause instanceof TimeoutException ? "no answer in time" : cause.toString();
        return new DirectoryFailure(DirectoryFailure.Reason.UNAVAILABLE, operation + ": " + what, null, cause);
    }

    static Throwable unwrapped(Throwable error) {
        return error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    }
}
