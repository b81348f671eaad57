package mfainspector.lookup;

import java.util.List;
import java.util.Objects;
import mfainspector.factor.Masking;

/**
 * {@code get-mfa-status}: the phone and email bound for MFA (empty when none), the TOTP and face
 * switches, and the app-level MFA policies. {@link #toString()} masks the phone and email.
 */
public record MfaStatus(String mfaPhone, String mfaPhoneCountryCode, String mfaEmail, Enablement totpMfaEnabled,
        Enablement faceMfaEnabled, List<ApplicationMfaPolicy> applicationMfa) {

    public MfaStatus {
        mfaPhone = mfaPhone == null ? "" : mfaPhone.strip();
        mfaPhoneCountryCode = mfaPhoneCountryCode == null ? "" : mfaPhoneCountryCode.strip();
        mfaEmail = mfaEmail == null ? "" : mfaEmail.strip();
        Objects.requireNonNull(totpMfaEnabled, "totpMfaEnabled");
        Objects.requireNonNull(faceMfaEnabled, "faceMfaEnabled");
        applicationMfa = List.copyOf(applicationMfa);
    }

    /** The MFA phone masked with its country code, or empty. */
    public String maskedMfaPhone() {
        return mfaPhone.isEmpty() ? "" : Masking.maskPhone(mfaPhoneCountryCode, mfaPhone);
    }

    /** The MFA email masked, or empty. */
    public String maskedMfaEmail() {
        return mfaEmail.isEmpty() ? "" : Masking.maskEmail(mfaEmail);
    }

    @Override
    public String toString() {
        return "MfaStatus[mfaPhone=" + maskedMfaPhone() + ", mfaEmail=" + maskedMfaEmail() + ", totpMfaEnabled="
                + totpMfaEnabled + ", faceMfaEnabled=" + faceMfaEnabled + ", applicationMfa=" + applicationMfa + "]";
    }
}
