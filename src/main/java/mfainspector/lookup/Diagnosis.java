package mfainspector.lookup;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import mfainspector.factor.FactorType;
import mfainspector.text.TimeText;

/**
 * Why a caller's MFA may fail, from what the look-up already holds: the account's health, its
 * activity timeline and its MFA state, at the moment {@code clock} gives. No UI, no HTTP: the same
 * inputs give the same findings, blockers first. Each finding is one sentence with what the agent
 * can do or tell the caller ({@link Finding#text}); when nothing stands out there is one
 * {@link Finding.Kind#NOTHING_FOUND}.
 */
public final class Diagnosis {

    /** This many failed sign-ins in a day suggest the account was locked for them. */
    static final int FAILED_SIGN_INS_FOR_LOCK = 3;
    static final Duration MFA_WINDOW = Duration.ofHours(1);
    static final Duration SIGN_IN_WINDOW = Duration.ofHours(24);

    private Diagnosis() {
    }

    /**
     * The findings, blockers first.
     *
     * @param health   the account's health (required)
     * @param timeline the activity, or null when it was not loaded (then no finding depends on it)
     * @param mfa      the MFA state, or null when it was not loaded
     * @param clock    now, and the zone times are written in
     */
    public static List<Finding> of(AccountHealth health, Timeline timeline, UserMfaState mfa, Clock clock) {
        Instant now = clock.instant();
        ZoneId zone = clock.getZone();
        List<Finding> out = new ArrayList<>();
        blocked(health, zone).ifPresent(out::add);
        if (timeline != null) {
            lockedAfterFailures(timeline, now, zone).ifPresent(out::add);
            out.addAll(mfaFailures(health, timeline, mfa, now, zone));
        }
        if (mfa != null) {
            noMfaButPolicy(mfa).ifPresent(out::add);
        }
        if (health.neverSignedIn()) {
            out.add(new Finding(Finding.Kind.NEVER_SIGNED_IN, Finding.Severity.WARNING, "never.signed.in", List.of()));
        }
        if (health.resetPasswordOnNextLogin().orElse(false)) {
            out.add(new Finding(Finding.Kind.MUST_RESET_PASSWORD, Finding.Severity.WARNING, "reset.password", List.of()));
        }
        if (health.emailVerified().map(v -> !v).orElse(false) && uses(FactorType.EMAIL, timeline, mfa)) {
            out.add(new Finding(Finding.Kind.EMAIL_NOT_VERIFIED, Finding.Severity.WARNING, "email.not.verified",
                    List.of(mfa == null ? "" : mfa.status().maskedMfaEmail())));
        }
        if (health.phoneVerified().map(v -> !v).orElse(false) && uses(FactorType.SMS, timeline, mfa)) {
            out.add(new Finding(Finding.Kind.PHONE_NOT_VERIFIED, Finding.Severity.WARNING, "phone.not.verified",
                    List.of(mfa == null ? "" : mfa.status().maskedMfaPhone())));
        }
        if (out.isEmpty()) {
            out.add(new Finding(Finding.Kind.NOTHING_FOUND, Finding.Severity.INFO, "nothing.found", List.of()));
        }
        out.sort(Comparator.comparing(Finding::severity));
        return List.copyOf(out);
    }

    private static Optional<Finding> blocked(AccountHealth h, ZoneId zone) {
        if (!h.status().blocksSignIn()) {
            return Optional.empty();
        }
        String key = "blocked." + h.status().name();
        return Optional.of(h.statusChangedAt()
                .map(t -> new Finding(Finding.Kind.ACCOUNT_BLOCKED, Finding.Severity.BLOCKER, key,
                        List.of(TimeText.dateTime(t, zone))))
                .orElseGet(() -> new Finding(Finding.Kind.ACCOUNT_BLOCKED, Finding.Severity.BLOCKER, key + ".noTime",
                        List.of())));
    }

    private static Optional<Finding> lockedAfterFailures(Timeline t, Instant now, ZoneId zone) {
        List<ActivityEvent> failed = t.failedSignInsSince(now.minus(SIGN_IN_WINDOW));
        if (failed.size() < FAILED_SIGN_INS_FOR_LOCK) {
            return Optional.empty();
        }
        return Optional.of(new Finding(Finding.Kind.LOCKED_AFTER_FAILED_SIGN_INS, Finding.Severity.WARNING,
                "locked.after.failures", List.of(failed.size(), TimeText.dateTime(failed.get(0).time(), zone))));
    }

    private static List<Finding> mfaFailures(AccountHealth h, Timeline t, UserMfaState mfa, Instant now, ZoneId zone) {
        Map<FactorType, List<ActivityEvent>> byFactor = t.failedMfaSince(now.minus(MFA_WINDOW)).stream()
                .collect(Collectors.groupingBy(e -> e.factor().orElse(new FactorType("UNKNOWN")), LinkedHashMap::new,
                        Collectors.toList()));
        Optional<Instant> lastOk = t.lastSuccessfulMfa().map(ActivityEvent::time).or(h::lastMfaTime);
        Object lastOkText = lastOk.<Object>map(x -> TimeText.dateTime(x, zone)).orElse(new Finding.Word("time.none"));
        List<Finding> out = new ArrayList<>();
        byFactor.forEach((factor, events) -> {
            String destination = switch (factor.kind()) {
                case SMS -> mfa == null ? "" : mfa.status().maskedMfaPhone();
                case EMAIL -> mfa == null ? "" : mfa.status().maskedMfaEmail();
                default -> "";
            };
            String kind = factor.kind().name();
            String key = "mfa.failures." + kind + (destination.isEmpty() && (kind.equals("SMS") || kind.equals("EMAIL"))
                    ? ".noDestination" : "");
            out.add(new Finding(Finding.Kind.MFA_FAILURES, Finding.Severity.WARNING, key, List.of(events.size(),
                    TimeText.dateTime(events.get(0).time(), zone), lastOkText, destination, factor.name())));
        });
        return out;
    }

    private static Optional<Finding> noMfaButPolicy(UserMfaState mfa) {
        boolean noneBound = mfa.boundTypes().isEmpty()
                && mfa.bindings().values().stream().allMatch(e -> e == Enablement.DISABLED);
        List<String> asked = mfa.applicationMfa().stream().filter(p -> p.status().isEnabled())
                .sorted(Comparator.comparingInt(ApplicationMfaPolicy::sort)).map(p -> p.mfaPolicy().name()).toList();
        if (!noneBound || asked.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Finding(Finding.Kind.NO_MFA_BUT_POLICY, Finding.Severity.BLOCKER, "no.mfa.but.policy",
                List.of(String.join(", ", asked))));
    }

    private static boolean uses(FactorType type, Timeline t, UserMfaState mfa) {
        return (mfa != null && mfa.binding(type).isEnabled()) || (t != null && t.mentions(type));
    }
}
