package mfainspector.lookup;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The account's health as {@code get-user} reports it, with no extra call. Every value the server
 * did not send is empty (unknown), never a guess. Holds no unmasked personal data: the last IP is
 * masked by {@link mfainspector.factor.Masking#maskIp}.
 *
 * @param status            the status in plain terms
 * @param rawStatus         the status as sent (empty when none), to show for {@link AccountStatus#OTHER}
 * @param statusChangedAt   when the status last changed
 * @param lastLogin         the last sign-in
 * @param maskedLastIp      the last sign-in's IP address, masked; empty when unknown
 * @param lastLoginApp      the app id of the last sign-in; empty when unknown
 * @param loginsCount       sign-ins so far
 * @param lastMfaTime       the last MFA verification
 * @param passwordLastSetAt when the password was last set
 * @param emailVerified     whether the email is verified
 * @param phoneVerified     whether the phone is verified
 * @param resetPasswordOnNextLogin whether the next sign-in must set a new password
 */
public record AccountHealth(AccountStatus status, String rawStatus, Optional<Instant> statusChangedAt,
        Optional<Instant> lastLogin, String maskedLastIp, String lastLoginApp, OptionalInt loginsCount,
        Optional<Instant> lastMfaTime, Optional<Instant> passwordLastSetAt, Optional<Boolean> emailVerified,
        Optional<Boolean> phoneVerified, Optional<Boolean> resetPasswordOnNextLogin) {

    public AccountHealth {
        Objects.requireNonNull(status, "status");
        rawStatus = rawStatus == null ? "" : rawStatus.strip();
        Objects.requireNonNull(statusChangedAt, "statusChangedAt");
        Objects.requireNonNull(lastLogin, "lastLogin");
        maskedLastIp = maskedLastIp == null ? "" : maskedLastIp;
        lastLoginApp = lastLoginApp == null ? "" : lastLoginApp;
        Objects.requireNonNull(loginsCount, "loginsCount");
        Objects.requireNonNull(lastMfaTime, "lastMfaTime");
        Objects.requireNonNull(passwordLastSetAt, "passwordLastSetAt");
        Objects.requireNonNull(emailVerified, "emailVerified");
        Objects.requireNonNull(phoneVerified, "phoneVerified");
        Objects.requireNonNull(resetPasswordOnNextLogin, "resetPasswordOnNextLogin");
    }

    /** The status in words: the API's word for the five known ones, the raw value otherwise, "unknown" when none. */
    public String statusText() {
        return switch (status) {
            case OTHER -> rawStatus;
            case UNKNOWN -> "unknown";
            default -> status.wireName();
        };
    }

    /** True when the server said the user has never signed in (a count of 0, or no last sign-in with a count). */
    public boolean neverSignedIn() {
        return loginsCount.isPresent() ? loginsCount.getAsInt() == 0 : false;
    }
}
