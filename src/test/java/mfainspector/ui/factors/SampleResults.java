package mfainspector.ui.factors;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import mfainspector.factor.Factor;
import mfainspector.factor.FactorType;

/** Factors as the demo tenant's users have them: one of each known type and one unknown type. */
final class SampleResults {

    static final Instant FETCHED_AT = Instant.parse("2025-03-04T05:06:07Z");
    static final UserSummary CAROL = new UserSummary("Carol Chen", "carol@example.com", "+12025550103", "user-carol-0001");
    static final Factor SMS = new Factor("f-sms-01", FactorType.SMS, Map.of("phoneNumber", "2025550103", "phoneCountryCode", "+1"));
    static final Factor EMAIL = new Factor("f-email-02", FactorType.EMAIL, Map.of("email", "carol@example.com"));
    static final Factor OTP = new Factor("f-otp-03", FactorType.OTP, Map.of());
    static final Factor FACE = new Factor("f-face-04", FactorType.FACE, Map.of());
    static final Factor PASSKEY = new Factor("f-passkey-05", FactorType.of("PASSKEY"), Map.of());

    private SampleResults() {
    }

    /** In an order that is not the type order, to tell API order from sorted order. */
    static FactorsResult allTypes() {
        return new FactorsResult(CAROL, List.of(PASSKEY, OTP, SMS, FACE, EMAIL), List.of(), FETCHED_AT);
    }

    static FactorsResult noFactors() {
        return new FactorsResult(new UserSummary("Dave", "dave@example.com", "", "user-dave-0004"), List.of(),
                List.of(FactorType.SMS, FactorType.OTP), FETCHED_AT);
    }
}
