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

    /*
     * equals and hashCode are written out, with the same meaning as a record's own: the generated
     * ones go through method handles, which the image's C1-only JIT runs slowly, and a table
     * compares each row with the one its cell showed before each time it moves its cells (about 10
     * ms in the pulse that first showed a report's rows).
     */
    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof ReportRow r
                && userId.equals(r.userId) && username.equals(r.username) && email.equals(r.email)
                && phone.equals(r.phone) && phoneCountryCode.equals(r.phoneCountryCode) && status.equals(r.status)
                && lastLogin.equals(r.lastLogin) && Objects.equals(smsMfa, r.smsMfa)
                && Objects.equals(emailMfa, r.emailMfa) && Objects.equals(otpMfa, r.otpMfa)
                && Objects.equals(faceMfa, r.faceMfa) && category == r.category && reason.equals(r.reason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(userId, username, email, phone, phoneCountryCode, status, lastLogin, smsMfa, emailMfa,
                otpMfa, faceMfa, category, reason);
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
