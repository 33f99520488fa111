package org.resetdesk.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AsyncPoolTest {

    private String before;

    @BeforeEach
    void remember() {
        before = System.getProperty(AsyncPool.PARALLELISM);
    }

    @AfterEach
    void restore() {
        if (before == null) {
            System.clearProperty(AsyncPool.PARALLELISM);
        } else {
            System.setProperty(AsyncPool.PARALLELISM, before);
        }
    }

    @Test
    void asksForAtLeastTwoThreadsWhenNobodyChose() {
        System.clearProperty(AsyncPool.PARALLELISM);

        AsyncPool.share();

        int expected = Math.max(2, Runtime.getRuntime().availableProcessors() - 1);
        assertThat(System.getProperty(AsyncPool.PARALLELISM)).isEqualTo(Integer.toString(expected));
    }

    @Test
    void keepsTheOperatorsChoice() {
        System.setProperty(AsyncPool.PARALLELISM, "7");

        AsyncPool.share();

        assertThat(System.getProperty(AsyncPool.PARALLELISM)).isEqualTo("7");
    }

    @Test
    void theTestsRunWithTheSharedPoolTheApplicationAsksFor() {
        assertThat(AsyncPool.shared()).isTrue();
    }
}
