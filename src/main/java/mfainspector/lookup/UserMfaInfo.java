package mfainspector.lookup;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import mfainspector.factor.FactorType;

/** {@code get-user-mfa-info}: per MFA type, whether the user has bound it. */
public record UserMfaInfo(Enablement totp, Enablement face, Enablement sms, Enablement email) {

    public UserMfaInfo {
        Objects.requireNonNull(totp, "totp");
        Objects.requireNonNull(face, "face");
        Objects.requireNonNull(sms, "sms");
        Objects.requireNonNull(email, "email");
    }

    /** The same, keyed by factor type in the order the factor table shows them. */
    public Map<FactorType, Enablement> byType() {
        Map<FactorType, Enablement> m = new LinkedHashMap<>();
        m.put(FactorType.SMS, sms);
        m.put(FactorType.EMAIL, email);
        m.put(FactorType.OTP, totp);
        m.put(FactorType.FACE, face);
        return m;
    }
}
