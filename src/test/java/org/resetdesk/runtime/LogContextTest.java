package org.resetdesk.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

class LogContextTest {

    private final ExecutorService pool = Executors.newSingleThreadExecutor();

    @AfterEach
    void stop() {
        MDC.clear();
        pool.shutdownNow();
    }

    @Test
    void workHandedToAPool_logsWithTheTurnOfTheThreadThatHandedItOver() throws Exception {
        MDC.put("turn", "7f3a");

        String seen = CompletableFuture.supplyAsync(() -> MDC.get("turn"), LogContext.carrying(pool))
                .get(10, TimeUnit.SECONDS);

        assertThat(seen).isEqualTo("7f3a");
    }

    @Test
    void thePoolsThread_carriesNoTurnIntoItsNextTask() throws Exception {
        MDC.put("turn", "7f3a");
        CompletableFuture.runAsync(() -> { }, LogContext.carrying(pool)).get(10, TimeUnit.SECONDS);
        MDC.clear();

        String later = CompletableFuture.supplyAsync(() -> MDC.get("turn"), pool).get(10, TimeUnit.SECONDS);

        assertThat(later).isNull();
    }

    @Test
    void aTaskHandedOverWithoutATurn_runsWithout_evenOnAThreadThatHadOne() throws Exception {
        pool.submit(() -> MDC.put("turn", "left-over")).get(10, TimeUnit.SECONDS);

        String seen = CompletableFuture.supplyAsync(() -> MDC.get("turn"), LogContext.carrying(pool))
                .get(10, TimeUnit.SECONDS);

        assertThat(seen).isNull();
    }
}
