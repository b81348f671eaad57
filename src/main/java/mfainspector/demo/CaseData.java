package mfainspector.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the demo tenant knows of its users beyond sign-in: the fixed OTP secrets (listed in the
 * README so that a person can compute codes with any authenticator app), the account-health
 * fields of {@code get-user}, and the activity seeded relative to the tenant's start, one story
 * per user: alice signs in normally, grace fails her MFA several times this hour, frank fails
 * his password until the account locks, dave never uses MFA, heidi was suspended, erin's phone
 * renews its token every half hour (more events than the timeline loads).
 */
final class CaseData {

    /** Base32 TOTP secrets (SHA-1, 30 s, 6 digits) of the users with an authenticator app bound. */
    static final Map<String, String> OTP_SECRETS = Map.of(
            "alice", "WOSUFEXH3ZMHCBOYR4B7OZ32TQTGZESV",
            "carol", "YLMBR2IZP5Z2HJ5LXSRLLMM665TMDO4V",
            "erin", "TXZCKOJNZM33C6N6SNG6GKS2FRUEEYJM",
            "grace", "QTC2FRPZ77STSEYFFOCSUK4CC2OTA3GD",
            "heidi", "X437AAUCO44URRJ45SRPPONL64HDTZOA");

    /** Addresses of the documentation ranges (RFC 5737), places and agents to vary the entries. */
    private static final String HOME_IP = "203.0.113.24";
    private static final String OFFICE_IP = "198.51.100.7";
    private static final String FOREIGN_IP = "192.0.2.201";

    private CaseData() {
    }

    /** The user's OTP secret, when they have one. */
    static Optional<String> otpSecret(DemoUser u) {
        return Optional.ofNullable(OTP_SECRETS.get(u.username()));
    }

    /** Whether the user's email is verified: bob's is not (he signs in with email codes all the same). */
    static boolean emailVerified(DemoUser u) {
        return !u.username().equals("bob");
    }

    /** Whether the next sign-in must set a new password: erin's must. */
    static boolean resetPasswordOnNextLogin(DemoUser u) {
        return u.username().equals("erin");
    }

    /** When the password was last set: some weeks after the account was created. */
    static Instant passwordLastSetAt(DemoUser u) {
        return u.createdAt().plus(Duration.ofDays(20));
    }

    /** The seeded activity of {@code u}, oldest first, relative to {@code now}. */
    static List<DemoEvent> history(DemoUser u, DemoApp app, Instant now) {
        List<DemoEvent> out = new ArrayList<>();
        String mfa = u.factors().isEmpty() ? null : u.factors().get(0).type().name();
        switch (u.username()) {
            case "frank" -> {
                for (int d = 6; d >= 1; d--) {
                    normalDay(out, app, now.minus(Duration.ofDays(d)).minus(Duration.ofHours(3)), mfa, OFFICE_IP);
                }
                Instant start = now.minus(Duration.ofHours(2));
                for (int i = 0; i < 5; i++) {
                    out.add(event(start.plus(Duration.ofMinutes(2L * i)), "login", false, app, FOREIGN_IP, null,
                            false));
                }
            }
            case "grace" -> {
                for (int d = 6; d >= 2; d--) {
                    normalDay(out, app, now.minus(Duration.ofDays(d)).minus(Duration.ofHours(1)), mfa, HOME_IP);
                }
                for (int m : new int[] {52, 37, 21, 6}) {
                    Instant t = now.minus(Duration.ofMinutes(m));
                    out.add(event(t, "login", true, app, HOME_IP, null, false));
                    out.add(event(t.plusSeconds(40), "verifyMfa", false, app, HOME_IP, "OTP", false));
                }
            }
            case "dave" -> {
                for (int d = 6; d >= 0; d--) {
                    out.add(event(now.minus(Duration.ofDays(d)).minus(Duration.ofHours(4)), "login", true, app,
                            OFFICE_IP, null, true));
                }
            }
            case "heidi" -> {
                for (int d = 25; d >= 13; d -= 3) {
                    normalDay(out, app, now.minus(Duration.ofDays(d)), mfa, OFFICE_IP);
                }
            }
            case "erin" -> {
                usualWeek(out, app, now, mfa);
                // Her phone's mail app renews its token every half hour: a month of that is more than
                // the timeline loads (TimelineLoader.MAX_PAGES pages), so "Load older" stops at the bound.
                for (Instant t = now.minus(Duration.ofDays(29)); t.isBefore(now); t = t.plus(Duration.ofMinutes(30))) {
                    out.add(event(t, "refreshUserTokenBySelf", true, app, HOME_IP, null, false));
                }
                out.sort(java.util.Comparator.comparing(DemoEvent::time));
            }
            default -> usualWeek(out, app, now, mfa);
        }
        out.removeIf(e -> e.time().isAfter(now));
        return out;
    }

    /** When the status last changed: frank's at his lock, heidi's at her suspension; others long ago. */
    static Instant statusChangedAt(DemoUser u, Instant now) {
        return switch (u.username()) {
            case "frank" -> now.minus(Duration.ofHours(2)).plus(Duration.ofMinutes(8));
            case "heidi" -> now.minus(Duration.ofDays(12));
            default -> u.createdAt();
        };
    }

    /** A sign-in weeks ago, and one a day this week. */
    private static void usualWeek(List<DemoEvent> out, DemoApp app, Instant now, String mfa) {
        normalDay(out, app, now.minus(Duration.ofDays(20)), mfa, HOME_IP);
        for (int d = 6; d >= 0; d--) {
            normalDay(out, app, now.minus(Duration.ofDays(d)).minus(Duration.ofHours(2)), mfa,
                    d % 2 == 0 ? OFFICE_IP : HOME_IP);
        }
    }

    /** A sign-in, then an MFA verification when the user has a factor. */
    private static void normalDay(List<DemoEvent> out, DemoApp app, Instant t, String mfa, String ip) {
        out.add(event(t, "login", true, app, ip, null, true));
        if (mfa != null) {
            out.add(event(t.plusSeconds(25), "verifyMfa", true, app, ip, mfa, false));
        }
    }

    static DemoEvent event(Instant t, String type, boolean success, DemoApp app, String ip, String factor,
            boolean inLoginHistory) {
        boolean foreign = FOREIGN_IP.equals(ip);
        return new DemoEvent(t, type, success, app.appId(), app.name(), ip,
                foreign ? "Lagos" : "Seattle", foreign ? "Lagos" : "Washington",
                foreign ? "Nigeria" : "United States", foreign ? "NG" : "US",
                foreign ? "Desktop" : "iPhone", foreign ? "Firefox 120" : "Mobile Safari 17", foreign ? "Linux" : "iOS 17",
                DemoTokens.randomHex(16), factor, inLoginHistory && success);
    }
}
