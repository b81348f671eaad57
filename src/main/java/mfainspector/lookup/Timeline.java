package mfainspector.lookup;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import mfainspector.factor.FactorType;

/**
 * A user's activity over one period, newest first: the action log and the login history merged
 * into one list ({@link TimelineLoader} builds it and loads older pages). A sign-in that both
 * calls report shows once. Immutable: loading more gives a new timeline.
 *
 * @param userId       whose activity
 * @param period       how far back from {@code to}
 * @param from         the period's start
 * @param to           the period's end (when it was loaded)
 * @param failuresOnly true when only failed events were asked for
 * @param events       newest first
 * @param pagesLoaded  pages of each call loaded so far (1 after the first load)
 * @param hasOlder     true when the server has more pages and the bound ({@link TimelineLoader#MAX_PAGES}) allows them
 * @param requestIds   GenAuth's request ids of the calls made, for support and the lookup log
 */
public record Timeline(String userId, ActivityPeriod period, Instant from, Instant to, boolean failuresOnly,
        List<ActivityEvent> events, int pagesLoaded, boolean hasOlder, List<String> requestIds) {

    /** Newest first; at the same moment the action log's entry before the login history's. */
    static final Comparator<ActivityEvent> NEWEST_FIRST = Comparator.comparing(ActivityEvent::time).reversed()
            .thenComparing(ActivityEvent::source);

    public Timeline {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        events = List.copyOf(events);
        requestIds = List.copyOf(requestIds);
    }

    /** The failed events only, newest first. */
    public List<ActivityEvent> failures() {
        return events.stream().filter(ActivityEvent::failed).toList();
    }

    /** The events shown under a failures-only filter: {@link #failures()} when {@code only}, else all. */
    public List<ActivityEvent> shown(boolean only) {
        return only ? failures() : events;
    }

    /** MFA verifications that failed at or after {@code since}, newest first. */
    public List<ActivityEvent> failedMfaSince(Instant since) {
        return events.stream().filter(e -> e.kind() == ActivityKind.MFA_VERIFY && e.failed()
                && !e.time().isBefore(since)).toList();
    }

    /** Sign-ins that failed at or after {@code since}, newest first. */
    public List<ActivityEvent> failedSignInsSince(Instant since) {
        return events.stream().filter(e -> e.kind() == ActivityKind.SIGN_IN && e.failed()
                && !e.time().isBefore(since)).toList();
    }

    /** The newest successful MFA verification in the timeline. */
    public Optional<ActivityEvent> lastSuccessfulMfa() {
        return events.stream().filter(e -> e.kind() == ActivityKind.MFA_VERIFY && e.success().orElse(false))
                .findFirst();
    }

    /** True when some event concerns this MFA type. */
    public boolean mentions(FactorType type) {
        return events.stream().anyMatch(e -> e.factor().map(type::equals).orElse(false));
    }

    /**
     * Merges pages into a list, newest first, dropping a login-history entry that repeats a
     * sign-in of the action log (same app, within two seconds).
     */
    static List<ActivityEvent> merge(List<ActivityEvent> actionLog, List<ActivityEvent> loginHistory) {
        List<ActivityEvent> out = new ArrayList<>(actionLog);
        for (ActivityEvent h : loginHistory) {
            boolean repeated = actionLog.stream().anyMatch(a -> a.kind() == ActivityKind.SIGN_IN && a.succeeded()
                    && (a.appId().isEmpty() || h.appId().isEmpty() || a.appId().equals(h.appId()))
                    && Math.abs(a.time().toEpochMilli() - h.time().toEpochMilli()) <= 2000);
            if (!repeated) {
                out.add(h);
            }
        }
        out.sort(NEWEST_FIRST);
        return out;
    }
}
