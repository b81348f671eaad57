package mfainspector.caller;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.OptionalLong;

/**
 * Time-based one-time passwords as RFC 6238 defines them with HMAC-SHA1 (RFC 4226's truncation),
 * 30-second steps from the Unix epoch, and 6 digits for authenticator apps. The key is never kept:
 * each call takes it and leaves wiping it to the caller.
 */
public final class Totp {

    public static final int STEP_SECONDS = 30;
    public static final int DIGITS = 6;
    /** Steps accepted either side of the current one, for clocks that differ a little. */
    public static final int WINDOW = 1;

    /** SHA-1's block size in bytes. */
    private static final int BLOCK = 64;
    private static final int[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};

    private Totp() {
    }

    /** The time step of {@code time}: whole 30-second periods since the epoch. */
    public static long step(Instant time) {
        return Math.floorDiv(time.getEpochSecond(), STEP_SECONDS);
    }

    /** The code of {@code key} for {@code step}, {@code digits} long (1 to 8), zero-padded. */
    static char[] code(byte[] key, long step, int digits) {
        if (digits < 1 || digits > 8) {
            throw new IllegalArgumentException("digits is 1 to 8");
        }
        byte[] hash = hmacSha1(key, ByteBuffer.allocate(8).putLong(step).array());
        try {
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
            int otp = binary % POWERS[digits];
            char[] out = new char[digits];
            for (int i = digits - 1; i >= 0; i--) {
                out[i] = (char) ('0' + otp % 10);
                otp /= 10;
            }
            return out;
        } finally {
            Arrays.fill(hash, (byte) 0);
        }
    }

    /**
     * The step within {@link #WINDOW} of {@code now}'s whose 6-digit code is {@code code}, checked in
     * constant time per step; empty when none is. {@code code} must be 6 digits.
     */
    static OptionalLong matchingStep(byte[] key, char[] code, Instant now) {
        long current = step(now);
        long found = Long.MIN_VALUE;
        byte[] given = toBytes(code);
        try {
            for (long s = current - WINDOW; s <= current + WINDOW; s++) {
                char[] expected = code(key, s, DIGITS);
                byte[] exp = toBytes(expected);
                Arrays.fill(expected, '\0');
                if (MessageDigest.isEqual(exp, given) && found == Long.MIN_VALUE) {
                    found = s;
                }
                Arrays.fill(exp, (byte) 0);
            }
        } finally {
            Arrays.fill(given, (byte) 0);
        }
        return found == Long.MIN_VALUE ? OptionalLong.empty() : OptionalLong.of(found);
    }

    private static byte[] toBytes(char[] digits) {
        byte[] b = new byte[digits.length];
        for (int i = 0; i < digits.length; i++) {
            b[i] = (byte) digits[i];
        }
        return b;
    }

    /**
     * HMAC-SHA1 (RFC 2104) over {@link MessageDigest}, so that every copy of the key (the padded
     * blocks) is ours to wipe: {@code javax.crypto.Mac} would keep a copy of it that cannot be.
     */
    static byte[] hmacSha1(byte[] key, byte[] message) {
        if (key.length == 0) {
            throw new IllegalStateException("the key is empty");
        }
        MessageDigest sha1 = sha1();
        byte[] k = key.length > BLOCK ? sha1.digest(key) : key;
        byte[] pad = new byte[BLOCK];
        byte[] inner = null;
        try {
            for (int i = 0; i < BLOCK; i++) {
                pad[i] = (byte) ((i < k.length ? k[i] : 0) ^ 0x36);
            }
            sha1.update(pad);
            inner = sha1.digest(message);
            for (int i = 0; i < BLOCK; i++) {
                pad[i] = (byte) ((i < k.length ? k[i] : 0) ^ 0x5c);
            }
            sha1.update(pad);
            return sha1.digest(inner);
        } finally {
            Arrays.fill(pad, (byte) 0);
            if (inner != null) {
                Arrays.fill(inner, (byte) 0);
            }
            if (k != key) {
                Arrays.fill(k, (byte) 0);
            }
        }
    }

    private static MessageDigest sha1() {
        try {
            return MessageDigest.getInstance("SHA-1");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-1 is not available", e);
        }
    }
}
