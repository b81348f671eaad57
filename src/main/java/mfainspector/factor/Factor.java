package mfainspector.factor;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One enrolled MFA factor. {@code profile} is kept as the API sent it (an open map): its
 * documented keys have typed accessors, anything else is still there for JSON/CSV output.
 */
public record Factor(String factorId, FactorType type, Map<String, Object> profile) {

    public Factor {
        factorId = factorId == null ? "" : factorId;
        Objects.requireNonNull(type, "type");
        profile = profile == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(profile));
    }

    public Optional<String> phoneNumber() {
        return text("phoneNumber");
    }

    public Optional<String> phoneCountryCode() {
        return text("phoneCountryCode");
    }

    public Optional<String> email() {
        return text("email");
    }

    /** The contact detail of this factor, masked, or empty when the profile has none. */
    public String maskedDetail() {
        if (phoneNumber().isPresent()) {
            return Masking.maskPhone(phoneCountryCode().orElse(null), phoneNumber().get());
        }
        return email().map(Masking::maskEmail).orElse("");
    }

    /** The contact detail in clear, for an explicit reveal. */
    public String clearDetail() {
        if (phoneNumber().isPresent()) {
            String cc = phoneCountryCode().orElse("");
            return (cc.isEmpty() ? "" : cc + " ") + phoneNumber().get();
        }
        return email().orElse("");
    }

    private Optional<String> text(String key) {
        Object v = profile.get(key);
        if (v == null) {
            return Optional.empty();
        }
        String s = v.toString().strip();
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    /** Personal data stays out of logs: only the id, the type and the masked detail. */
    @Override
    public String toString() {
        return "Factor[" + factorId + ", " + type + ", " + maskedDetail() + "]";
    }
}
