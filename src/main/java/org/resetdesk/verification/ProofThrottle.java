package org.resetdesk.verification;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

import org.resetdesk.state.KeyChange;
import org.resetdesk.state.Leases;
import org.resetdesk.state.MemorySharedMaps;
import org.resetdesk.state.SharedMaps;

/**
 * Limits failed identity proofs (wrong code, wrong answer, replayed code) with Entra's numbers by default: 5 failures
 * within an hour block for 24 hours. Failures count both per account and per conversation, and a block on either one
 * refuses the proof, so an attacker can neither guess one account from many conversations nor many accounts from one
 * conversation. A successful reset clears both counters.
 *
 * <p>Account keys are compared ignoring case and surrounding spaces. Thread-safe; state is in memory, bounded in
 * size, its blocks listed, lifted and kept over restarts by {@link Blocks}.
 *
 * <p>A subject may be counted under several keys at once ({@code List} overloads): it is blocked when any of them is,
 * and every attempt counts under all of them. The reset flow passes the directory account's immutable id, so that
 * the account's names (UPN, email, employee id) share one limit, and the {@link NameKeys key} of the name typed, so
 * that every spelling of a name meets the same limits whether or not an account stands behind it.
 */
public final class ProofThrottle {

    private final RateLimiter accounts;
    private final RateLimiter conversations;

    public ProofThrottle(Clock clock, VerificationProperties.Throttle settings) {
        this(clock, settings, Blocks.inMemory());
    }

    /** A throttle whose blocks {@code blocks} lists, lifts and keeps over restarts. */
    public ProofThrottle(Clock clock, VerificationProperties.Throttle settings, Blocks blocks) {
        this(clock, settings, blocks, new MemorySharedMaps(clock));
    }

    /** A throttle whose counts are in {@code maps}: with a shared store, the failures on every instance add up. */
    public ProofThrottle(Clock clock, VerificationProperties.Throttle settings, Blocks blocks, SharedMaps maps) {
        this.accounts = new RateLimiter(maps, "proofs-account", clock, settings.maxFailures(), settings.window(),
                settings.block(), settings.maxEntries());
        this.conversations = new RateLimiter(maps, "proofs-conversation", clock, settings.maxFailures(),
                settings.window(), settings.block(), settings.maxEntries());
        blocks.register("proofs-account", accounts);
        blocks.register("proofs-conversation", conversations);
    }

    /** Whether {@code account} may attempt a proof in {@code conversation} now. Changes nothing. */
    public ThrottleDecision check(String account, String conversation) {
        return check(List.of(account), conversation);
    }

    /**
     * Whether a proof may be attempted now for a subject counted under all of {@code accounts} (its directory id and
     * the canonical form of the name typed, say), in {@code conversation}. Changes nothing.
     */
    public ThrottleDecision check(List<String> accounts, String conversation) {
        return run(accounts, this.accounts::checking, conversations.checking(conversationKey(conversation)));
    }

    /**
     * {@link #check(List, String)}, to run with others, decided before a change made after them in the run (see
     * {@link RateLimiter#confirming}).
     */
    List<RateLimiter.Op> confirming(List<String> accounts, String conversation) {
        return ops(accounts, this.accounts::confirming, conversations.confirming(conversationKey(conversation)));
    }

    /** Counts a failed proof against both; returns the decision for the next attempt. */
    public ThrottleDecision recordFailure(String account, String conversation) {
        return run(List.of(account), accounts::failing, conversations.failing(conversationKey(conversation)));
    }

    /**
     * Begins a proof (checking a code or an answer) that counts as a failure until it is finished, so a burst of
     * parallel guesses cannot all pass the check before any failure is recorded. Always finish an allowed attempt
     * with {@link #finish}.
     *
     * @return allowed, or blocked with when to try again (also when too many attempts are in flight at once)
     */
    public ThrottleDecision begin(String account, String conversation) {
        return begin(List.of(account), conversation);
    }

    /**
     * {@link #begin(String, String)} for a subject counted under all of {@code accounts}. Every key is reserved at
     * once; when any refuses, the others are given back.
     */
    public ThrottleDecision begin(List<String> accounts, String conversation) {
        return begin(accounts, conversation, granted -> null);
    }

    /**
     * {@link #begin(List, String)}, with a change made in the same round trip after the reservations: {@code then}
     * builds it, given whether every key granted its reservation (to ask when the change runs, as it may run more
     * than once; in the run in which it is made, the answer is the reservations' outcome). The change must be of a
     * map of this throttle's store; {@code null} for none.
     */
    public ThrottleDecision begin(List<String> accounts, String conversation,
            Function<BooleanSupplier, KeyChange<?>> then) {
        List<RateLimiter.Op> reservations = ops(accounts, this.accounts::reserving,
                conversations.reserving(conversationKey(conversation)));
        this.accounts.run(reservations, then.apply(() -> reservations.stream().allMatch(RateLimiter.Op::allowsSoFar)));
        if (reservations.stream().allMatch(op -> op.blockedUntil().isEmpty())) {
            return new ThrottleDecision.Allowed();
        }
        List<RateLimiter.Op> giveBack = reservations.stream().filter(op -> op.blockedUntil().isEmpty())
                .map(RateLimiter.Op::givingBack).toList();
        if (!giveBack.isEmpty()) {
            this.accounts.run(giveBack);
        }
        return decide(reservations);
    }

    /** Finishes a proof begun with {@link #begin}: a failed one is recorded and may start the block. */
    public ThrottleDecision finish(String account, String conversation, boolean passed) {
        return finish(List.of(account), conversation, passed);
    }

    /** Finishes a proof begun with {@link #begin(List, String)} with the same keys. */
    public ThrottleDecision finish(List<String> accounts, String conversation, boolean passed) {
        return run(accounts, key -> this.accounts.releasing(key, !passed),
                conversations.releasing(conversationKey(conversation), !passed));
    }

    /**
     * Finishes a proof begun with {@link #begin(List, String)} that passed (or ended without an answer: an expired
     * code), in the round trip that gives back {@code lease}, the turn's, when this instance holds it (else now):
     * nothing the turn decides depends on it. Until then the attempt stays reserved.
     */
    public void passedOnRelease(List<String> accounts, String conversation, Optional<Leases.Held> lease) {
        this.accounts.runOnRelease(ops(accounts, key -> this.accounts.releasing(key, false),
                conversations.releasing(conversationKey(conversation), false)), lease);
    }

    /**
     * Counts a proof as failed in advance, before the user has answered (a round of security questions): an attempt
     * abandoned half way, in any way, then stays a failure. Refused, and blocked, when the failures already reach the
     * limit. {@link #refund} it when the proof passes; {@link #settle} it when it fails.
     */
    public ThrottleDecision charge(List<String> accounts, String conversation) {
        ThrottleDecision now = check(accounts, conversation);
        if (now instanceof ThrottleDecision.Blocked) {
            return now;
        }
        return run(accounts, this.accounts::acquiring, conversations.acquiring(conversationKey(conversation)));
    }

    /** A {@link #charge charged} proof failed: it counts already, and blocks now if the failures reach the limit. */
    public ThrottleDecision settle(List<String> accounts, String conversation) {
        return run(accounts, this.accounts::blockingAtLimit,
                conversations.blockingAtLimit(conversationKey(conversation)));
    }

    /** A {@link #charge charged} proof passed: the failure counted in advance is taken back. */
    public void refund(List<String> accounts, String conversation) {
        run(accounts, this.accounts::refunding, conversations.refunding(conversationKey(conversation)));
    }

    /** Clears both counters and blocks; the flow calls this once the password was reset or the account unlocked. */
    public void resetAfterSuccess(String account, String conversation) {
        resetAfterSuccess(List.of(account), conversation);
    }

    /** Clears the counters and blocks of every key of the subject and of the conversation. */
    public void resetAfterSuccess(List<String> accounts, String conversation) {
        this.accounts.run(lifting(accounts, conversation));
    }

    /**
     * {@link #resetAfterSuccess(List, String)} (the flow calls this once the account was unlocked), in the round trip
     * that gives back {@code lease}, the turn's, when this instance holds it, else now.
     */
    public void resetAfterSuccess(List<String> accounts, String conversation, Optional<Leases.Held> lease) {
        this.accounts.runOnRelease(lifting(accounts, conversation), lease);
    }

    /**
     * Clears the counters and blocks of every key of the subject and of the conversation, here and in {@code codes}'
     * request limits (the flow calls this once the password was reset), in one go: in the round trip that gives back
     * {@code lease}, the turn's, when this instance holds it, else now. {@code codes} must keep its limits in the same
     * store.
     */
    public void resetAfterSuccess(List<String> accounts, String conversation, OneTimeCodes codes,
            Optional<Leases.Held> lease) {
        List<RateLimiter.Op> lifts = lifting(accounts, conversation);
        lifts.addAll(codes.liftingAfterSuccess(accounts, conversation));
        this.accounts.runOnRelease(lifts, lease);
    }

    private List<RateLimiter.Op> lifting(List<String> accounts, String conversation) {
        return ops(accounts, this.accounts::lifting, conversations.lifting(conversationKey(conversation)));
    }

    /** Runs one operation on each account key and one on the conversation, together; the decision they make. */
    private ThrottleDecision run(List<String> accounts, Function<String, RateLimiter.Op> onAccount,
            RateLimiter.Op onConversation) {
        List<RateLimiter.Op> ops = ops(accounts, onAccount, onConversation);
        this.accounts.run(ops);
        return decide(ops);
    }

    /** The operations on each distinct account key, then the one on the conversation. */
    private static List<RateLimiter.Op> ops(List<String> accounts, Function<String, RateLimiter.Op> onAccount,
            RateLimiter.Op onConversation) {
        List<RateLimiter.Op> ops = new ArrayList<>(keys(accounts).stream().map(onAccount).toList());
        ops.add(onConversation);
        return ops;
    }

    /** Blocked until the latest end among the operations' outcomes, if any. */
    private static ThrottleDecision decide(List<RateLimiter.Op> ops) {
        return latest(ops.stream().map(RateLimiter.Op::blockedUntil)).<ThrottleDecision>map(
                ThrottleDecision.Blocked::new).orElseGet(ThrottleDecision.Allowed::new);
    }

    /** The distinct account keys, each counted once however many spellings led to it. */
    private static List<String> keys(List<String> accounts) {
        return accounts.stream().map(ProofThrottle::accountKey).distinct().toList();
    }

    static Optional<Instant> latest(java.util.stream.Stream<Optional<Instant>> untils) {
        return untils.flatMap(Optional::stream).max(Instant::compareTo);
    }

    static String accountKey(String account) {
        return Objects.requireNonNull(account, "account").strip().toLowerCase(Locale.ROOT);
    }

    private static String conversationKey(String conversation) {
        return Objects.requireNonNull(conversation, "conversation");
    }
}
