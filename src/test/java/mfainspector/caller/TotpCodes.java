package mfainspector.caller;

import java.time.Instant;
import java.util.Set;

/** Codes of a base32 secret for tests in other packages: the current one, and one that is surely wrong. */
public final class TotpCodes {

    private TotpCodes() {
    }

    /** The code of the current step. */
    public static String now(String secret) {
        return at(secret, Instant.now());
    }

    public static String at(String secret, Instant t) {
        return new String(Totp.code(Base32.decode(secret.toCharArray()), Totp.step(t), Totp.DIGITS));
    }

    /** A code that is none of the codes valid within two minutes from now. */
    public static String notNear(String secret) {
        Instant t = Instant.now();
        Set<String> near = new java.util.HashSet<>();
        for (int s = -4; s <= 4; s++) {
            near.add(at(secret, t.plusSeconds(30L * s)));
        }
        for (int i = 0; i < 1_000_000; i++) {
            String c = String.format("%06d", (i * 7919 + 13) % 1_000_000);
            if (!near.contains(c)) {
                return c;
            }
        }
        throw new IllegalStateException();
    }
}
