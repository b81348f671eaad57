package mfainspector.genauth;

import java.util.Arrays;

/**
 * A user's TOTP secret (base32 text, {@code get-otp-secret-by-user}) held as characters that are
 * wiped, never as a {@code String}: a String cannot be wiped and would stay in memory until the
 * garbage collector reuses it. Use it for one check, then {@link #close()} it. Its
 * {@code toString()} never shows the value.
 */
public final class OtpSecret implements AutoCloseable {

    private final char[] chars;

    private OtpSecret(char[] chars) {
        this.chars = chars;
    }

    /** Takes {@code chars} over: they are the secret's from now on and wiped by {@link #close()}. */
    static OtpSecret adopt(char[] chars) {
        return new OtpSecret(chars == null ? new char[0] : chars);
    }

    /** A secret holding a copy of {@code chars}; the caller wipes its own array. */
    public static OtpSecret copyOf(char[] chars) {
        return adopt(chars == null ? null : chars.clone());
    }

    /** No secret: the user has no authenticator app bound. */
    public static OtpSecret empty() {
        return new OtpSecret(new char[0]);
    }

    /**
     * The secret's characters themselves, not a copy, for the one check: never keep them or turn
     * them into a String. All {@code '\0'} once the secret is closed.
     */
    public char[] chars() {
        return chars;
    }

    /** True when there is no secret (none sent, or only spaces). */
    public boolean isBlank() {
        for (char c : chars) {
            if (!Character.isWhitespace(c) && c != '\0') {
                return false;
            }
        }
        return true;
    }

    /** Wipes the characters; the secret is blank afterwards. */
    @Override
    public void close() {
        Arrays.fill(chars, '\0');
    }

    @Override
    public String toString() {
        return isBlank() ? "(empty)" : "***";
    }
}
