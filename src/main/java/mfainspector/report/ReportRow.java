package mfainspector.report;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import mfainspector.factor.ContactDetails;
import mfainspector.factor.Masking;

/**
 * One user of a coverage report. Contact details are held as the server sent them (the scan
 * folder is owner-only); {@link #maskedEmail()} and {@link #maskedPhone()} are what a table or a
 * masked export shows, and {@link #toString()} shows masked values only.
 *
 * @param smsMfa whether SMS is bound as an MFA type (likewise email, OTP, face); null when unknown
 *               (the row is then {@link Category#UNKNOWN} unless a strong type is bound)
 * @param reason why the user's MFA state could not be read; empty unless {@link Category#UNKNOWN}
 */
public record ReportRow(String userId, String username, String email, String phone, String phoneCountryCode,
        String status, Optional<Instant> lastLogin, Boolean smsMfa, Boolean emailMfa, Boolean otpMfa, Boolean faceMfa,
        Category category, String reason) implements ContactDetails {

    public ReportRow {
        userId = orEmpty(userId);
        username = orEmpty(username);
        email = orEmpty(email);
        phone = orEmpty(phone);
        phoneCountryCode = orEmpty(phoneCountryCode);
        status = orEmpty(status);
        Objects.requireNonNull(lastLogin, "lastLogin");
        Objects.requireNonNull(category, "category");
        reason = orEmpty(reason);
    }

    @Override
    public String toString() {
        return "ReportRow[userId=" + userId + ", username=" + Masking.maskIdentifier(username) + ", email="
                + maskedEmail() + ", phone=" + maskedPhone() + ", category=" + category.wireName() + "]";
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s.strip();
    }
}
