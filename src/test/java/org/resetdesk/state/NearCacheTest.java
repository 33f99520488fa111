package org.resetdesk.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class NearCacheTest {

    private static final Duration LONG = Duration.ofHours(1);

    @Test
    void givesBackWhatWasPutUnderTheSameKey() {
        NearCache<String> cache = new NearCache<>(16, LONG);
        cache.put("conversation-1", "first");
        cache.put("conversation-1", "second");

        assertThat(cache.get("conversation-1")).isEqualTo("second");
        assertThat(cache.get("conversation-2")).isNull();
    }

    @Test
    void aKeyThatTakesAnotherKeysSlotPushesItOutAndNeverAnswersForIt() {
        NearCache<String> cache = new NearCache<>(1, LONG);
        cache.put("a", "value of a");
        cache.put("b", "value of b");

        assertThat(cache.get("a")).isNull();
        assertThat(cache.get("b")).isEqualTo("value of b");
    }

    @Test
    void keepsNothingPastItsLifetime() {
        NearCache<String> cache = new NearCache<>(16, Duration.ZERO);
        cache.put("a", "value of a");

        assertThat(cache.get("a")).isNull();
    }

    @Test
    void roundsItsSlotsUpToAPowerOfTwo() {
        assertThat(new NearCache<String>(5, LONG).size()).isEqualTo(8);
        assertThat(new NearCache<String>(8_192, LONG).size()).isEqualTo(8_192);
        assertThat(new NearCache<String>(1, LONG).size()).isEqualTo(1);
        assertThatThrownBy(() -> new NearCache<String>(0, LONG)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NearCache<String>(NearCache.MAX_SLOTS + 1, LONG))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
