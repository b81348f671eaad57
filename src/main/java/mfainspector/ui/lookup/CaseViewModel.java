package mfainspector.ui.lookup;

import java.time.Clock;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import mfainspector.genauth.CancelSignal;
import mfainspector.genauth.ErrorCategory;
import mfainspector.genauth.GenAuthException;
import mfainspector.genauth.ManagementApi;
import mfainspector.lookup.ActivityEvent;
import mfainspector.lookup.ActivityPeriod;
import mfainspector.lookup.Diagnosis;
import mfainspector.lookup.Finding;
import mfainspector.lookup.ManagedUser;
import mfainspector.lookup.Timeline;
import mfainspector.lookup.TimelineLoader;
import mfainspector.lookup.UserMfaState;
import mfainspector.ui.BannerModel;
import mfainspector.ui.TaskRunner;

/**
 * The case view of the user on the card: the diagnosis, and the activity timeline loaded in the
 * background for the chosen period (older pages on demand, failures only on request). The
 * diagnosis is worked out from the card's data at once and again when the timeline arrives. A
 * new look-up, another profile or a failed look-up clears it ({@link #clear()}).
 */
public final class CaseViewModel {

    /** The banner's word set for timeline failures: the look-up's. */
    static final String ERROR_CONTEXT = LookupViewModel.ERROR_CONTEXT;

    private final TaskRunner runner;
    private final BannerModel banner;
    private final Clock clock;

    private final ObjectProperty<ActivityPeriod> period = new SimpleObjectProperty<>(ActivityPeriod.DEFAULT);
    private final BooleanProperty failuresOnly = new SimpleBooleanProperty();
    private final ReadOnlyObjectWrapper<ManagedUser> user = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Timeline> timeline = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    private final ObservableList<ActivityEvent> events = FXCollections.observableArrayList();
    private final BooleanBinding canLoadOlder;

    private UserMfaState mfa;
    private ManagementApi api;
    private CancelSignal inFlight;
    private long attempt;

    CaseViewModel(TaskRunner runner, BannerModel banner, Clock clock) {
        this.runner = runner;
        this.banner = banner;
        this.clock = clock;
        this.canLoadOlder = Bindings.createBooleanBinding(() -> !loading.get() && timeline.get() != null
                && timeline.get().hasOlder(), loading, timeline);
        period.addListener((obs, old, now) -> reload());
        failuresOnly.addListener((obs, old, now) -> reload());
    }

    /** Shows the case of {@code u} (with the MFA state, when known) and loads the timeline through {@code api}. */
    void open(ManagedUser u, UserMfaState mfaState, ManagementApi managementApi) {
        stop();
        this.mfa = mfaState;
        this.api = managementApi;
        timeline.set(null);
        events.clear();
        user.set(u);
        diagnose();
        reload();
    }

    /** Forgets the case and stops a load in flight. */
    void clear() {
        stop();
        api = null;
        mfa = null;
        timeline.set(null);
        events.clear();
        findings.clear();
        user.set(null);
    }

    /** Stops the load in flight; what was shown stays. */
    public void cancel() {
        if (loading.get()) {
            stop();
        }
    }

    /** Loads the next older page of the timeline. */
    public void loadOlder() {
        Timeline t = timeline.get();
        if (t == null || !t.hasOlder() || loading.get() || api == null) {
            return;
        }
        ManagementApi a = api;
        start(cancel -> new TimelineLoader(a, clock).older(t, cancel));
    }

    /** Loads the timeline again for the chosen period and filter. */
    public void reload() {
        ManagedUser u = user.get();
        if (u == null || api == null) {
            return;
        }
        stop();
        ManagementApi a = api;
        ActivityPeriod p = period.get();
        boolean only = failuresOnly.get();
        start(cancel -> new TimelineLoader(a, clock).load(u.userId(), p, only, cancel));
    }

    private interface Load {
        Timeline run(CancelSignal cancel) throws GenAuthException;
    }

    private void start(Load load) {
        long mine = ++attempt;
        CancelSignal cancel = new CancelSignal();
        inFlight = cancel;
        loading.set(true);
        runner.run(() -> load.run(cancel), t -> {
            if (mine == attempt) {
                inFlight = null;
                loading.set(false);
                timeline.set(t);
                events.setAll(t.shown(failuresOnly.get()));
                diagnose();
            }
        }, failure -> {
            if (mine == attempt) {
                inFlight = null;
                loading.set(false);
                if (failure instanceof GenAuthException e) {
                    if (e.category() != ErrorCategory.CANCELLED) {
                        banner.showError(e, this::reload, ERROR_CONTEXT);
                    }
                } else {
                    Thread th = Thread.currentThread();
                    th.getUncaughtExceptionHandler().uncaughtException(th, failure);
                }
            }
        });
    }

    private void stop() {
        attempt++;
        if (inFlight != null) {
            inFlight.cancel();
            inFlight = null;
        }
        loading.set(false);
    }

    private void diagnose() {
        ManagedUser u = user.get();
        if (u == null) {
            findings.clear();
            return;
        }
        List<Finding> f = Diagnosis.of(u.health(), timeline.get(), mfa, clock);
        findings.setAll(f);
    }

    public ObjectProperty<ActivityPeriod> periodProperty() {
        return period;
    }

    public BooleanProperty failuresOnlyProperty() {
        return failuresOnly;
    }

    /** The user whose case is shown; null when none. */
    public ReadOnlyObjectProperty<ManagedUser> userProperty() {
        return user.getReadOnlyProperty();
    }

    /** The loaded timeline; null until it arrived. */
    public ReadOnlyObjectProperty<Timeline> timelineProperty() {
        return timeline.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public BooleanBinding canLoadOlderProperty() {
        return canLoadOlder;
    }

    /** The findings, blockers first. */
    public ObservableList<Finding> findings() {
        return findings;
    }

    /** The timeline's events as listed (newest first). */
    public ObservableList<ActivityEvent> events() {
        return events;
    }
}
