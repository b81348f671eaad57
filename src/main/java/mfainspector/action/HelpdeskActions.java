package mfainspector.action;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import mfainspector.factor.FactorType;
import mfainspector.factor.PhoneNumber;
import mfainspector.genauth.CancelSignal;
import mfainspector.genauth.ErrorCategory;
import mfainspector.genauth.GenAuthException;
import mfainspector.genauth.ManagementActions;
import mfainspector.genauth.ManagementActions.UnbindableFactor;
import mfainspector.genauth.ManagementApi;
import mfainspector.genauth.ManagementClient;
import mfainspector.lookup.AccountStatus;
import mfainspector.lookup.ActionNote;
import mfainspector.lookup.CallerOutcome;
import mfainspector.lookup.CallerVerification;
import mfainspector.lookup.Identifier;
import mfainspector.lookup.LookupLog;
import mfainspector.lookup.LookupOutcome;
import mfainspector.lookup.ManagedUser;
import mfainspector.lookup.UserIdType;

/**
 * The rules of the helpdesk actions, with no UI: the profile must allow actions; a ticket and a
 * reason are needed; the caller verified, or a justification given; the agent types the user's
 * username or email to confirm. The changing call is sent once per confirmation and never retried;
 * when its outcome is unknown the user is read again instead. Every attempt goes into the lookup
 * log, refused and cancelled ones included, and a line is written before the call is sent: if that
 * line cannot be written, nothing is sent. Blocking: call from a background thread.
 */
public final class HelpdeskActions {

    /** The method noted when the caller was not verified. */
    public static final String NOT_VERIFIED_METHOD = "none";
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final ManagementApi reads;
    private final ManagementActions changes;
    private final LookupLog log;
    private final String profile;
    private final boolean allowed;

    /**
     * @param reads   the look-up calls (the same client as {@code changes} as a rule)
     * @param profile the profile's name, for the log
     * @param allowed whether the profile allows actions
     */
    public HelpdeskActions(ManagementApi reads, ManagementActions changes, LookupLog log, String profile,
            boolean allowed) {
        this.reads = Objects.requireNonNull(reads, "reads");
        this.changes = Objects.requireNonNull(changes, "changes");
        this.log = Objects.requireNonNull(log, "log");
        this.profile = profile == null ? "" : profile;
        this.allowed = allowed;
    }

    /** What {@link #prepare} gives: a plan to confirm, or the attempt's end (refused or failed), already logged. */
    public record Prepared(Optional<ActionPlan> plan, Optional<ActionResult> ended) {
    }

    /**
     * Checks the rules that need no call, then reads the user's current state. A refusal or a
     * failed read ends the attempt here and is logged.
     */
    public Prepared prepare(ManagedUser user, ActionRequest request, CancelSignal cancel) {
        Objects.requireNonNull(user, "user");
        Optional<Refusal> refusal = rules(request);
        if (refusal.isPresent()) {
            return ended(logged(user, request, refused(refusal.get(), Optional.empty(), List.of())));
        }
        PhoneNumber phone = request.action() == HelpdeskAction.SET_MFA_PHONE ? PhoneNumber.parse(request.value()) : null;
        List<String> ids = new CopyOnWriteArrayList<>();
        UserState before;
        try {
            before = read(user.userId(), request.action(), ids, cancel);
        } catch (GenAuthException e) {
            e.requestId().ifPresent(ids::add);
            return ended(logged(user, request, new ActionResult(ActionResult.Outcome.FAILED, Optional.empty(),
                    Optional.of(e), Optional.empty(), Optional.empty(), ids, Optional.empty())));
        }
        Optional<Refusal> nothing = nothingToDo(request, before, phone);
        if (nothing.isPresent()) {
            return ended(logged(user, request, refused(nothing.get(), Optional.of(before), ids)));
        }
        return new Prepared(Optional.of(new ActionPlan(request, before, phone)), Optional.empty());
    }

    /**
     * Sends the action if {@code typed} confirms it and the plan was not settled yet; then reads
     * the user again. A plan already settled gives empty: nothing is sent twice.
     */
    public Optional<ActionResult> confirm(ActionPlan plan, String typed, CancelSignal cancel) {
        if (!plan.confirms(typed)) {
            // Does not settle the plan: the agent may type again.
            return Optional.of(logged(plan.user(), plan.request(),
                    refused(Refusal.CONFIRMATION_MISMATCH, Optional.of(plan.before()), List.of())));
        }
        if (!plan.settle()) {
            return Optional.empty();
        }
        ManagedUser user = plan.user();
        ActionRequest request = plan.request();
        try {
            write(user, request, "sending", plan.before().describe(plan.action()), "", List.of(), null);
        } catch (IOException | RuntimeException e) {
            // Nothing is sent that the log does not hold.
            return Optional.of(new ActionResult(ActionResult.Outcome.FAILED, Optional.empty(), Optional.empty(),
                    Optional.of(plan.before()), Optional.empty(), List.of(), Optional.of(String.valueOf(e.getMessage()))));
        }
        List<String> ids = new CopyOnWriteArrayList<>();
        ActionResult.Outcome outcome;
        Optional<GenAuthException> error = Optional.empty();
        try {
            String id = send(plan, cancel);
            if (!id.isEmpty()) {
                ids.add(id);
            }
            outcome = ActionResult.Outcome.SUCCEEDED;
        } catch (GenAuthException e) {
            e.requestId().ifPresent(ids::add);
            error = Optional.of(e);
            outcome = notSent(e) ? ActionResult.Outcome.FAILED : ActionResult.Outcome.UNKNOWN;
        }
        Optional<UserState> after = Optional.empty();
        if (outcome != ActionResult.Outcome.FAILED) {
            try {
                after = Optional.of(read(user.userId(), plan.action(), ids, CancelSignal.none()));
            } catch (GenAuthException e) {
                e.requestId().ifPresent(ids::add);
            }
        }
        return Optional.of(logged(user, request, new ActionResult(outcome, Optional.empty(), error,
                Optional.of(plan.before()), after, ids, Optional.empty())));
    }

    /** The agent cancelled at the confirmation: logged once; empty when the plan was already settled. */
    public Optional<ActionResult> cancel(ActionPlan plan) {
        if (!plan.settle()) {
            return Optional.empty();
        }
        return Optional.of(logged(plan.user(), plan.request(), new ActionResult(ActionResult.Outcome.CANCELLED,
                Optional.empty(), Optional.empty(), Optional.of(plan.before()), Optional.empty(), List.of(),
                Optional.empty())));
    }

    /** The first rule {@code request} breaks that needs no call, if any. */
    public Optional<Refusal> rules(ActionRequest request) {
        if (!allowed) {
            return Optional.of(Refusal.ACTIONS_OFF);
        }
        if (request.ticket().isEmpty()) {
            return Optional.of(Refusal.NO_TICKET);
        }
        if (request.reason().isEmpty()) {
            return Optional.of(Refusal.NO_REASON);
        }
        if (!request.callerVerified() && request.justification().isEmpty()) {
            return Optional.of(Refusal.NOT_VERIFIED);
        }
        if (request.action().needsValue() && request.value().isEmpty()) {
            return Optional.of(Refusal.NO_VALUE);
        }
        if (request.action() == HelpdeskAction.SET_MFA_PHONE && !validPhone(request.value())) {
            return Optional.of(Refusal.BAD_VALUE);
        }
        if (request.action() == HelpdeskAction.SET_MFA_EMAIL && !EMAIL.matcher(request.value()).matches()) {
            return Optional.of(Refusal.BAD_VALUE);
        }
        return Optional.empty();
    }

    /** An international number: {@code +}, a known country code, then 4 to 14 digits. */
    static boolean validPhone(String value) {
        String written = PhoneNumber.withoutSeparators(value);
        PhoneNumber p = PhoneNumber.parse(value);
        return written.startsWith("+") && !p.countryDigits().isEmpty() && p.national().matches("\\d{4,14}");
    }

    private static Optional<Refusal> nothingToDo(ActionRequest request, UserState s, PhoneNumber phone) {
        boolean nothing = switch (request.action()) {
            case SIGN_OUT -> s.signedInApps() != null && s.signedInApps().isEmpty();
            case SUSPEND -> s.status() == AccountStatus.SUSPENDED;
            case REACTIVATE -> s.status() == AccountStatus.ACTIVATED;
            case SET_MFA_PHONE -> phone.national().equals(s.mfa().status().mfaPhone())
                    && ("+" + phone.countryDigits()).equals(s.mfa().status().mfaPhoneCountryCode());
            case SET_MFA_EMAIL -> request.value().equalsIgnoreCase(s.mfa().status().mfaEmail());
            case TURN_OFF_OTP -> !s.bound(FactorType.OTP);
            case TURN_OFF_FACE -> !s.bound(FactorType.FACE);
        };
        return nothing ? Optional.of(Refusal.NOTHING_TO_DO) : Optional.empty();
    }

    private String send(ActionPlan plan, CancelSignal cancel) throws GenAuthException {
        String userId = plan.user().userId();
        return switch (plan.action()) {
            case SIGN_OUT -> changes.kickUsers(userId, plan.before().signedInApps().stream().map(LoggedInApp::appId)
                    .toList(), cancel);
            case SUSPEND -> changes.setUserStatus(userId, AccountStatus.SUSPENDED, cancel);
            case REACTIVATE -> changes.setUserStatus(userId, AccountStatus.ACTIVATED, cancel);
            case SET_MFA_PHONE -> changes.setMfaPhone(userId, plan.phone().national(), "+" + plan.phone().countryDigits(),
                    cancel);
            case SET_MFA_EMAIL -> changes.setMfaEmail(userId, plan.request().value(), cancel);
            case TURN_OFF_OTP -> changes.unbindMfa(userId, UnbindableFactor.OTP, cancel);
            case TURN_OFF_FACE -> changes.unbindMfa(userId, UnbindableFactor.FACE, cancel);
        };
    }

    /**
     * True when the call surely did not reach GenAuth or GenAuth surely did not act: it answered
     * with a refusal or a rate limit, or no connection was made at all. Anything else (a timeout,
     * a broken connection, a server fault, an unreadable answer) leaves the outcome unknown.
     */
    static boolean notSent(GenAuthException e) {
        ErrorCategory c = e.category();
        if (c.refusedByServer() || c == ErrorCategory.RATE_LIMITED || c == ErrorCategory.TLS_FAILURE) {
            return true;
        }
        Throwable cause = e.getCause();
        return c == ErrorCategory.NETWORK_UNREACHABLE && (cause instanceof ConnectException
                || cause instanceof UnknownHostException || cause instanceof NoRouteToHostException);
    }

    private UserState read(String userId, HelpdeskAction action, List<String> ids, CancelSignal cancel)
            throws GenAuthException {
        ManagementApi r = reads instanceof ManagementClient c ? c.reportingTo(ids::add) : reads;
        ManagedUser u = r.getUser(UserIdType.USER_ID, userId, cancel);
        var mfa = r.getMfaState(UserIdType.USER_ID, userId, cancel);
        List<LoggedInApp> apps = null;
        if (action == HelpdeskAction.SIGN_OUT) {
            ManagementActions a = changes instanceof ManagementClient c ? c.reportingTo(ids::add) : changes;
            apps = a.getUserLoggedInApps(userId, cancel);
        }
        return new UserState(u, mfa, apps);
    }

    private static Prepared ended(ActionResult r) {
        return new Prepared(Optional.empty(), Optional.of(r));
    }

    private static ActionResult refused(Refusal r, Optional<UserState> before, List<String> ids) {
        return new ActionResult(ActionResult.Outcome.REFUSED, Optional.of(r), Optional.empty(), before,
                Optional.empty(), ids, Optional.empty());
    }

    /** {@code r} noted in the log; a failure to write it is carried in the result. */
    private ActionResult logged(ManagedUser user, ActionRequest request, ActionResult r) {
        try {
            write(user, request, r.logWord(), r.before().map(s -> s.describe(request.action())).orElse(""),
                    r.after().map(s -> s.describe(request.action())).orElse(""), r.requestIds(),
                    r.error().map(GenAuthException::category).orElse(null));
            return r;
        } catch (IOException | RuntimeException e) {
            return r.withLogProblem(String.valueOf(e.getMessage()));
        }
    }

    private void write(ManagedUser user, ActionRequest request, String result, String before, String after,
            List<String> ids, ErrorCategory error) throws IOException {
        CallerVerification v = request.verification()
                .orElse(new CallerVerification(CallerOutcome.NOT_CONFIRMED, NOT_VERIFIED_METHOD));
        log.appendAction(profile, Identifier.of(UserIdType.USER_ID, user.userId()),
                error == null ? LookupOutcome.found() : LookupOutcome.failed(error), request.ticket(),
                ids.stream().distinct().toList(), Optional.of(v), new ActionNote(request.action().wireName(), result,
                        before, after, request.reason(), request.callerVerified() ? "" : request.justification()));
    }
}
