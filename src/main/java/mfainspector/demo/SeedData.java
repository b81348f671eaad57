package mfainspector.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import mfainspector.demo.DemoUser.SignInOutcome;
import mfainspector.factor.Factor;
import mfainspector.factor.FactorType;
import mfainspector.genauth.Secret;
import mfainspector.genauth.TokenAuthMethod;

/**
 * The fixed content of the demo tenant. Ids and secrets never change, so the README and a saved
 * demo profile stay valid across restarts; they only ever open a server on loopback.
 * Phone numbers are in the 555-0100..0199 range reserved for fiction, emails on example.com.
 */
final class SeedData {

    static final String USER_POOL_ID = "6650d3f2a1b4c5d6e7f80900";
    static final Secret USER_POOL_SECRET = Secret.of("5e8b1c4f7a2d9e0b3c6f8a1d4e7b0c92");

    static final List<DemoApp> APPS = List.of(
            new DemoApp("MFA Inspector demo", "6650d3f2a1b4c5d6e7f80911",
                    Secret.of("7f3c9a1e5b2d4f608a1c3e5f7b9d0e21"), TokenAuthMethod.CLIENT_SECRET_POST),
            new DemoApp("MFA Inspector demo (basic)", "6650d3f2a1b4c5d6e7f80922",
                    Secret.of("2b4d6f8a0c1e3a5c7e9b1d3f5a7c9e42"), TokenAuthMethod.CLIENT_SECRET_BASIC),
            new DemoApp("MFA Inspector demo (public)", "6650d3f2a1b4c5d6e7f80933",
                    Secret.empty(), TokenAuthMethod.NONE));

    private static final String USER_ID_PREFIX = "6651a7c3e9b20d4f6a8c1e";
    private static final Instant FIRST_CREATED = Instant.parse("2025-02-03T08:15:00Z");
    private static final Instant LAST_SEEN = Instant.parse("2026-01-12T09:30:00Z");

    static final List<DemoUser> USERS = List.of(
            user(1, "alice", "Alice Johnson", "SMS and authenticator app", SignInOutcome.SIGNS_IN,
                    FactorType.SMS, FactorType.OTP),
            user(2, "bob", "Bob Martinez", "Email only", SignInOutcome.SIGNS_IN, FactorType.EMAIL),
            user(3, "carol", "Carol Nguyen", "All four: SMS, email, authenticator app and face",
                    SignInOutcome.SIGNS_IN, FactorType.SMS, FactorType.EMAIL, FactorType.OTP, FactorType.FACE),
            user(4, "dave", "Dave Okafor", "No MFA factor enrolled", SignInOutcome.SIGNS_IN),
            user(5, "erin", "Erin Schmidt", "Authenticator app and a passkey (a type the app does not know)",
                    SignInOutcome.SIGNS_IN, FactorType.OTP, new FactorType("PASSKEY")),
            user(6, "frank", "Frank Rossi", "Locked account: sign-in fails with apiCode 2005",
                    SignInOutcome.LOCKED, FactorType.SMS),
            user(7, "grace", "Grace Kim", "Sign-in needs an extra MFA step: apiCode 1636",
                    SignInOutcome.NEEDS_MFA_STEP, FactorType.OTP),
            contractor(user(8, "heidi", "Heidi Lindqvist", "Suspended by an administrator 12 days ago: sign-in refused",
                    SignInOutcome.SUSPENDED, FactorType.SMS, FactorType.OTP)));

    private SeedData() {
    }

    /**
     * A contractor's account: a company address outside example.com, so that searches for
     * "example" keep listing the seven staff accounts.
     */
    private static DemoUser contractor(DemoUser u) {
        String email = u.username() + "@contractor.test";
        return new DemoUser(u.userId(), u.username(), u.name(), email, u.phone(), u.phoneCountryCode(), u.externalId(),
                u.factors().stream().map(f -> f.type().kind() == FactorType.Kind.EMAIL
                        ? new Factor(f.factorId(), f.type(), Map.of("email", email)) : f).toList(),
                u.scenario(), u.signIn(), u.createdAt(), u.lastLogin(), u.loginsCount());
    }

    private static DemoUser user(int n, String username, String name, String scenario, SignInOutcome signIn,
            FactorType... types) {
        String userId = USER_ID_PREFIX + String.format("%02x", n);
        String email = username + "@example.com";
        String phone = "202555010" + n;
        List<Factor> factors = new ArrayList<>();
        for (int i = 0; i < types.length; i++) {
            String factorId = "6652b8d4f0c3" + String.format("%012x", n * 16 + i);
            factors.add(new Factor(factorId, types[i], profile(types[i], name, email, phone)));
        }
        Instant created = FIRST_CREATED.plus(Duration.ofDays(9L * n)).plus(Duration.ofMinutes(37L * n));
        Instant lastLogin = LAST_SEEN.minus(Duration.ofHours(5L * n));
        return new DemoUser(userId, username, name, email, phone, "+1", "EMP-" + (1000 + n), factors,
                scenario, signIn, created, lastLogin, 3 + (11 * n) % 17);
    }

    /** Profiles as GenAuth documents them; OTP and FACE carry none, PASSKEY names its device. */
    private static Map<String, Object> profile(FactorType type, String name, String email, String phone) {
        return switch (type.kind()) {
            case SMS -> Map.of("phoneNumber", phone, "phoneCountryCode", "+1");
            case EMAIL -> Map.of("email", email);
            case OTP, FACE -> Map.of();
            case OTHER -> Map.of("credentialName", name.split(" ")[0] + "'s YubiKey 5C NFC",
                    "authenticatorAttachment", "cross-platform");
        };
    }
}
