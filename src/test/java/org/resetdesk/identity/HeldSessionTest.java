package org.resetdesk.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.resetdesk.MutableClock;
import org.resetdesk.audit.AuditEvent;
import org.resetdesk.enrollment.Enrollment;
import org.resetdesk.state.KeyChange;
import org.resetdesk.state.MemorySharedMaps;
import org.resetdesk.state.SharedMaps;
import org.resetdesk.verification.VerificationMethod;
import org.resetdesk.verification.VerificationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.StandardEnvironment;

/**
 * While a turn holds its conversation's lease, the conversation's session is served as read with the lease (no round
 * trip per look), and follows this instance's own changes; after the turn it is read from the store again.
 */
class HeldSessionTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T08:00:00Z"));
    private final SharedMaps store = new MemorySharedMaps(clock);
    private final VerificationProperties policy = Binder.get(new StandardEnvironment())
            .bindOrCreate("resetdesk.verification", VerificationProperties.class);
    private final ResetSessions here = new ResetSessions(clock, Duration.ofMinutes(15), policy, store, null);
    private final ResetSessions elsewhere = new ResetSessions(clock, Duration.ofMinutes(15), policy, store, null);

    private ResetSession start(ResetSessions sessions, String correlation) {
        return sessions.start("conv-1", correlation, AuditEvent.Flow.RESET_PASSWORD, "key-x", "nobody", "key-x",
                Optional.empty(), Enrollment.none("key-x"), false);
    }

    private void holdTurn() {
        KeyChange<?> read = here.reading("conv-1");
        store.run(java.util.List.of(read));
        here.held("conv-1", read);
    }

    @Test
    void aHeldSession_isServedAsReadWithTheLease_untilTheTurnIsReleased() {
        ResetSession first = start(here, "corr-1");
        holdTurn();
        start(elsewhere, "corr-2"); // cannot happen while the lease is held; shows where the session is read from

        assertThat(here.current("conv-1")).contains(first);
        here.released("conv-1");
        assertThat(here.current("conv-1")).map(ResetSession::correlationId).contains("corr-2");
    }

    @Test
    void theTurnsOwnChanges_areWhatItHolds() {
        ResetSession first = start(here, "corr-1");
        holdTurn();

        here.update("conv-1", first.withProof(VerificationMethod.EMAIL_CODE));
        assertThat(here.current("conv-1")).map(ResetSession::proven).contains(java.util.Set.of(
                VerificationMethod.EMAIL_CODE));
        assertThat(here.claim("conv-1", here.current("conv-1").orElseThrow())).isTrue();
        assertThat(here.current("conv-1")).isEmpty();
        assertThat(elsewhere.current("conv-1")).isEmpty();
    }

    @Test
    void aHeldSession_stillEndsWithItsLifetime() {
        start(here, "corr-1");
        holdTurn();

        clock.advance(Duration.ofMinutes(15));

        assertThat(here.current("conv-1")).isEmpty();
    }
}
