package mfainspector.ui.lookup;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import mfainspector.genauth.CancelSignal;
import mfainspector.genauth.ErrorCategory;
import mfainspector.genauth.GenAuthException;
import mfainspector.genauth.ManagementApi;
import mfainspector.genauth.ManagementCredentials;
import mfainspector.lookup.Identifier;
import mfainspector.lookup.IdentifierGuess;
import mfainspector.lookup.LookupLog;
import mfainspector.lookup.ManagedUser;
import mfainspector.lookup.TicketNumber;
import mfainspector.lookup.UserIdType;
import mfainspector.lookup.UserMfaState;
import mfainspector.ui.BannerModel;
import mfainspector.ui.I18n;
import mfainspector.ui.TaskRunner;

/**
 * The helpdesk look-up: one search box whose type is recognised (or chosen), a ticket number,
 * and a background look-up with Cancel. Shows one user's card and MFA state, or a pick list when
 * several users match. Every look-up is noted in the {@link LookupLog}; failures go to the banner
 * in the look-up's own words where the general sentence would mislead.
 */
public final class LookupViewModel {

    public enum State { IDLE, RUNNING, FOUND, MATCHES, ERROR }

    /** The banner's word set for look-up failures ({@code lookup.error.<CATEGORY>} in the bundle). */
    public static final String ERROR_CONTEXT = "lookup";

    private final I18n i18n;
    private final TaskRunner runner;
    private final ManagementClients clients;
    private final Supplier<Optional<LookupTarget>> target;
    private final LookupSearch search;
    private final BannerModel banner;

    private final StringProperty query = new SimpleStringProperty("");
    private final StringProperty ticket = new SimpleStringProperty("");
    private final ObjectProperty<UserIdType> chosenType = new SimpleObjectProperty<>();
    private final ObjectBinding<UserIdType> guessedType;
    private final BooleanProperty reveal = new SimpleBooleanProperty();
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.IDLE);
    private final ReadOnlyObjectWrapper<LookupResult> result = new ReadOnlyObjectWrapper<>();
    private final ObservableList<ManagedUser> matches = FXCollections.observableArrayList();
    private final ObservableList<MfaRow> mfaRows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<LookupResult> listBehind = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Instant> fetchedAt = new ReadOnlyObjectWrapper<>();
    private final Clock clock;
    private final BooleanBinding running = Bindings.equal(State.RUNNING, state.getReadOnlyProperty());
    private final BooleanBinding canLookUp;
    private final CaseViewModel caseView;

    private Consumer<String> onSignInAs = account -> { };
    private Runnable onLogged = () -> { };
    private Runnable lastAction;
    private CancelSignal inFlight;
    private State before = State.IDLE;
    private long attempt;
    /** The pick list and ticket of the look-up running now, and the ticket of the one shown. */
    private LookupResult pendingList;
    private String pendingTicket = "";
    private LookupTarget pendingTarget;
    private String shownTicket = "";

    /**
     * @param clients     makes the management client for a set of credentials (one is kept per profile and credentials)
     * @param target      the selected profile with its management credentials, empty while they are incomplete
     * @param targetReady whether {@code target} would give one
     */
    public LookupViewModel(I18n i18n, TaskRunner runner, Function<ManagementCredentials, ManagementApi> clients,
                           Supplier<Optional<LookupTarget>> target, ObservableBooleanValue targetReady, LookupLog log,
                           BannerModel banner) {
        this(i18n, runner, clients, target, targetReady, log, banner, Clock.systemDefaultZone());
    }

    /** As above; {@code clock} gives the time a result was fetched and the zone of the summary's local time. */
    public LookupViewModel(I18n i18n, TaskRunner runner, Function<ManagementCredentials, ManagementApi> clients,
                           Supplier<Optional<LookupTarget>> target, ObservableBooleanValue targetReady, LookupLog log,
                           BannerModel banner, Clock clock) {
        this.clock = clock;
        this.i18n = i18n;
        this.runner = runner;
        this.clients = new ManagementClients(clients);
        this.target = target;
        this.search = new LookupSearch(log);
        this.banner = banner;
        this.caseView = new CaseViewModel(runner, banner, clock, log);
        this.caseView.setOnLogged(() -> onLogged.run());
        this.caseView.setLogProblem(problem -> i18n.get("lookup.log.failed", problem));
        this.caseView.actions().setOnUserChanged(this::showChanged);
        this.caseView.actions().setLogProblem(problem -> i18n.get("action.log.failed", problem));
        this.guessedType = Bindings.createObjectBinding(() -> IdentifierGuess.guess(query.get()), query);
        this.canLookUp = Bindings.createBooleanBinding(() -> targetReady.get() && !query.get().isBlank() && !running.get(),
                targetReady, query, running);
    }

    /** Looks up what was typed as the chosen type, else as the recognised one; a username not found is searched as a keyword. */
    public void lookUp() {
        if (!canLookUp.get()) {
            return;
        }
        Identifier id = Identifier.of(effectiveType(), query.get());
        boolean keywordFallback = chosenType.get() == null && id.type() == UserIdType.USERNAME;
        String ticketNow = ticket.get();
        start(this::lookUp, null, ticketNow, (t, api, cancel) -> search.lookUp(t, api, id, keywordFallback, ticketNow, cancel));
    }

    /** Lists every user whose name, username, email, phone or external id contains what was typed. */
    public void search() {
        if (!canLookUp.get()) {
            return;
        }
        String keywords = query.get().strip();
        String ticketNow = ticket.get();
        start(this::search, null, ticketNow, (t, api, cancel) -> search.keywords(t, api, keywords, ticketNow, cancel));
    }

    /** Shows the card of one user from the pick list; {@link #backToResults} shows the list again. */
    public void pick(ManagedUser user) {
        if (user == null || running.get()) {
            return;
        }
        LookupResult shown = result.get();
        LookupResult list = shown != null && shown.user() == null ? shown : listBehind.get();
        String ticketNow = ticket.get();
        start(() -> pick(user), list, ticketNow, (t, api, cancel) -> search.picked(t, api, user, ticketNow, cancel));
    }

    /** Shows again the pick list the shown card was opened from, as it was: no new request, no log line. */
    public void backToResults() {
        LookupResult list = listBehind.get();
        if (list == null || running.get()) {
            return;
        }
        listBehind.set(null);
        caseView.clear();
        mfaRows.clear();
        matches.setAll(list.matches());
        result.set(list);
        state.set(State.MATCHES);
    }

    /**
     * The shown user as plain text for a ticket, masked whatever the Reveal toggle says; empty
     * when no user is shown.
     */
    public String summary() {
        LookupResult r = result.get();
        if (r == null || r.user() == null) {
            return "";
        }
        return LookupSummary.format(i18n, clock.getZone(), r.user(), mfaRows, fetchedAt.get(), shownTicket);
    }

    /** Runs the last look-up again (the banner's Retry). */
    public void retry() {
        if (lastAction != null) {
            lastAction.run();
        }
    }

    /** Aborts the calls in flight and puts back what was shown before. */
    public void cancel() {
        if (!running.get()) {
            return;
        }
        attempt++;
        inFlight.cancel();
        inFlight = null;
        state.set(before);
    }

    /** Forgets the shown user or pick list and stops a look-up in flight (another profile was chosen). */
    public void clear() {
        cancel();
        caseView.clear();
        matches.clear();
        mfaRows.clear();
        reveal.set(false);
        result.set(null);
        state.set(State.IDLE);
    }

    /** Switches to signing in as the shown user, with their email (else username) filled in. */
    public void signInAsShownUser() {
        LookupResult r = result.get();
        if (r != null && r.user() != null) {
            ManagedUser u = r.user();
            onSignInAs.accept(!u.email().isEmpty() ? u.email() : !u.username().isEmpty() ? u.username() : u.phone());
        }
    }

    private void start(Runnable again, LookupResult fromList, String ticketNow, LookupSearch.Work work) {
        Optional<LookupTarget> t = target.get();
        if (running.get() || t.isEmpty()) {
            return;
        }
        lastAction = again;
        pendingTarget = t.get();
        pendingList = fromList;
        pendingTicket = ticketNow;
        long mine = ++attempt;
        CancelSignal cancel = new CancelSignal();
        inFlight = cancel;
        before = state.get();
        banner.clear();
        state.set(State.RUNNING);
        runner.run(() -> work.run(t.get(), clients.forTarget(t.get()), cancel), done -> {
            if (mine == attempt) {
                finished(done);
            }
        }, failure -> {
            if (mine == attempt) {
                failed(failure);
            }
        });
    }

    private void finished(LookupSearch.Done done) {
        inFlight = null;
        onLogged.run();
        if (done.error() != null) {
            failed(done.error());
        } else {
            LookupResult r = done.result();
            reveal.set(false);
            fetchedAt.set(clock.instant().truncatedTo(ChronoUnit.SECONDS));
            shownTicket = TicketNumber.sanitize(pendingTicket);
            listBehind.set(r.user() != null ? pendingList : null);
            // The lists first: views re-draw when the result changes.
            matches.setAll(r.matches());
            mfaRows.setAll(r.mfa() == null ? List.of() : MfaRow.of(r.mfa()));
            if (r.user() != null) {
                LookupTarget shownTarget = pendingTarget;
                caseView.open(r.user(), r.mfa(), clients.forTarget(shownTarget), shownTarget,
                        () -> TicketNumber.sanitize(ticket.get()));
            } else {
                caseView.clear();
            }
            result.set(r);
            state.set(r.user() != null ? State.FOUND : State.MATCHES);
        }
        if (done.logProblem() != null) {
            banner.showMessage(() -> i18n.get("lookup.log.failed", done.logProblem()));
        }
    }

    /** The shown user as read again after a helpdesk action: the card and the case view show what changed. */
    private void showChanged(ManagedUser u, UserMfaState m) {
        LookupResult r = result.get();
        if (r == null || r.user() == null || !r.user().userId().equals(u.userId())) {
            return;
        }
        mfaRows.setAll(MfaRow.of(m));
        caseView.showChanged(u, m);
        result.set(new LookupResult(u, m, r.matches()));
        // Read again after an action: what is shown is as of now.
        fetchedAt.set(clock.instant().truncatedTo(ChronoUnit.SECONDS));
    }

    private void failed(Exception failure) {
        inFlight = null;
        if (!(failure instanceof GenAuthException e)) {
            state.set(before);
            Thread t = Thread.currentThread();
            t.getUncaughtExceptionHandler().uncaughtException(t, failure);
            return;
        }
        if (e.category() == ErrorCategory.CANCELLED) {
            state.set(before);
            return;
        }
        caseView.clear();
        matches.clear();
        mfaRows.clear();
        listBehind.set(null);
        result.set(null);
        state.set(State.ERROR);
        banner.showError(e, this::retry, ERROR_CONTEXT);
    }

    private UserIdType effectiveType() {
        return chosenType.get() != null ? chosenType.get() : guessedType.get();
    }

    public void setOnSignInAs(Consumer<String> action) {
        this.onSignInAs = action;
    }

    /** Called on the UI thread after each look-up was noted in the log (to refresh the log view). */
    public void setOnLogged(Runnable action) {
        this.onLogged = action;
    }

    /** The case view of the user on the card: diagnosis and activity timeline. */
    public CaseViewModel caseView() {
        return caseView;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public StringProperty ticketProperty() {
        return ticket;
    }

    /** The type the agent chose; null to use the recognised one. */
    public ObjectProperty<UserIdType> chosenTypeProperty() {
        return chosenType;
    }

    /** What the search box's text looks like. */
    public ObjectBinding<UserIdType> guessedTypeProperty() {
        return guessedType;
    }

    public BooleanProperty revealProperty() {
        return reveal;
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** The last shown user (with MFA state) or pick list; null after a failure. */
    public ReadOnlyObjectProperty<LookupResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ObservableList<ManagedUser> matches() {
        return matches;
    }

    public ObservableList<MfaRow> mfaRows() {
        return mfaRows;
    }

    /** The pick list the shown card was opened from; null when the card came from a look-up of its own. */
    public ReadOnlyObjectProperty<LookupResult> listBehindProperty() {
        return listBehind.getReadOnlyProperty();
    }

    /** When the shown result was fetched, to the second. */
    public ReadOnlyObjectProperty<Instant> fetchedAtProperty() {
        return fetchedAt.getReadOnlyProperty();
    }

    public BooleanBinding runningProperty() {
        return running;
    }

    public BooleanBinding canLookUpProperty() {
        return canLookUp;
    }
}
