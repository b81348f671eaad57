package mfainspector.lookup;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import mfainspector.factor.ContactDetails;
import mfainspector.factor.Masking;

/**
 * A user as the management API describes them. Text fields the answer lacked are empty strings,
 * times, counts and yes/no values it lacked are empty ("unknown", never a guess).
 * {@link #toString()} shows masked values only; {@link #health()} is the account-health view.
 *
 * @param lastIp       the last sign-in's IP address as sent; show it through {@link #health()}, masked
 * @param lastLoginApp the id of the app of the last sign-in
 */
public record ManagedUser(String userId, String username, String name, String nickname, String email,
        String phone, String phoneCountryCode, String externalId, String status, Optional<Instant> lastLogin,
        Optional<Instant> lastMfaTime, OptionalInt loginsCount, Optional<Instant> createdAt,
        Optional<Instant> statusChangedAt, String lastIp, String lastLoginApp, Optional<Instant> passwordLastSetAt,
        Optional<Boolean> emailVerified, Optional<Boolean> phoneVerified, Optional<Boolean> resetPasswordOnNextLogin)
        implements ContactDetails {

    /** A user of whom only the fields of the plain look-up are known; the account-health fields are unknown. */
    public ManagedUser(String userId, String username, String name, String nickname, String email,
            String phone, String phoneCountryCode, String externalId, String status, Optional<Instant> lastLogin,
            Optional<Instant> lastMfaTime, OptionalInt loginsCount, Optional<Instant> createdAt) {
        this(userId, username, name, nickname, email, phone, phoneCountryCode, externalId, status, lastLogin,
                lastMfaTime, loginsCount, createdAt, Optional.empty(), "", "", Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    public ManagedUser {
        userId = orEmpty(userId);
        username = orEmpty(username);
        name = orEmpty(name);
        nickname = orEmpty(nickname);
        email = orEmpty(email);
        phone = orEmpty(phone);
        phoneCountryCode = orEmpty(phoneCountryCode);
        externalId = orEmpty(externalId);
        status = orEmpty(status);
        Objects.requireNonNull(lastLogin, "lastLogin");
        Objects.requireNonNull(lastMfaTime, "lastMfaTime");
        Objects.requireNonNull(loginsCount, "loginsCount");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(statusChangedAt, "statusChangedAt");
        lastIp = orEmpty(lastIp);
        lastLoginApp = orEmpty(lastLoginApp);
        Objects.requireNonNull(passwordLastSetAt, "passwordLastSetAt");
        Objects.requireNonNull(emailVerified, "emailVerified");
        Objects.requireNonNull(phoneVerified, "phoneVerified");
        Objects.requireNonNull(resetPasswordOnNextLogin, "resetPasswordOnNextLogin");
    }

    /** The account-health view of this user: status in plain words, last sign-in, password, verification. */
    public AccountHealth health() {
        return new AccountHealth(AccountStatus.of(status), status, statusChangedAt, lastLogin,
                lastIp.isEmpty() ? "" : Masking.maskIp(lastIp), lastLoginApp, loginsCount, lastMfaTime,
                passwordLastSetAt, emailVerified, phoneVerified, resetPasswordOnNextLogin);
    }

    /** The best name to show: name, else nickname, else username, else the user id. */
    public String displayName() {
        for (String s : new String[] {name, nickname, username}) {
            if (!s.isEmpty()) {
                return s;
            }
        }
        return userId;
    }

    @Override
    public String toString() {
        return "ManagedUser[userId=" + userId + ", username=" + Masking.maskIdentifier(username)
                + ", email=" + maskedEmail() + ", phone=" + maskedPhone() + ", status=" + status + "]";
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s.strip();
    }
}
