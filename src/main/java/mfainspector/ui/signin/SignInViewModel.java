package mfainspector.ui.signin;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import mfainspector.factor.Factor;
import mfainspector.factor.FactorType;
import mfainspector.genauth.AccessTokens;
import mfainspector.genauth.AccountType;
import mfainspector.genauth.AppConnection;
import mfainspector.genauth.AuthenticationApi;
import mfainspector.genauth.CancelSignal;
import mfainspector.genauth.ErrorCategory;
import mfainspector.genauth.GenAuthException;
import mfainspector.genauth.Secret;
import mfainspector.genauth.Tokens;
import mfainspector.ui.ErrorMessages;
import mfainspector.ui.TaskRunner;

/**
 * Sign-in and fetch: one background task signs in (or takes a pasted access token), then lists the
 * enrolled factors and those still to enroll. Cancel aborts the HTTP calls and puts the window
 * back as it was. The password is cleared after every attempt; tokens live in memory only.
 */
public final class SignInViewModel {

    public enum State { IDLE, RUNNING, SHOWN, ERROR }

    private final TaskRunner runner;
    private final Supplier<AuthenticationApi> api;
    private final Supplier<Optional<AppConnection>> connection;
    private final Clock clock;

    private final ObjectProperty<AccountType> accountType = new SimpleObjectProperty<>(AccountType.ACCOUNT);
    private final StringProperty account = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final BooleanProperty useToken = new SimpleBooleanProperty();
    private final StringProperty pastedToken = new SimpleStringProperty("");

    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.IDLE);
    private final ReadOnlyObjectWrapper<FetchedFactors> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<GenAuthException> error = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding canSignIn;
    private final StringBinding missing;
    private final BooleanBinding running = Bindings.equal(State.RUNNING, state.getReadOnlyProperty());

    private CancelSignal inFlight;
    private State before = State.IDLE;
    private long attempt;
    /** The last attempt while Retry may repeat it (a transport or server fault); it holds the password until then. */
    private Work retryable;
    private Work lastStarted;

    /**
     * @param api         created lazily on the background thread, so the HTTP stack loads on first use
     * @param connection  the selected profile as a connection, empty while it is not valid
     * @param connectionValid whether the selected profile is complete and valid
     */
    public SignInViewModel(TaskRunner runner, Supplier<AuthenticationApi> api, Supplier<Optional<AppConnection>> connection,
                           ObservableBooleanValue connectionValid, Clock clock) {
        this.runner = runner;
        this.api = api;
        this.connection = connection;
        this.clock = clock;
        BooleanBinding credentials = Bindings.createBooleanBinding(
                () -> useToken.get() ? !pastedToken.get().isBlank() : !account.get().isBlank() && !password.get().isEmpty(),
                useToken, pastedToken, account, password);
        this.canSignIn = Bindings.createBooleanBinding(() -> connectionValid.get() && credentials.get() && !running.get(),
                connectionValid, credentials, running);
        // The connection's own fields say what they lack; this names what the sign-in form lacks.
        this.missing = Bindings.createStringBinding(() -> !connectionValid.get() || credentials.get() ? ""
                        : useToken.get() ? "token" : account.get().isBlank() ? "account" : "password",
                connectionValid, credentials, useToken, account);
    }

    /** Signs in with the entered credentials (or token) and fetches the factors. */
    public void signIn() {
        if (!canSignIn.get()) {
            return;
        }
        Optional<AppConnection> app = connection.get();
        if (app.isEmpty()) {
            return;
        }
        boolean token = useToken.get();
        AccountType type = accountType.get();
        String who = account.get().strip();
        Secret pass = Secret.of(password.get());
        String pasted = pastedToken.get();
        start(new Work(true, cancel -> {
            Tokens tokens = token ? new Tokens(normalized(pasted), null, null, null)
                    : api.get().signIn(app.get(), type, who, pass, cancel);
            return fetch(app.get(), tokens, token ? null : who, cancel);
        }));
    }

    /** Fetches again with the token in memory; an expired token asks to sign in again. */
    public void refresh() {
        FetchedFactors last = result.get();
        if (last == null || running.get()) {
            return;
        }
        start(new Work(false, cancel -> fetch(last.connection(), last.tokens(), last.account(), cancel)));
    }

    /**
     * Retry after a fault: repeats the failed attempt (the cleared password is kept in memory for
     * that alone until the next attempt, sign-out or cancel), else signs in with what is filled in.
     */
    public void retry() {
        Work again = retryable;
        if (again != null && !running.get()) {
            start(again);
        } else if (result.get() != null) {
            refresh();
        } else {
            signIn();
        }
    }

    /** Aborts the calls in flight and returns to the state before they started. */
    public void cancel() {
        if (!running.get()) {
            return;
        }
        attempt++;
        retryable = null;
        lastStarted = null;
        inFlight.cancel();
        inFlight = null;
        password.set("");
        state.set(before);
    }

    /** Drops the tokens and the results. */
    public void signOut() {
        cancel();
        retryable = null;
        result.set(null);
        error.set(null);
        state.set(State.IDLE);
    }

    private interface Call {
        FetchedFactors run(CancelSignal cancel) throws GenAuthException;
    }

    /**
     * One attempt. A sign-in ({@code signIn}) is about whoever the fields name now, so when it
     * fails the earlier user's result and tokens go: the screen must never show one user's
     * factors under another attempt's error. A refresh that fails keeps them (same user, same host).
     */
    private record Work(boolean signIn, Call call) {
    }

    private void start(Work work) {
        long mine = ++attempt;
        retryable = null;
        lastStarted = work;
        CancelSignal cancel = new CancelSignal();
        inFlight = cancel;
        before = state.get();
        error.set(null);
        state.set(State.RUNNING);
        runner.run(() -> work.call().run(cancel), fetched -> {
            if (mine == attempt) {
                finished(fetched, null);
            }
        }, failure -> {
            if (mine == attempt) {
                finished(null, failure);
            }
        });
    }

    /**
     * Both lists at once: neither needs the other, and over a real network that saves a round
     * trip. When the enrolled factors fail, the other call is aborted and that failure is reported;
     * Cancel aborts both. Either way no call outlives the fetch.
     */
    private FetchedFactors fetch(AppConnection app, Tokens tokens, String account, CancelSignal cancel) throws GenAuthException {
        AuthenticationApi client = api.get();
        Future<List<FactorType>> toEnroll = runner.fork(() -> client.listFactorsToEnroll(app, tokens.accessToken(), cancel));
        List<Factor> enrolled;
        try {
            enrolled = client.listEnrolledFactors(app, tokens.accessToken(), cancel);
        } catch (GenAuthException | RuntimeException e) {
            cancel.cancel();
            try {
                join(toEnroll);
            } catch (GenAuthException | RuntimeException ignored) {
                // Aborted on purpose: the first failure is the one to report.
            }
            throw e;
        }
        return new FetchedFactors(app, tokens, account, enrolled, join(toEnroll), clock.instant());
    }

    private static <T> T join(Future<T> call) throws GenAuthException {
        try {
            return call.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof GenAuthException g) {
                throw g;
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the factors to enroll", e);
        }
    }

    private void finished(FetchedFactors fetched, Exception failure) {
        inFlight = null;
        Work done = lastStarted;
        lastStarted = null;
        password.set("");
        if (fetched != null) {
            result.set(fetched);
            state.set(State.SHOWN);
            return;
        }
        if (!(failure instanceof GenAuthException e)) {
            state.set(before);
            Thread t = Thread.currentThread();
            t.getUncaughtExceptionHandler().uncaughtException(t, failure);
            return;
        }
        if (e.category() == ErrorCategory.NOT_SIGNED_IN || done != null && done.signIn()) {
            result.set(null);
        }
        retryable = ErrorMessages.retryable(e) ? done : null;
        error.set(e);
        state.set(State.ERROR);
    }

    private static Secret normalized(String pasted) throws GenAuthException {
        try {
            return AccessTokens.normalize(pasted);
        } catch (IllegalArgumentException e) {
            throw GenAuthException.builder(ErrorCategory.NOT_SIGNED_IN).detail("not a token").build();
        }
    }

    public ObjectProperty<AccountType> accountTypeProperty() {
        return accountType;
    }

    public StringProperty accountProperty() {
        return account;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public BooleanProperty useTokenProperty() {
        return useToken;
    }

    public StringProperty pastedTokenProperty() {
        return pastedToken;
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** The last fetch while signed in; null when signed out. */
    public ReadOnlyObjectProperty<FetchedFactors> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** The last failure, null after a success or when a new attempt starts. */
    public ReadOnlyObjectProperty<GenAuthException> errorProperty() {
        return error.getReadOnlyProperty();
    }

    public BooleanBinding canSignInProperty() {
        return canSignIn;
    }

    /**
     * What the sign-in form still needs before Sign in can run, once the connection is complete:
     * {@code account}, {@code password} or {@code token}; empty when nothing is missing.
     */
    public StringBinding missingProperty() {
        return missing;
    }

    public BooleanBinding runningProperty() {
        return running;
    }
}
