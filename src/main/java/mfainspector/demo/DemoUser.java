package mfainspector.demo;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import mfainspector.factor.Factor;
import mfainspector.factor.FactorType;

/**
 * A seeded account of the demo tenant. All share the password {@link DemoTenant#DEMO_PASSWORD}.
 *
 * @param scenario   one line saying what this account shows, e.g. "SMS and authenticator app"
 * @param signIn     what a sign-in with the right password gives
 * @param lastLogin  the last sign-in before the tenant started (sign-ins on the tenant count on)
 * @param loginsCount sign-ins before the tenant started
 */
public record DemoUser(String userId, String username, String name, String email, String phone,
        String phoneCountryCode, String externalId, List<Factor> factors, String scenario,
        SignInOutcome signIn, Instant createdAt, Instant lastLogin, int loginsCount) {

    /** What a sign-in with the right password leads to. */
    public enum SignInOutcome {
        /** Tokens come back. */
        SIGNS_IN,
        /** The account is locked: apiCode 2005. */
        LOCKED,
        /** Sign-in needs a second step this API does not run: apiCode 1636. */
        NEEDS_MFA_STEP,
        /** The account is suspended by an administrator: sign-in is refused with apiCode 2005. */
        SUSPENDED
    }

    public DemoUser {
        factors = List.copyOf(factors);
    }

    public String nickname() {
        int space = name.indexOf(' ');
        return space < 0 ? name : name.substring(0, space);
    }

    /** The account status as the management API names it. */
    public String status() {
        return signIn == SignInOutcome.LOCKED || signIn == SignInOutcome.SUSPENDED ? "Suspended" : "Activated";
    }

    public Optional<Factor> factor(FactorType type) {
        return factors.stream().filter(f -> f.type().equals(type)).findFirst();
    }

    public boolean has(FactorType type) {
        return factor(type).isPresent();
    }

    /** This user with another sign-in outcome (a suspension or a reactivation). */
    DemoUser withSignIn(SignInOutcome outcome) {
        return new DemoUser(userId, username, name, email, phone, phoneCountryCode, externalId, factors, scenario,
                outcome, createdAt, lastLogin, loginsCount);
    }

    /** This user with the factor of {@code type} replaced by {@code factor}, or removed when it is null. */
    DemoUser withFactor(FactorType type, Factor factor) {
        List<Factor> changed = new java.util.ArrayList<>(factors.stream().filter(f -> !f.type().equals(type)).toList());
        if (factor != null) {
            changed.add(factor);
        }
        return new DemoUser(userId, username, name, email, phone, phoneCountryCode, externalId, changed, scenario,
                signIn, createdAt, lastLogin, loginsCount);
    }

    /** The username only: short in test names and log lines, no contact details. */
    @Override
    public String toString() {
        return username;
    }
}
