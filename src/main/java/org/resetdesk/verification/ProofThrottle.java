package org.resetdesk.verification;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Limits failed identity proofs (wrong code, wrong answer, replayed code) with Entra's numbers by default: 5 failures
 * within an hour block for 24 hours. Failures count both per account and per conversation, and a block on either one
 * refuses the proof, so an attacker can neither guess one account from many conversations nor many accounts from one
 * conversation. A successful reset clears both counters.
 *
 * <p>Account names are compared ignoring case and surrounding spaces. Unknown accounts are counted exactly like real
 * ones, so throttling does not tell them apart. Thread-safe; state is in memory, bounded in size.
 *
 * <p>Callers pass the directory account's immutable id ({@code DirectoryUser.id()}) as {@code account}, never the
 * name the user typed: one account has several names (UPN, email, employee id), and counting per name would give an
 * attacker the limits several times over.
 */
public final class ProofThrottle {

    private final RateLimiter<String> accounts;
    private final RateLimiter<String> conversations;

    public ProofThrottle(Clock clock, VerificationProperties.Throttle settings) {
        this.accounts = new RateLimiter<>(clock, settings.maxFailures(), settings.window(), settings.block(),
                settings.maxEntries());
        this.conversations = new RateLimiter<>(clock, settings.maxFailures(), settings.window(), settings.block(),
                settings.maxEntries());
    }

    /** Whether {@code account} may attempt a proof in {@code conversation} now. Changes nothing. */
    public ThrottleDecision check(String account, String conversation) {
        return decide(accounts.blockedUntil(accountKey(account)),
                conversations.blockedUntil(conversationKey(conversation)));
    }

    /** Counts a failed proof against both; returns the decision for the next attempt. */
    public ThrottleDecision recordFailure(String account, String conversation) {
        return decide(accounts.recordFailure(accountKey(account)),
                conversations.recordFailure(conversationKey(conversation)));
    }

    /** Clears both counters and blocks; the flow calls this once the password was reset or the account unlocked. */
    /**
     * Begins a proof (checking a code or an answer) that counts as a failure until it is finished, so a burst of
     * parallel guesses cannot all pass the check before any failure is recorded. Always finish an allowed attempt
     * with {@link #finish}.
     *
     * @return allowed, or blocked with when to try again (also when too many attempts are in flight at once)
     */
    public ThrottleDecision begin(String account, String conversation) {
        Optional<Instant> accountRefusal = accounts.reserve(accountKey(account));
        if (accountRefusal.isPresent()) {
            return decide(accountRefusal, Optional.empty());
        }
        Optional<Instant> conversationRefusal = conversations.reserve(conversationKey(conversation));
        if (conversationRefusal.isPresent()) {
            accounts.release(accountKey(account), false);
            return decide(Optional.empty(), conversationRefusal);
        }
        return new ThrottleDecision.Allowed();
    }

    /** Finishes a proof begun with {@link #begin}: a failed one is recorded and may start the block. */
    public ThrottleDecision finish(String account, String conversation, boolean passed) {
        return decide(accounts.release(accountKey(account), !passed),
                conversations.release(conversationKey(conversation), !passed));
    }

    public void resetAfterSuccess(String account, String conversation) {
        accounts.reset(accountKey(account));
        conversations.reset(conversationKey(conversation));
    }

    private static ThrottleDecision decide(Optional<Instant> account, Optional<Instant> conversation) {
        if (account.isEmpty() && conversation.isEmpty()) {
            return new ThrottleDecision.Allowed();
        }
        Instant until = account.orElse(Instant.MIN);
        if (conversation.isPresent() && conversation.get().isAfter(until)) {
            until = conversation.get();
        }
        return new ThrottleDecision.Blocked(until);
    }

    static String accountKey(String account) {
        return Objects.requireNonNull(account, "account").strip().toLowerCase(Locale.ROOT);
    }

    private static String conversationKey(String conversation) {
        return Objects.requireNonNull(conversation, "conversation");
    }
}
