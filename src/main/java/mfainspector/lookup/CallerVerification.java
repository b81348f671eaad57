package mfainspector.lookup;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A check of whether the caller is the user, as the lookup log notes it: how it ended and how it
 * was made: {@code otp} (the code of their authenticator app, checked by the app) or a manual
 * method the agent names, such as {@code callback} (called back on the number on record) or
 * {@code manager} (confirmed by their manager). Never holds the code or the secret.
 *
 * @param outcome how it ended
 * @param method  {@link #OTP} or a manual method: lower-case letters, digits, {@code -} and {@code _}, at most 32
 */
public record CallerVerification(CallerOutcome outcome, String method) {

    public static final String OTP = "otp";

    public CallerVerification {
        Objects.requireNonNull(outcome, "outcome");
        method = sanitize(method);
        if (method.isEmpty()) {
            throw new IllegalArgumentException("name the method of the check, e.g. otp or callback");
        }
    }

    /** A check by authenticator code. */
    public static CallerVerification otp(CallerOutcome outcome) {
        return new CallerVerification(outcome, OTP);
    }

    /** A check the agent made another way and records by hand: verified or not. */
    public static CallerVerification manual(String method, boolean verified) {
        return new CallerVerification(verified ? CallerOutcome.VERIFIED : CallerOutcome.NOT_CONFIRMED, method);
    }

    /**
     * A check the agent made by the ways named ({@code callback}, {@code manager}, ...) and records
     * by hand: they confirmed the caller ({@link CallerOutcome#VERIFIED}) or could not
     * ({@link CallerOutcome#NOT_CONFIRMED}). The ways are noted as one method, joined by {@code _}.
     */
    public static CallerVerification manual(List<String> ways, boolean confirmed) {
        return manual(String.join("_", ways), confirmed);
    }

    /** The ways of the check as named: {@code [otp]}, or the manual ways ({@code callback_manager} gives two). */
    public List<String> ways() {
        return List.of(method.split("_"));
    }

    private static String sanitize(String method) {
        String m = method == null ? "" : method.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]", "");
        return m.length() <= 32 ? m : m.substring(0, 32);
    }
}
