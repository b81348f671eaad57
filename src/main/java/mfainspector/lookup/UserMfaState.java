package mfainspector.lookup;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import mfainspector.factor.FactorType;

/**
 * What the management API knows of a user's MFA: per known type bound or not, the MFA phone and
 * email, the app-level policies. Factor ids and per-factor details are not part of it: only the
 * user's own sign-in lists those.
 */
public record UserMfaState(Map<FactorType, Enablement> bindings, MfaStatus status) {

    public UserMfaState {
        bindings = Map.copyOf(bindings);
        Objects.requireNonNull(status, "status");
    }

    /**
     * Combines both answers: {@code get-user-mfa-info} decides; where it said nothing,
     * {@code get-mfa-status} fills in (its TOTP and face switches, a bound MFA phone or email).
     */
    public static UserMfaState of(UserMfaInfo info, MfaStatus status) {
        Map<FactorType, Enablement> bindings = new LinkedHashMap<>(info.byType());
        bindings.replaceAll((type, said) -> said != Enablement.UNKNOWN ? said : fallback(type, status));
        return new UserMfaState(bindings, status);
    }

    private static Enablement fallback(FactorType type, MfaStatus status) {
        return switch (type.kind()) {
            case OTP -> status.totpMfaEnabled();
            case FACE -> status.faceMfaEnabled();
            case SMS -> status.mfaPhone().isEmpty() ? Enablement.UNKNOWN : Enablement.ENABLED;
            case EMAIL -> status.mfaEmail().isEmpty() ? Enablement.UNKNOWN : Enablement.ENABLED;
            case OTHER -> Enablement.UNKNOWN;
        };
    }

    /** The four known types in the factor table's order. */
    public static List<FactorType> knownTypes() {
        return List.of(FactorType.SMS, FactorType.EMAIL, FactorType.OTP, FactorType.FACE);
    }

    public Enablement binding(FactorType type) {
        return bindings.getOrDefault(type, Enablement.UNKNOWN);
    }

    /** The types reported as bound. */
    public Set<FactorType> boundTypes() {
        return bindings.entrySet().stream().filter(e -> e.getValue().isEnabled()).map(Map.Entry::getKey)
                .collect(Collectors.toUnmodifiableSet());
    }

    public List<ApplicationMfaPolicy> applicationMfa() {
        return status.applicationMfa();
    }
}
