package mfainspector.lookup;

import java.util.Objects;
import mfainspector.factor.FactorType;

/**
 * An app-level MFA policy from {@code get-mfa-status}: which MFA type, whether it is in force,
 * and its position in the app's order (0 when not sent).
 */
public record ApplicationMfaPolicy(FactorType mfaPolicy, Enablement status, int sort) {

    public ApplicationMfaPolicy {
        Objects.requireNonNull(mfaPolicy, "mfaPolicy");
        Objects.requireNonNull(status, "status");
    }
}
