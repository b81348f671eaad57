package mfainspector.factor;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
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

    /** Profile keys that name a device or credential (passkeys, security keys): shown as they are, not contact data. */
    private static final List<String> DEVICE_KEYS = List.of("credentialName", "deviceName", "displayName", "name");

    /**
     * The contact detail of this factor, masked; for a factor without phone or email (a passkey,
     * say) the name of its device or credential; else empty.
     */
    public String maskedDetail() {
        if (phoneNumber().isPresent()) {
            return Masking.maskPhone(phoneCountryCode().orElse(null), phoneNumber().get());
        }
        return email().map(Masking::maskEmail).orElseGet(this::deviceName);
    }

    /** The contact detail in clear, for an explicit reveal. */
    public String clearDetail() {
        if (phoneNumber().isPresent()) {
            String cc = phoneCountryCode().orElse("");
            return (cc.isEmpty() ? "" : cc + " ") + phoneNumber().get();
        }
        return email().orElseGet(this::deviceName);
    }

    private String deviceName() {
        return DEVICE_KEYS.stream().map(this::text).flatMap(Optional::stream).findFirst().orElse("");
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
