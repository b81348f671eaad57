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
import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.Supplier;
import mfainspector.caller.CallerVerifier;
import mfainspector.caller.ReplayGuard;
import mfainspector.factor.FactorType;
import mfainspector.genauth.ManagementClient;
import mfainspector.lookup.CallerOutcome;
import mfainspector.lookup.CallerVerification;
import mfainspector.lookup.Identifier;
import mfainspector.lookup.LookupLog;
import mfainspector.lookup.LookupOutcome;
import mfainspector.lookup.UserIdType;
import mfainspector.ui.BannerModel;
import mfainspector.ui.TaskRunner;

/**
 * The case view of the user on the card: the diagnosis, and the activity timeline loaded in the
 * background for the chosen period (older pages on demand, failures only on request), and the
 * check of the caller (authenticator code where allowed and bound, else a manual checklist), each
 * check noted in the lookup log. The diagnosis is worked out from the card's data at once and
 * again when the timeline arrives. A new look-up, another profile or a failed look-up clears it
 * ({@link #clear()}). The code is wiped once checked; the user's secret stays in {@link CallerVerifier}.
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
    /** True after a load was stopped (Cancel, Esc) until the next one starts. */
    private final ReadOnlyBooleanWrapper stopped = new ReadOnlyBooleanWrapper();
    /** Runs the stopped load again: the first page, or the next older one. */
    private Runnable resume = () -> { };
    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    private final ObservableList<ActivityEvent> events = FXCollections.observableArrayList();
    private final BooleanBinding canLoadOlder;
    /**
     * A code that verified once is refused while it could still be valid, across windows and the
     * {@code verify-caller} command: they share the guard's file in the settings folder.
     */
    private final ReplayGuard guard;
    private final LookupLog log;
    private final ReadOnlyBooleanWrapper otpCheck = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<CallerResult> callerResult = new ReadOnlyObjectWrapper<>();

    /** How the last check of the caller ended, and when; for a manual check, the ways tried. */
    public record CallerResult(CallerOutcome outcome, Instant at, List<String> ways) {
        public CallerResult {
            ways = List.copyOf(ways);
        }

        public CallerResult(CallerOutcome outcome, Instant at) {
            this(outcome, at, List.of());
        }
    }

    private LookupTarget target;
    private Supplier<String> ticket = () -> "";
    private Runnable onLogged = () -> { };
    private Function<String, String> logProblem = String::valueOf;
    private long checkAttempt;

    private UserMfaState mfa;
    private ManagementApi api;

    // Helpdesk actions: the section's model, and the check of the caller it relies on.
    private final ActionsViewModel actions;
    private volatile CallerVerification noted;
    private CancelSignal inFlight;
    private long attempt;

    CaseViewModel(TaskRunner runner, BannerModel banner, Clock clock, LookupLog log) {
        this.runner = runner;
        this.log = log;
        this.guard = new ReplayGuard(clock, log.file().resolveSibling(ReplayGuard.FILE_NAME));
        this.banner = banner;
        this.clock = clock;
        this.canLoadOlder = Bindings.createBooleanBinding(() -> !loading.get() && timeline.get() != null
                && timeline.get().hasOlder(), loading, timeline);
        this.actions = new ActionsViewModel(runner, banner, log);
        period.addListener((obs, old, now) -> reload());
        failuresOnly.addListener((obs, old, now) -> reload());
    }

    /**
     * Shows the case of {@code u} (with the MFA state, when known) and loads the timeline through
     * {@code api}; checks of the caller go through the same client, their request ids collected
     * per check, and are noted with the ticket {@code ticketNow} gives.
     */
    void open(ManagedUser u, UserMfaState mfaState, ManagementApi managementApi, LookupTarget lookupTarget,
              Supplier<String> ticketNow) {
        stop();
        this.mfa = mfaState;
        this.api = managementApi;
        this.target = lookupTarget;
        this.ticket = ticketNow;
        checkAttempt++;
        checking.set(false);
        callerResult.set(null);
        otpCheck.set(lookupTarget != null && lookupTarget.callerOtp() && mfaState != null
                && mfaState.binding(FactorType.OTP).isEnabled());
        timeline.set(null);
        events.clear();
        user.set(u);
        actions.open(u, managementApi, lookupTarget, ticketNow.get());
        diagnose();
        reload();
    }

    /** The user and MFA state as read again after an action: health, diagnosis and timeline follow; the caller's check stays. */
    void showChanged(ManagedUser u, UserMfaState mfaState) {
        if (user.get() == null || !user.get().userId().equals(u.userId())) {
            return;
        }
        this.mfa = mfaState;
        user.set(u);
        actions.userChanged(u);
        diagnose();
        reload();
    }

    /** The "Actions" section's model. */
    public ActionsViewModel actions() {
        return actions;
    }

    /** Forgets the case and stops a load in flight. */
    void clear() {
        stop();
        checkAttempt++;
        checking.set(false);
        callerResult.set(null);
        otpCheck.set(false);
        target = null;
        api = null;
        mfa = null;
        actions.clear();
        timeline.set(null);
        events.clear();
        findings.clear();
        stopped.set(false);
        user.set(null);
    }

    /** Stops the load in flight; what was shown stays, and {@link #stoppedProperty()} says so. */
    public void cancel() {
        if (loading.get()) {
            stop();
            stopped.set(true);
        }
    }

    /** Runs the load that was stopped again. */
    public void resume() {
        if (stopped.get()) {
            resume.run();
        }
    }

    /** True when a load was stopped and none has run since. */
    public ReadOnlyBooleanProperty stoppedProperty() {
        return stopped.getReadOnlyProperty();
    }

    /** Loads the next older page of the timeline. */
    public void loadOlder() {
        Timeline t = timeline.get();
        if (t == null || !t.hasOlder() || loading.get() || api == null) {
            return;
        }
        ManagementApi a = api;
        resume = this::loadOlder;
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
        resume = this::reload;
        start(cancel -> new TimelineLoader(a, clock).load(u.userId(), p, only, cancel));
    }

    /**
     * Checks the code the caller read out, in the background, and notes the check in the lookup
     * log; {@code code} is wiped once the check is over (the caller of this method clears its field).
     */
    public void verifyCode(char[] code) {
        ManagedUser u = user.get();
        if (u == null || checking.get() || !otpCheck.get() || code == null || code.length == 0) {
            if (code != null) {
                Arrays.fill(code, '\0');
            }
            return;
        }
        LookupTarget t = target;
        List<String> ids = new CopyOnWriteArrayList<>();
        ManagementApi checks = api instanceof ManagementClient client ? client.reportingTo(ids::add) : api;
        String ticketNow = ticket.get();
        check(() -> {
            CallerOutcome outcome;
            LookupOutcome lookupOutcome = LookupOutcome.found();
            try {
                outcome = new CallerVerifier(checks, guard, clock).verify(UserIdType.USER_ID, u.userId(), code,
                        CancelSignal.none()).outcome();
            } catch (GenAuthException e) {
                e.requestId().ifPresent(ids::add);
                outcome = CallerOutcome.FAILED;
                lookupOutcome = LookupOutcome.failed(e.category());
            } finally {
                Arrays.fill(code, '\0');
            }
            note(t, u, lookupOutcome, ticketNow, ids, CallerVerification.otp(outcome));
            return outcome;
        }, List.of());
    }

    /**
     * Records a check made by the manual methods named (callback, manager, ...): they confirmed the
     * caller, or ({@code confirmed} false) they were tried and could not.
     */
    public void recordManual(List<String> methods, boolean confirmed) {
        ManagedUser u = user.get();
        if (u == null || checking.get() || methods.isEmpty()) {
            return;
        }
        LookupTarget t = target;
        String ticketNow = ticket.get();
        CallerVerification v = CallerVerification.manual(methods, confirmed);
        check(() -> {
            note(t, u, LookupOutcome.found(), ticketNow, List.of(), v);
            return v.outcome();
        }, v.ways());
    }

    private interface Check {
        CallerOutcome run() throws Exception;
    }

    private void check(Check work, List<String> ways) {
        long mine = ++checkAttempt;
        checking.set(true);
        runner.run(work::run, outcome -> {
            if (mine == checkAttempt) {
                checking.set(false);
                callerResult.set(new CallerResult(outcome, clock.instant(), ways));
                actions.setVerification(noted);
                onLogged.run();
            }
        }, failure -> {
            if (mine == checkAttempt) {
                checking.set(false);
                if (failure instanceof IOException e) {
                    banner.showMessage(() -> logProblem.apply(String.valueOf(e.getMessage())));
                } else {
                    callerResult.set(new CallerResult(CallerOutcome.FAILED, clock.instant()));
                }
            }
        });
    }

    /** How a failure to write the lookup log is worded for the banner. */
    void setLogProblem(Function<String, String> wording) {
        this.logProblem = wording;
    }

    /** Called on the UI thread after a check was noted in the log. */
    void setOnLogged(Runnable action) {
        this.onLogged = action;
    }

    private void note(LookupTarget t, ManagedUser u, LookupOutcome outcome, String ticketNow, List<String> ids,
                      CallerVerification v) throws IOException {
        noted = v;
        log.append(t == null ? "" : t.profileName(), Identifier.of(UserIdType.USER_ID, u.userId()), outcome, ticketNow,
                ids.stream().distinct().toList(), Optional.of(v));
    }

    /** True when the profile allows checks by authenticator code and the user has one bound. */
    public ReadOnlyBooleanProperty otpCheckProperty() {
        return otpCheck.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty checkingProperty() {
        return checking.getReadOnlyProperty();
    }

    /** The last check of the caller of the shown user; null when none yet. */
    public ReadOnlyObjectProperty<CallerResult> callerResultProperty() {
        return callerResult.getReadOnlyProperty();
    }

    private interface Load {
        Timeline run(CancelSignal cancel) throws GenAuthException;
    }

    private void start(Load load) {
        long mine = ++attempt;
        CancelSignal cancel = new CancelSignal();
        inFlight = cancel;
        stopped.set(false);
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
