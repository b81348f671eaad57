package mfainspector.ui.lookup;

import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import mfainspector.action.ActionPlan;
import mfainspector.action.ActionRequest;
import mfainspector.action.ActionResult;
import mfainspector.action.HelpdeskAction;
import mfainspector.action.HelpdeskActions;
import mfainspector.genauth.CancelSignal;
import mfainspector.genauth.ManagementActions;
import mfainspector.genauth.ManagementApi;
import mfainspector.lookup.CallerOutcome;
import mfainspector.lookup.CallerVerification;
import mfainspector.lookup.LookupLog;
import mfainspector.lookup.ManagedUser;
import mfainspector.lookup.UserMfaState;
import mfainspector.ui.BannerModel;
import mfainspector.ui.TaskRunner;

/**
 * The "Actions" section of the case view: the action chosen, its new value, the ticket (the
 * look-up's, editable), the reason, and the caller's check from the case view or a justification.
 * {@link #prepare()} reads the user and gives a {@link #planProperty() plan} for the confirmation;
 * {@link #confirm} sends it once; the {@link #resultProperty() result} holds before and after, and
 * the card is shown again with the user as read after the call. All rules live in
 * {@link HelpdeskActions}; every attempt is logged there.
 */
public final class ActionsViewModel {

    private final TaskRunner runner;
    private final BannerModel banner;
    private final LookupLog log;

    private final ObjectProperty<HelpdeskAction> action = new SimpleObjectProperty<>(HelpdeskAction.SIGN_OUT);
    private final StringProperty value = new SimpleStringProperty("");
    private final StringProperty ticket = new SimpleStringProperty("");
    private final StringProperty reason = new SimpleStringProperty("");
    private final StringProperty justification = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper allowed = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper profileName = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<CallerVerification> verification = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<ActionPlan> plan = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ActionResult> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<HelpdeskAction> lastAction = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding verified = Bindings.createBooleanBinding(() -> verification.get() != null
            && verification.get().outcome() == CallerOutcome.VERIFIED, verification);

    private ManagedUser user;
    private HelpdeskActions actions;
    private long attempt;
    private BiConsumer<ManagedUser, UserMfaState> onUserChanged = (u, m) -> { };
    private Function<String, String> logProblem = String::valueOf;

    ActionsViewModel(TaskRunner runner, BannerModel banner, LookupLog log) {
        this.runner = runner;
        this.banner = banner;
        this.log = log;
    }

    /** The user of a new case, through {@code api} (which must also make changes), for {@code target}'s profile. */
    void open(ManagedUser u, ManagementApi api, LookupTarget target, String lookupTicket) {
        cancelPending();
        attempt++;
        user = u;
        boolean on = target != null && target.allowsActions() && api instanceof ManagementActions;
        actions = api instanceof ManagementActions changes
                ? new HelpdeskActions(api, changes, log, target == null ? "" : target.profileName(), on) : null;
        allowed.set(on);
        profileName.set(target == null ? "" : target.profileName());
        ticket.set(lookupTicket == null ? "" : lookupTicket);
        value.set("");
        reason.set("");
        justification.set("");
        verification.set(null);
        busy.set(false);
        plan.set(null);
        result.set(null);
    }

    void clear() {
        cancelPending();
        attempt++;
        user = null;
        actions = null;
        allowed.set(false);
        busy.set(false);
        plan.set(null);
        result.set(null);
        verification.set(null);
    }

    /** A confirmation still open when the case changes is cancelled, and noted so. */
    private void cancelPending() {
        ActionPlan p = plan.get();
        if (p != null && !p.isSettled() && actions != null) {
            HelpdeskActions a = actions;
            runner.run(() -> a.cancel(p), r -> { }, this::unexpected);
        }
    }

    /** The user as read after an action: the case goes on with them (the caller's check is kept). */
    void userChanged(ManagedUser u) {
        user = u;
    }

    /** The last check of the caller in the case view. */
    void setVerification(CallerVerification v) {
        verification.set(v);
    }

    void setOnUserChanged(BiConsumer<ManagedUser, UserMfaState> action) {
        this.onUserChanged = action;
    }

    void setLogProblem(Function<String, String> wording) {
        this.logProblem = wording;
    }

    /** Checks the rules and reads the user's current state; a plan to confirm follows, or the refusal as result. */
    public void prepare() {
        if (user == null || actions == null || busy.get() || plan.get() != null) {
            return;
        }
        ActionRequest request = new ActionRequest(action.get(), value.get(), ticket.get(), reason.get(),
                Optional.ofNullable(verification.get()), justification.get());
        HelpdeskActions a = actions;
        ManagedUser u = user;
        long mine = ++attempt;
        busy.set(true);
        lastAction.set(request.action());
        result.set(null);
        runner.run(() -> a.prepare(u, request, CancelSignal.none()), prepared -> {
            if (mine == attempt) {
                busy.set(false);
                prepared.plan().ifPresent(plan::set);
                prepared.ended().ifPresent(this::ended);
            }
        }, this::unexpected);
    }

    /**
     * Sends the plan once {@code typed} is the user's username or email. A second call while the
     * first is under way, or after it, sends nothing.
     */
    public void confirm(String typed) {
        ActionPlan p = plan.get();
        if (p == null || busy.get() || actions == null || p.isSettled() || !p.confirms(typed)) {
            return;
        }
        HelpdeskActions a = actions;
        long mine = ++attempt;
        busy.set(true);
        runner.run(() -> a.confirm(p, typed, CancelSignal.none()), r -> {
            if (mine == attempt) {
                busy.set(false);
                r.ifPresent(this::ended);
            }
        }, this::unexpected);
    }

    /** The agent closed the confirmation without sending: noted in the log once. */
    public void cancelConfirmation() {
        ActionPlan p = plan.get();
        plan.set(null);
        if (p == null || p.isSettled() || actions == null) {
            return;
        }
        HelpdeskActions a = actions;
        runner.run(() -> a.cancel(p), r -> r.ifPresent(x -> {
            if (plan.get() == null) {
                result.set(x);
            }
        }), this::unexpected);
    }

    /** Forgets the confirmation after its result was shown. */
    public void closeConfirmation() {
        ActionPlan p = plan.get();
        if (p != null && !p.isSettled()) {
            cancelConfirmation();
        } else {
            plan.set(null);
        }
    }

    private void ended(ActionResult r) {
        result.set(r);
        r.logProblem().ifPresent(problem -> banner.showMessage(() -> logProblem.apply(problem)));
        r.after().ifPresent(s -> {
            user = s.user();
            onUserChanged.accept(s.user(), s.mfa());
        });
    }

    private void unexpected(Exception failure) {
        busy.set(false);
        Thread t = Thread.currentThread();
        t.getUncaughtExceptionHandler().uncaughtException(t, failure);
    }

    public ObjectProperty<HelpdeskAction> actionProperty() {
        return action;
    }

    public StringProperty valueProperty() {
        return value;
    }

    public StringProperty ticketProperty() {
        return ticket;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public StringProperty justificationProperty() {
        return justification;
    }

    /** Whether the shown profile allows actions. */
    public ReadOnlyBooleanProperty allowedProperty() {
        return allowed.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty profileNameProperty() {
        return profileName.getReadOnlyProperty();
    }

    /** The caller's last check in this case; null when none yet. */
    public ReadOnlyObjectProperty<CallerVerification> verificationProperty() {
        return verification.getReadOnlyProperty();
    }

    public BooleanBinding verifiedProperty() {
        return verified;
    }

    /** True while the user is read or the action is sent. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The action awaiting confirmation (and, once sent, the one whose result is shown); null when none. */
    public ReadOnlyObjectProperty<ActionPlan> planProperty() {
        return plan.getReadOnlyProperty();
    }

    /** The action of the last attempt; null before any. */
    public ReadOnlyObjectProperty<HelpdeskAction> lastActionProperty() {
        return lastAction.getReadOnlyProperty();
    }

    /** How the last attempt ended; null before any. */
    public ReadOnlyObjectProperty<ActionResult> resultProperty() {
        return result.getReadOnlyProperty();
    }
}
