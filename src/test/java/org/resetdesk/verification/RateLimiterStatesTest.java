package org.resetdesk.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/** How a limiter's state is written in a shared store, and read back (also as earlier versions wrote it). */
class RateLimiterStatesTest {

    private static final Instant EIGHT = Instant.parse("2026-12-07T08:00:00Z");
    private static final Instant LATER = Instant.parse("2026-12-07T08:00:30Z");

    @Test
    void aState_withItsEventsBlockAndAttemptsInFlight_readsBackTheSame() {
        RateLimiter.State state = new RateLimiter.State(List.of(EIGHT, LATER), LATER.plusSeconds(3600),
                List.of(EIGHT, LATER));

        String text = RateLimiter.STATES.encode(state);

        assertThat(text).isEqualTo("2026-12-07T09:00:30Z|2026-12-07T08:00:00Z,2026-12-07T08:00:30Z|"
                + "2026-12-07T08:00:00Z,2026-12-07T08:00:30Z");
        assertThat(RateLimiter.STATES.decode(text)).isEqualTo(state);
        assertThat(RateLimiter.STATES.decode(RateLimiter.STATES.encode(new RateLimiter.State(List.of(), null))))
                .isEqualTo(new RateLimiter.State(List.of(), null));
    }

    @Test
    void aStateWithNoAttemptInFlight_isWrittenAsEarlierVersionsWroteIt_soTheyStillReadIt() {
        String text = RateLimiter.STATES.encode(new RateLimiter.State(List.of(EIGHT), null));

        assertThat(text).isEqualTo("-|0|2026-12-07T08:00:00Z");
        assertThat(Integer.parseInt(text.split("\\|", -1)[1])).as("the field earlier versions read as a count")
                .isZero();
    }

    @Test
    void aCountOfAttemptsInFlight_asEarlierVersionsWroteIt_readsAsNoneInFlight_keepingTheEventsAndBlock() {
        RateLimiter.State state = RateLimiter.STATES.decode("2026-12-07T09:00:00Z|2|2026-12-07T08:00:00Z");

        assertThat(state).isEqualTo(new RateLimiter.State(List.of(EIGHT), Instant.parse("2026-12-07T09:00:00Z"),
                List.of()));
    }

    @Test
    void textThatIsNoState_isRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> RateLimiter.STATES.decode("not a state"));
    }
}
