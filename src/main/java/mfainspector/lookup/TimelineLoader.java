package mfainspector.lookup;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import mfainspector.genauth.CancelSignal;
import mfainspector.genauth.GenAuthException;
import mfainspector.genauth.ManagementApi;

/**
 * Loads a user's {@link Timeline}: page 1 of {@code get-user-action-logs} and of
 * {@code get-user-login-history} for the period, and older pages on demand, at most
 * {@link #MAX_PAGES} pages of {@link #PAGE_SIZE} from each call. With failures only, the action log
 * is asked for failed events ({@code success: false}) and the login history, which lists
 * sign-ins only, is not asked. No UI: run it off the UI thread; every call may be cancelled.
 */
public final class TimelineLoader {

    public static final int PAGE_SIZE = 50;
    public static final int MAX_PAGES = 10;

    private final ManagementApi api;
    private final Clock clock;

    public TimelineLoader(ManagementApi api, Clock clock) {
        this.api = Objects.requireNonNull(api, "api");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The first page of each call for the period ending now. */
    public Timeline load(String userId, ActivityPeriod period, boolean failuresOnly, CancelSignal cancel)
            throws GenAuthException {
        Instant to = clock.instant();
        Instant from = to.minus(period.length());
        Timeline empty = new Timeline(userId, period, from, to, failuresOnly, List.of(), 0, true, List.of());
        return next(empty, cancel);
    }

    /** {@code timeline} with its next older page of each call added; itself when it has none. */
    public Timeline older(Timeline timeline, CancelSignal cancel) throws GenAuthException {
        return timeline.hasOlder() ? next(timeline, cancel) : timeline;
    }

    private Timeline next(Timeline t, CancelSignal cancel) throws GenAuthException {
        int page = t.pagesLoaded() + 1;
        List<String> ids = new ArrayList<>(t.requestIds());
        ActivityPage actions = api.getUserActionLogs(t.userId(), t.from(), t.to(), t.failuresOnly() ? Boolean.FALSE : null,
                page, PAGE_SIZE, cancel);
        addId(ids, actions.requestId());
        List<ActivityEvent> history = List.of();
        boolean moreHistory = false;
        if (!t.failuresOnly()) {
            ActivityPage h = api.getUserLoginHistory(t.userId(), t.from(), t.to(), page, PAGE_SIZE, cancel);
            addId(ids, h.requestId());
            history = h.events();
            moreHistory = !h.events().isEmpty() && h.totalCount() > page * PAGE_SIZE;
        }
        boolean moreActions = !actions.events().isEmpty() && actions.totalCount() > page * PAGE_SIZE;
        List<ActivityEvent> oldActions = t.events().stream().filter(e -> e.source() == ActivityEvent.Source.ACTION_LOG).toList();
        List<ActivityEvent> oldHistory = t.events().stream().filter(e -> e.source() == ActivityEvent.Source.LOGIN_HISTORY).toList();
        List<ActivityEvent> allActions = new ArrayList<>(oldActions);
        allActions.addAll(actions.events());
        List<ActivityEvent> allHistory = new ArrayList<>(oldHistory);
        allHistory.addAll(history);
        return new Timeline(t.userId(), t.period(), t.from(), t.to(), t.failuresOnly(),
                Timeline.merge(allActions, allHistory), page, (moreActions || moreHistory) && page < MAX_PAGES, ids);
    }

    private static void addId(List<String> ids, String id) {
        if (!id.isEmpty() && !ids.contains(id)) {
            ids.add(id);
        }
    }
}
