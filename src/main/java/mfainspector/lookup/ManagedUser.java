package mfainspector.lookup;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import mfainspector.factor.Masking;

/**
 * A user as the management API describes them. Text fields the answer lacked are empty strings,
 * times and counts it lacked are empty. {@link #toString()} shows masked values only.
 */
public record ManagedUser(String userId, String username, String name, String nickname, String email,
        String phone, String phoneCountryCode, String externalId, String status, Optional<Instant> lastLogin,
        Optional<Instant> lastMfaTime, OptionalInt loginsCount, Optional<Instant> createdAt) {

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

    /** The email masked, or empty when the user has none. */
    public String maskedEmail() {
        return email.isEmpty() ? "" : Masking.maskEmail(email);
    }

    /** The phone masked with its country code, or empty when the user has none. */
    public String maskedPhone() {
        return phone.isEmpty() ? "" : Masking.maskPhone(phoneCountryCode, phone);
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
