package org.resetdesk.verification;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.resetdesk.state.Codec;
import org.resetdesk.state.KeyChange;
import org.resetdesk.state.MemorySharedMaps;
import org.resetdesk.state.SharedMap;
import org.resetdesk.state.SharedMaps;

/**
 * One-time codes delivered by email or SMS. Each code is random (from {@link SecureRandom}), 8 digits by default,
 * valid for 5 minutes, accepted once, and bound to one account, method and conversation: a code sent for a reset in
 * one conversation proves nothing in another. Asking again replaces the previous code. Each account and each
 * conversation may ask for a limited number of codes per window (Entra: 10 in 10 minutes, then 24 hours blocked).
 *
 * <p>Security: the plain code is returned once, for delivery, and never kept; what is kept is an HMAC-SHA256 of it
 * with a random salt under a key ({@code resetdesk.verification.codes.secret}, the same on every instance, or one
 * made fresh for the process), compared in constant time. Failed checks are not counted here; the caller reports
 * them to {@link ProofThrottle}. Thread-safe; state is in a {@link SharedMap} (memory or Redis), bounded in size.
 *
 * <p>Callers pass the directory account's immutable id ({@code DirectoryUser.id()}) as {@code account}, never the
 * name the user typed: one account has several names (UPN, email, employee id), and counting per name would give an
 * attacker the limits several times over.
 */
public final class OneTimeCodes {

    private record Binding(String account, VerificationMethod method, String conversation) {
    }

    private record StoredCode(byte[] salt, byte[] digest, Instant expiresAt, boolean used) {
    }

    private static final String HMAC = "HmacSHA256";

    private final Clock clock;
    private final VerificationProperties.Codes settings;
    private final SecureRandom random = new SecureRandom();
    private final byte[] key = new byte[32];
    private final SharedMap<StoredCode> codes;
    private final RateLimiter accountIssues;
    private final RateLimiter conversationIssues;

    public OneTimeCodes(Clock clock, VerificationProperties.Codes settings) {
        this(clock, settings, Blocks.inMemory());
    }

    /** Codes whose issue limits' blocks {@code blocks} lists, lifts and keeps over restarts. */
    public OneTimeCodes(Clock clock, VerificationProperties.Codes settings, Blocks blocks) {
        this(clock, settings, blocks, new MemorySharedMaps(clock));
    }

    /**
     * Codes kept in {@code maps} (hashed under {@code settings.secret()}, or a key made for this process when it is
     * not set), with their issue limits there too.
     */
    public OneTimeCodes(Clock clock, VerificationProperties.Codes settings, Blocks blocks, SharedMaps maps) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.settings = Objects.requireNonNull(settings, "settings");
        if (settings.secret() == null || settings.secret().isEmpty()) {
            random.nextBytes(key);
        } else {
            System.arraycopy(sha256(settings.secret()), 0, key, 0, key.length);
        }
        // Kept past their lifetime so a late answer hears "expired" rather than "no code".
        this.codes = maps.map(new SharedMaps.Spec<>("codes", CODES, settings.lifetime().multipliedBy(3),
                settings.maxEntries()));
        this.accountIssues = new RateLimiter(maps, "codes-account", clock, settings.maxIssued(),
                settings.issueWindow(), settings.issueBlock(), settings.maxEntries());
        this.conversationIssues = new RateLimiter(maps, "codes-conversation", clock, settings.maxIssued(),
                settings.issueWindow(), settings.issueBlock(), settings.maxEntries());
        blocks.register("codes-account", accountIssues);
        blocks.register("codes-conversation", conversationIssues);
    }

    private static byte[] sha256(String secret) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /** A stored code as text: salt, digest (base64), expiry, used. Holds no code, only its keyed hash. */
    private static final Codec<StoredCode> CODES = new Codec<>() {
        @Override
        public String encode(StoredCode code) {
            Base64.Encoder base64 = Base64.getEncoder();
            return base64.encodeToString(code.salt()) + "|" + base64.encodeToString(code.digest()) + "|"
                    + code.expiresAt() + "|" + code.used();
        }

        @Override
        public StoredCode decode(String text) {
            String[] parts = text.split("\\|", -1);
            if (parts.length != 4) {
                throw new IllegalArgumentException("not a stored code");
            }
            Base64.Decoder base64 = Base64.getDecoder();
            return new StoredCode(base64.decode(parts[0]), base64.decode(parts[1]), Instant.parse(parts[2]),
                    Boolean.parseBoolean(parts[3]));
        }
    };

    /** The key a binding's code is stored under: its parts, length-prefixed so no two bindings share one. */
    private static String storeKey(Binding binding) {
        StringBuilder key = new StringBuilder();
        for (String part : new String[] {binding.account(), binding.method().name(), binding.conversation()}) {
            key.append(part.length()).append(':').append(part);
        }
        return key.toString();
    }

    /**
     * Makes a new code for {@code account} to prove {@code method} in {@code conversation}, replacing any earlier
     * one, unless the account or the conversation has asked for too many.
     */
    public CodeIssue issue(String account, VerificationMethod method, String conversation) {
        return issue(account, List.of(account), method, conversation);
    }

    /**
     * As {@link #issue(String, VerificationMethod, String)}, with the issue limits counted under every one of
     * {@code limitKeys} (the account's id and the canonical form of the name typed, say): refused when any of them has
     * asked for too many, and counted under all of them.
     */
    public CodeIssue issue(String account, List<String> limitKeys, VerificationMethod method, String conversation) {
        return issue(account, limitKeys, method, conversation, null);
    }

    /**
     * As {@link #issue(String, List, VerificationMethod, String)}, and refused as well while {@code proofs} blocks
     * the subject or the conversation (checked in the same round trip); {@code proofs} must keep its counts in the
     * same store.
     */
    public CodeIssue issue(String account, List<String> limitKeys, VerificationMethod method, String conversation,
            ProofThrottle proofs) {
        Binding binding = bind(account, method, conversation);
        List<String> keys = limitKeys.stream().map(ProofThrottle::accountKey).distinct().toList();
        // Every key counts the request at once; when any refuses, the others take theirs back, so a request refused
        // (say, from a blocked conversation) does not use up the account's allowance.
        List<RateLimiter.Op> requests = new ArrayList<>(keys.stream().map(accountIssues::acquiring).toList());
        requests.add(conversationIssues.acquiring(binding.conversation()));
        List<RateLimiter.Op> all = new ArrayList<>(requests);
        if (proofs != null) {
            all.addAll(proofs.confirming(limitKeys, conversation));
        }
        String code = newCode();
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        Instant expiresAt = clock.instant().plus(settings.lifetime());
        StoredCode issued = new StoredCode(salt, digest(salt, binding, code), expiresAt, false);
        // The code is stored in the same round trip as the limits are counted, and only when every one allows it.
        KeyChange<StoredCode> store = KeyChange.afterOthers(codes, storeKey(binding),
                previous -> all.stream().allMatch(RateLimiter.Op::allowsSoFar) ? issued : previous);
        accountIssues.run(all, store);
        Optional<Instant> blocked = ProofThrottle.latest(all.stream().map(RateLimiter.Op::blockedUntil));
        if (blocked.isPresent()) {
            List<RateLimiter.Op> refunds = requests.stream().filter(op -> op.blockedUntil().isEmpty())
                    .map(RateLimiter.Op::takingBack).toList();
            accountIssues.run(refunds);
            return new CodeIssue.Throttled(blocked.get());
        }
        return new CodeIssue.Issued(code, expiresAt);
    }

    private String newCode() {
        StringBuilder code = new StringBuilder(settings.length());
        for (int i = 0; i < settings.length(); i++) {
            code.append((char) ('0' + random.nextInt(10)));
        }
        return code.toString();
    }

    /** Checks {@code offered} (spaces ignored) and, when it is accepted, uses the code up. */
    public CodeCheck verify(String account, VerificationMethod method, String conversation, String offered) {
        Binding binding = bind(account, method, conversation);
        CodeCheck[] outcome = {CodeCheck.NO_CODE};
        codes.compute(storeKey(binding), checking(binding, offered, outcome));
        return outcome[0];
    }

    /**
     * Begins a proof for the subject counted under {@code limitKeys} ({@link ProofThrottle#begin(List, String)}) and
     * checks {@code offered} with it, in one round trip: the code is looked at, and used up when it is accepted, only
     * once every key granted its reservation. {@code proofs} must keep its counts in the same store.
     */
    public CodeAttempt verify(String account, VerificationMethod method, String conversation, String offered,
            ProofThrottle proofs, List<String> limitKeys) {
        Binding binding = bind(account, method, conversation);
        CodeCheck[] outcome = {CodeCheck.NO_CODE};
        UnaryOperator<StoredCode> check = checking(binding, offered, outcome);
        ThrottleDecision decision = proofs.begin(limitKeys, conversation, granted -> KeyChange.afterOthers(codes,
                storeKey(binding), stored -> {
                    if (granted.getAsBoolean()) {
                        return check.apply(stored);
                    }
                    outcome[0] = CodeCheck.NO_CODE; // not looked at
                    return stored;
                }));
        return decision instanceof ThrottleDecision.Blocked blocked ? new CodeAttempt.Blocked(blocked.until())
                : new CodeAttempt.Checked(outcome[0]);
    }

    /** The check of {@code offered} against a stored code, telling its outcome in {@code outcome} each time it runs. */
    private UnaryOperator<StoredCode> checking(Binding binding, String offered, CodeCheck[] outcome) {
        String typed = offered == null ? "" : offered.replace(" ", "");
        Instant now = clock.instant();
        return stored -> {
            outcome[0] = CodeCheck.NO_CODE;
            if (stored == null) {
                return null;
            }
            if (stored.used()) {
                outcome[0] = CodeCheck.USED;
                return stored;
            }
            if (!now.isBefore(stored.expiresAt())) {
                outcome[0] = CodeCheck.EXPIRED;
                return stored;
            }
            if (!MessageDigest.isEqual(stored.digest(), digest(stored.salt(), binding, typed))) {
                outcome[0] = CodeCheck.WRONG;
                return stored;
            }
            outcome[0] = CodeCheck.ACCEPTED;
            return new StoredCode(stored.salt(), stored.digest(), stored.expiresAt(), true);
        };
    }

    /** Lifts the resend limits of the account and the conversation; the flow calls this after a successful reset. */
    public void resetAfterSuccess(String account, String conversation) {
        resetAfterSuccess(List.of(account), conversation);
    }

    /** Lifts the resend limits of every key of the account and of the conversation. */
    public void resetAfterSuccess(List<String> limitKeys, String conversation) {
        accountIssues.run(liftingAfterSuccess(limitKeys, conversation));
    }

    /** {@link #resetAfterSuccess}, to run with other limits' operations. */
    List<RateLimiter.Op> liftingAfterSuccess(List<String> limitKeys, String conversation) {
        List<RateLimiter.Op> lifts = new ArrayList<>(limitKeys.stream().map(ProofThrottle::accountKey).distinct()
                .map(accountIssues::lifting).toList());
        lifts.add(conversationIssues.lifting(Objects.requireNonNull(conversation, "conversation")));
        return lifts;
    }

    private static Binding bind(String account, VerificationMethod method, String conversation) {
        if (!Objects.requireNonNull(method, "method").isDeliveredCode()) {
            throw new IllegalArgumentException(method + " does not use delivered codes");
        }
        return new Binding(ProofThrottle.accountKey(account), method,
                Objects.requireNonNull(conversation, "conversation"));
    }

    private byte[] digest(byte[] salt, Binding binding, String code) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(key, HMAC));
            mac.update(salt);
            // Length-prefixed parts, so no two different bindings can produce the same input.
            String[] parts = {binding.account(), binding.method().name(), binding.conversation(), code};
            for (String part : parts) {
                byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
                mac.update(new byte[] {(byte) (bytes.length >>> 24), (byte) (bytes.length >>> 16),
                        (byte) (bytes.length >>> 8), (byte) bytes.length});
                mac.update(bytes);
            }
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(HMAC + " is not available", e);
        }
    }
}
