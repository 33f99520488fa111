package org.resetdesk.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.resetdesk.MutableClock;
import org.resetdesk.audit.AuditEvent;
import org.resetdesk.enrollment.Enrollment;
import org.resetdesk.state.Leases;
import org.resetdesk.state.MemorySharedMaps;
import org.resetdesk.state.SharedMaps;
import org.resetdesk.verification.VerificationMethod;
import org.resetdesk.verification.VerificationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.StandardEnvironment;

/**
 * While a turn holds its conversation's lease, the conversation's session is served as read with the lease (no round
 * trip per look) and as the turn changes it; the turn's changes are written when it gives the lease back, never over
 * a change something else made meanwhile. "Elsewhere" stands for another instance, or a password link's page.
 */
class HeldSessionTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T08:00:00Z"));
    private final SharedMaps store = new MemorySharedMaps(clock);
    private final VerificationProperties policy = Binder.get(new StandardEnvironment())
            .bindOrCreate("resetdesk.verification", VerificationProperties.class);
    private final ResetSessions here = new ResetSessions(clock, Duration.ofMinutes(15), policy, store, null);
    private final ResetSessions elsewhere = new ResetSessions(clock, Duration.ofMinutes(15), policy, store, null);
    private final Leases leases = new Leases(store, "turns", clock);

    private ResetSession start(ResetSessions sessions, String correlation) {
        return sessions.start("conv-1", correlation, AuditEvent.Flow.RESET_PASSWORD, "key-x", "nobody", "key-x",
                Optional.empty(), Enrollment.none("key-x"), false);
    }

    /** Runs {@code body} as a turn of conv-1 does: holding the lease, the session read with it. */
    private void inTurn(Runnable body) {
        leases.serialized("conv-1", () -> List.of(here.reading("conv-1")), held -> {
            here.held("conv-1", held.reads().get(0), held);
            try {
                body.run();
            } finally {
                here.released("conv-1", held);
            }
            return CompletableFuture.completedFuture(null);
        }).join();
    }

    @Test
    void aHeldSession_isServedAsReadWithTheLease_untilTheTurnIsOver() {
        ResetSession first = start(here, "corr-1");

        inTurn(() -> {
            start(elsewhere, "corr-2");
            assertThat(here.current("conv-1")).contains(first);
        });

        assertThat(here.current("conv-1")).map(ResetSession::correlationId).contains("corr-2");
    }

    @Test
    void theTurnsChanges_areWrittenWhenItGivesTheLeaseBack() {
        inTurn(() -> {
            ResetSession started = start(here, "corr-1");
            here.update("conv-1", started.withProof(VerificationMethod.EMAIL_CODE));

            assertThat(here.current("conv-1")).map(ResetSession::proven).contains(
                    java.util.Set.of(VerificationMethod.EMAIL_CODE));
            assertThat(elsewhere.current("conv-1")).isEmpty();
        });

        assertThat(elsewhere.current("conv-1")).map(ResetSession::proven).contains(
                java.util.Set.of(VerificationMethod.EMAIL_CODE));
    }

    @Test
    void aClaimMadeElsewhereDuringTheTurn_isNotUndoneWhenTheTurnWrites() {
        ResetSession first = start(here, "corr-1");

        inTurn(() -> {
            here.update("conv-1", first.withProof(VerificationMethod.EMAIL_CODE));
            assertThat(elsewhere.claim("conv-1", first)).isTrue();
        });

        assertThat(elsewhere.current("conv-1")).isEmpty();
    }

    @Test
    void aClaimInTheTurn_takesTheSessionAsTheTurnMadeIt_andNothingIsWrittenBack() {
        ResetSession first = start(here, "corr-1");

        inTurn(() -> {
            here.update("conv-1", first.withProof(VerificationMethod.EMAIL_CODE));
            ResetSession proven = here.current("conv-1").orElseThrow();

            assertThat(here.claim("conv-1", proven)).isTrue();
            assertThat(here.current("conv-1")).isEmpty();
        });

        assertThat(elsewhere.current("conv-1")).isEmpty();
    }

    @Test
    void aHeldSession_stillEndsWithItsLifetime() {
        start(here, "corr-1");

        inTurn(() -> {
            clock.advance(Duration.ofMinutes(15));
            assertThat(here.current("conv-1")).isEmpty();
        });
    }

    @Test
    void aClaimOnThisInstanceDuringTheTurn_isNotUndoneByTheTurnsLaterUpdate() {
        ResetSession first = start(here, "corr-1");

        inTurn(() -> {
            assertThat(here.claim("conv-1", first)).isTrue(); // a password link's page, on this instance
            here.update("conv-1", first.withProof(VerificationMethod.EMAIL_CODE)); // the turn, from its earlier copy
            assertThat(here.current("conv-1")).isEmpty();
        });

        assertThat(elsewhere.current("conv-1")).isEmpty();
    }

    @Test
    void anUpdateAfterAClaim_outsideAnyTurn_leavesTheSessionClaimed() {
        ResetSession first = start(here, "corr-1");
        assertThat(here.claim("conv-1", first)).isTrue();

        here.update("conv-1", first.withProof(VerificationMethod.EMAIL_CODE));

        assertThat(elsewhere.current("conv-1")).isEmpty();
    }
}
