package mfainspector.lookup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;
import mfainspector.factor.FactorType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The findings for a table of cases: health, timeline and MFA state in, sentences out, in both languages. */
class DiagnosisTest {

    static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.ofHours(8));

    /** A case: what the look-up holds, built step by step. */
    static final class Case {
        String status = "Activated";
        Optional<Instant> statusChangedAt = Optional.empty();
        OptionalInt logins = OptionalInt.of(12);
        Optional<Boolean> emailVerified = Optional.of(true);
        Optional<Boolean> phoneVerified = Optional.of(true);
        Optional<Boolean> reset = Optional.of(false);
        Optional<Instant> lastMfa = Optional.empty();
        final List<ActivityEvent> events = new ArrayList<>();
        Enablement sms = Enablement.DISABLED;
        Enablement email = Enablement.DISABLED;
        Enablement otp = Enablement.ENABLED;
        boolean policy = true;
        boolean withTimeline = true;

        Case status(String s, Instant since) {
            status = s;
            statusChangedAt = Optional.ofNullable(since);
            return this;
        }

        Case event(Duration ago, String type, boolean ok, FactorType factor) {
            events.add(new ActivityEvent(NOW.minus(ago), type, ActivityKind.of(type), Optional.of(ok), "a", "Portal",
                    "203.0.113.***", "", "", "", "", "", "", "r", Optional.ofNullable(factor),
                    ActivityEvent.Source.ACTION_LOG));
            return this;
        }

        AccountHealth health() {
            return new ManagedUser("u1", "x", "", "", "x@example.com", "2025550101", "+1", "", status, Optional.empty(),
                    lastMfa, logins, Optional.empty(), statusChangedAt, "", "", Optional.empty(), emailVerified,
                    phoneVerified, reset).health();
        }

        Timeline timeline() {
            if (!withTimeline) {
                return null;
            }
            List<ActivityEvent> sorted = new ArrayList<>(events);
            sorted.sort(Timeline.NEWEST_FIRST);
            return new Timeline("u1", ActivityPeriod.WEEK, NOW.minus(Duration.ofDays(7)), NOW, false, sorted, 1, false,
                    List.of());
        }

        UserMfaState mfa() {
            List<ApplicationMfaPolicy> policies = policy
                    ? List.of(new ApplicationMfaPolicy(FactorType.OTP, Enablement.ENABLED, 2),
                            new ApplicationMfaPolicy(FactorType.SMS, Enablement.ENABLED, 1))
                    : List.of(new ApplicationMfaPolicy(FactorType.SMS, Enablement.DISABLED, 1));
            MfaStatus status = new MfaStatus(sms.isEnabled() ? "2025550101" : "", sms.isEnabled() ? "+1" : "",
                    email.isEnabled() ? "x@example.com" : "", otp, Enablement.DISABLED, policies);
            return UserMfaState.of(new UserMfaInfo(otp, Enablement.DISABLED, sms, email), status);
        }

        List<Finding> findings() {
            return Diagnosis.of(health(), timeline(), mfa(), CLOCK);
        }
    }

    static Stream<Arguments> cases() {
        Instant nov12 = Instant.parse("2026-11-12T01:00:00Z");
        return Stream.of(
                Arguments.of("all well", new Case().event(Duration.ofHours(3), "verifyMfa", true, FactorType.OTP),
                        List.of(Finding.Kind.NOTHING_FOUND), "Nothing unusual"),
                Arguments.of("suspended since 12 Nov", new Case().status("Suspended", nov12),
                        List.of(Finding.Kind.ACCOUNT_BLOCKED), "Suspended since 2026-11-12 09:00:00 GMT+8: sign-in is refused whatever the MFA"),
                Arguments.of("deactivated, time unknown", new Case().status("Deactivated", null),
                        List.of(Finding.Kind.ACCOUNT_BLOCKED), "Deactivated: sign-in is refused"),
                Arguments.of("resigned", new Case().status("Resigned", nov12), List.of(Finding.Kind.ACCOUNT_BLOCKED), "resigned since 2026-11-12"),
                Arguments.of("archived", new Case().status("Archived", nov12), List.of(Finding.Kind.ACCOUNT_BLOCKED), "Archived since"),
                Arguments.of("an unknown status blocks nothing", new Case().status("Frozen", nov12),
                        List.of(Finding.Kind.NOTHING_FOUND), "Nothing unusual"),
                Arguments.of("four OTP failures this hour", new Case()
                                .event(Duration.ofDays(2), "verifyMfa", true, FactorType.OTP)
                                .event(Duration.ofMinutes(50), "verifyMfa", false, FactorType.OTP)
                                .event(Duration.ofMinutes(30), "verifyMfa", false, FactorType.OTP)
                                .event(Duration.ofMinutes(20), "verifyMfa", false, FactorType.OTP)
                                .event(Duration.ofMinutes(5), "verifyMfa", false, FactorType.OTP)
                                .event(Duration.ofMinutes(70), "verifyMfa", false, FactorType.OTP),
                        List.of(Finding.Kind.MFA_FAILURES),
                        "4 failed authenticator-app verifications in the last hour, the last at 2026-11-30 19:55:00 GMT+8;"
                                + " last successful MFA: 2026-11-28 20:00:00 GMT+8"),
                Arguments.of("SMS failures say where codes go, masked", smsCase(),
                        List.of(Finding.Kind.MFA_FAILURES), "Codes go to +1 202****0101"),
                Arguments.of("no success ever", new Case().event(Duration.ofMinutes(5), "verifyMfa", false, FactorType.FACE),
                        List.of(Finding.Kind.MFA_FAILURES), "last successful MFA: none in this period"),
                Arguments.of("locked after failed sign-ins", lockedCase(),
                        List.of(Finding.Kind.ACCOUNT_BLOCKED, Finding.Kind.LOCKED_AFTER_FAILED_SIGN_INS),
                        "5 failed sign-ins in the last 24 hours"),
                Arguments.of("two failed sign-ins are no lock", new Case()
                                .event(Duration.ofHours(2), "login", false, null).event(Duration.ofHours(1), "login", false, null),
                        List.of(Finding.Kind.NOTHING_FOUND), "Nothing unusual"),
                Arguments.of("no MFA but the app asks for one", noMfaCase(true),
                        List.of(Finding.Kind.NO_MFA_BUT_POLICY), "the app asks for one (SMS, OTP)"),
                Arguments.of("no MFA and no policy", noMfaCase(false), List.of(Finding.Kind.NOTHING_FOUND), "Nothing"),
                Arguments.of("never signed in", neverCase(), List.of(Finding.Kind.NEVER_SIGNED_IN), "never signed in"),
                Arguments.of("must reset password", resetCase(), List.of(Finding.Kind.MUST_RESET_PASSWORD), "new password"),
                Arguments.of("email not verified, email MFA bound", emailCase(true),
                        List.of(Finding.Kind.EMAIL_NOT_VERIFIED), "x***@example.com is not verified"),
                Arguments.of("email not verified, email not used", emailCase(false),
                        List.of(Finding.Kind.NOTHING_FOUND), "Nothing"),
                Arguments.of("phone not verified, SMS used", phoneCase(),
                        List.of(Finding.Kind.PHONE_NOT_VERIFIED), "+1 202****0101 is not verified"),
                Arguments.of("timeline not loaded", notLoaded(), List.of(Finding.Kind.NOTHING_FOUND), "Nothing"));
    }

    private static Case smsCase() {
        Case c = new Case().event(Duration.ofMinutes(10), "verifyMfa", false, FactorType.SMS);
        c.sms = Enablement.ENABLED;
        return c;
    }

    private static Case lockedCase() {
        Case c = new Case().status("Suspended", NOW.minus(Duration.ofMinutes(100)));
        for (int i = 0; i < 5; i++) {
            c.event(Duration.ofMinutes(120 - 2L * i), "login", false, null);
        }
        return c;
    }

    private static Case noMfaCase(boolean policy) {
        Case c = new Case();
        c.otp = Enablement.DISABLED;
        c.policy = policy;
        return c;
    }

    private static Case neverCase() {
        Case c = new Case();
        c.logins = OptionalInt.of(0);
        return c;
    }

    private static Case resetCase() {
        Case c = new Case();
        c.reset = Optional.of(true);
        return c;
    }

    private static Case emailCase(boolean bound) {
        Case c = new Case();
        c.emailVerified = Optional.of(false);
        c.email = bound ? Enablement.ENABLED : Enablement.DISABLED;
        return c;
    }

    private static Case phoneCase() {
        Case c = new Case().event(Duration.ofDays(1), "verifyMfa", true, FactorType.SMS);
        c.phoneVerified = Optional.of(false);
        c.sms = Enablement.ENABLED;
        return c;
    }

    private static Case notLoaded() {
        Case c = new Case().event(Duration.ofMinutes(5), "verifyMfa", false, FactorType.OTP);
        c.withTimeline = false;
        return c;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void findingsOfEachCase(String name, Case c, List<Finding.Kind> kinds, String english) {
        List<Finding> findings = c.findings();

        assertThat(findings).extracting(Finding::kind).containsExactlyElementsOf(kinds);
        assertThat(findings.stream().map(f -> f.text(Locale.ENGLISH)).toList()).anySatisfy(t -> assertThat(t).contains(english));
        assertThat(findings).allSatisfy(f -> {
            String zh = f.text(Locale.SIMPLIFIED_CHINESE);
            assertThat(zh).isNotEqualTo(f.text(Locale.ENGLISH)).containsPattern("\\p{IsHan}");
            assertThat(zh).doesNotContain("{");
            assertThat(f.text(Locale.ENGLISH)).doesNotContain("{", "2025550101", "x@example.com");
        });
    }

    @Test
    void blockersComeFirst() {
        Case c = lockedCase();
        c.otp = Enablement.DISABLED;
        c.reset = Optional.of(true);

        List<Finding> findings = c.findings();

        assertThat(findings).extracting(Finding::severity).isSorted();
        assertThat(findings.get(0).severity()).isEqualTo(Finding.Severity.BLOCKER);
    }

    @Test
    void everyEnglishKeyHasAChineseText() {
        var en = Finding.bundle(Locale.ENGLISH);
        var zh = Finding.bundle(Locale.SIMPLIFIED_CHINESE);
        assertThat(en.keySet()).isNotEmpty();
        for (String key : en.keySet()) {
            assertThat(zh.getString(key)).as(key).isNotEqualTo(en.getString(key));
        }
    }
}
