package mfainspector.caller;

import mfainspector.lookup.CallerOutcome;
import java.time.Clock;
import java.util.Arrays;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.function.Consumer;
import mfainspector.genauth.CancelSignal;
import mfainspector.genauth.ErrorCategory;
import mfainspector.genauth.GenAuthException;
import mfainspector.genauth.ManagementApi;
import mfainspector.genauth.OtpSecret;
import mfainspector.lookup.ManagedUser;
import mfainspector.lookup.UserIdType;

/**
 * Checks that a caller is the user: the caller reads out the 6-digit code of their authenticator
 * app, and it is compared with the codes of the user's TOTP secret ({@code get-otp-secret-by-user})
 * for now and one step either side. The secret is fetched for this one check and lives only in
 * memory while it runs, as characters ({@link OtpSecret}), never a String: they and the key decoded
 * from them are wiped before {@link #verify} returns, and it never reaches a
 * result, a log line or an exception message. A code that verified once for a user is refused as
 * {@link CallerOutcome#REPLAYED} while it could still be valid ({@link ReplayGuard}).
 * No UI: run it off the UI thread.
 */
public final class CallerVerifier {

    private final ManagementApi api;
    private final ReplayGuard guard;
    private final Clock clock;
    /** Sees each decoded key before it is used (and wiped): for tests that check the wiping. */
    private Consumer<byte[]> keys = key -> { };

    public CallerVerifier(ManagementApi api, ReplayGuard guard, Clock clock) {
        this.api = Objects.requireNonNull(api, "api");
        this.guard = Objects.requireNonNull(guard, "guard");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Hands each decoded key to {@code observer} before it is used; it is wiped before {@link #verify} returns. */
    CallerVerifier observingKeys(Consumer<byte[]> observer) {
        this.keys = Objects.requireNonNull(observer, "observer");
        return this;
    }

    /**
     * Checks {@code code} (digits; spaces ignored) for the user the identifier names. The caller
     * wipes {@code code} afterwards; this method does not keep it.
     *
     * @throws GenAuthException when a call fails (not found, refused, network, server)
     */
    public CallerCheck verify(UserIdType type, String value, char[] code, CancelSignal cancel) throws GenAuthException {
        ManagedUser user = api.getUser(type, value, cancel);
        String userId = user.userId();
        char[] digits = digits(code);
        try (OtpSecret secret = api.getOtpSecret(UserIdType.USER_ID, userId, cancel)) {
            if (secret.isBlank()) {
                return new CallerCheck(CallerOutcome.NO_OTP_BOUND, userId);
            }
            if (digits.length != Totp.DIGITS) {
                return new CallerCheck(CallerOutcome.WRONG_CODE, userId);
            }
            OptionalLong step = match(secret, digits);
            if (step.isEmpty()) {
                return new CallerCheck(CallerOutcome.WRONG_CODE, userId);
            }
            boolean first = guard.markUsed(userId, step.getAsLong());
            return new CallerCheck(first ? CallerOutcome.VERIFIED : CallerOutcome.REPLAYED, userId);
        } finally {
            Arrays.fill(digits, '\0');
        }
    }

    private OptionalLong match(OtpSecret secret, char[] digits) throws GenAuthException {
        byte[] key = null;
        try {
            key = Base32.decode(secret.chars());
            keys.accept(key);
            if (key.length == 0) {
                throw new IllegalArgumentException("empty");
            }
            return Totp.matchingStep(key, digits, clock.instant());
        } catch (IllegalArgumentException e) {
            // Nothing of the secret in the message.
            throw GenAuthException.builder(ErrorCategory.MALFORMED_RESPONSE)
                    .detail("the user's OTP secret is not base32").build();
        } finally {
            if (key != null) {
                Arrays.fill(key, (byte) 0);
            }
        }
    }

    /** The digits of {@code code}, spaces and hyphens dropped; any other character keeps it from being 6 digits. */
    private static char[] digits(char[] code) {
        char[] out = new char[code == null ? 0 : code.length];
        int n = 0;
        boolean bad = false;
        for (int i = 0; i < out.length; i++) {
            char c = code[i];
            if (c >= '0' && c <= '9') {
                out[n++] = c;
            } else if (c != ' ' && c != '-' && c != '\t' && c != '\r' && c != '\n') {
                bad = true;
            }
        }
        char[] result = bad ? new char[0] : Arrays.copyOf(out, n);
        Arrays.fill(out, '\0');
        return result;
    }
}
