package org.resetdesk.verification;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Security questions for accounts that do not exist (or have none registered), so that an anonymous visitor cannot
 * tell them from real ones. The questions an unknown name appears to have registered are derived from the name with
 * an HMAC under a server secret: the same name always gets the same questions, different names get different ones,
 * and without the secret nobody can predict them. The flow then asks a random {@link SecurityAnswers#select selection}
 * of them, exactly as for a real account, and no answer is ever right.
 *
 * <p>Thread-safe. The secret never leaves this object.
 */
public final class DecoyQuestions {

    private static final String HMAC = "HmacSHA256";
    private static final int MOST_REGISTERED = 5;

    private final byte[] secret;
    private final List<String> pool;
    private final int registered;

    /**
     * @param secret     server secret, at least 32 bytes; the same on every instance so decoys agree
     * @param pool       question keys to draw from (duplicates ignored)
     * @param registered questions an unknown account appears to have
     */
    public DecoyQuestions(byte[] secret, List<String> pool, int registered) {
        if (Objects.requireNonNull(secret, "secret").length < 32) {
            throw new IllegalArgumentException("secret must be at least 32 bytes");
        }
        this.secret = secret.clone();
        this.pool = List.copyOf(new LinkedHashSet<>(pool));
        if (registered < 1 || registered > this.pool.size()) {
            throw new IllegalArgumentException(
                    "registered must be between 1 and the pool's " + this.pool.size() + " questions, was "
                            + registered);
        }
        this.registered = registered;
    }

    /** The question keys {@code accountName} (case and surrounding spaces ignored) appears to have registered. */
    public List<String> registeredFor(String accountName) {
        byte[] name = ProofThrottle.accountKey(accountName).getBytes(StandardCharsets.UTF_8);
        List<String> shuffled = new ArrayList<>(pool);
        // Fisher-Yates driven by HMAC(secret, name, position): deterministic, unpredictable without the secret.
        for (int i = shuffled.size() - 1; i > 0; i--) {
            long draw = ByteBuffer.wrap(mac(name, i)).getLong() >>> 1;
            int j = (int) (draw % (i + 1));
            String swap = shuffled.get(i);
            shuffled.set(i, shuffled.get(j));
            shuffled.set(j, swap);
        }
        // Real employees register 3 to 5 questions, so the decoy count varies per name in the same range.
        int most = Math.max(registered, Math.min(MOST_REGISTERED, shuffled.size()));
        long countDraw = ByteBuffer.wrap(mac(name, -1)).getLong() >>> 1;
        int count = registered + (int) (countDraw % (most - registered + 1));
        return List.copyOf(shuffled.subList(0, count));
    }

    private byte[] mac(byte[] name, int position) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(secret, HMAC));
            mac.update(name);
            mac.update(ByteBuffer.allocate(Integer.BYTES + 1).put((byte) 0).putInt(position).array());
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(HMAC + " is not available", e);
        }
    }
}
