package mfainspector.ui.connection;

import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import mfainspector.genauth.HostAddress;
import mfainspector.genauth.Lang;
import mfainspector.genauth.ManagementCredentials;
import mfainspector.genauth.Secret;
import mfainspector.settings.Profile;
import mfainspector.ui.I18n;
import mfainspector.ui.TaskRunner;

/**
 * The selected profile's management credentials for the helpdesk look-up: management host and
 * user pool id (plain settings) and the user pool secret (secret store only, under
 * {@link Profile#poolSecretKey()}). Optional: sign-in works without them, so they never make the
 * profile invalid; the look-up asks for them.
 */
public final class ManagementFields {

    private final I18n i18n;
    private final TaskRunner runner;
    private final SecretStoreModel secrets;
    private final Consumer<Exception> secretProblem;
    private final StringProperty host = new SimpleStringProperty(Profile.DEFAULT_MGMT_HOST);
    private final StringProperty userPoolId = new SimpleStringProperty("");
    private final StringProperty poolSecret = new SimpleStringProperty("");
    private final BooleanProperty callerOtp = new SimpleBooleanProperty();
    private final BooleanProperty allowsActions = new SimpleBooleanProperty();
    private final StringBinding hostError;
    private final StringBinding userPoolIdError;
    private final StringBinding poolSecretError;
    private final BooleanBinding complete;
    /** The secret as last read from or written to the store, to write only what changed. */
    private String storedSecret = "";
    private String shownId = "";

    ManagementFields(I18n i18n, TaskRunner runner, SecretStoreModel secrets, ObservableBooleanValue demo,
                     Consumer<Exception> secretProblem) {
        this.i18n = i18n;
        this.runner = runner;
        this.secrets = secrets;
        this.secretProblem = secretProblem;
        hostError = Bindings.createStringBinding(() -> demo.get() ? "" : host.get().isBlank()
                ? i18n.get("mgmt.host.required") : ProfileValidation.hostProblem(i18n, host.get()), demo, host, i18n.localeProperty());
        userPoolIdError = required(demo, userPoolId, "mgmt.poolid.required");
        poolSecretError = required(demo, poolSecret, "mgmt.secret.required");
        complete = Bindings.createBooleanBinding(() -> hostError.get().isEmpty() && userPoolIdError.get().isEmpty()
                && poolSecretError.get().isEmpty(), hostError, userPoolIdError, poolSecretError);
    }

    private StringBinding required(ObservableBooleanValue demo, StringProperty field, String key) {
        return Bindings.createStringBinding(() -> demo.get() || !field.get().isBlank() ? "" : i18n.get(key),
                demo, field, i18n.localeProperty());
    }

    /** Shows {@code p}'s fields and reads its pool secret in the background. */
    void show(Profile p) {
        shownId = p.id();
        host.set(p.mgmtHost());
        userPoolId.set(p.userPoolId());
        callerOtp.set(p.callerOtp());
        allowsActions.set(p.allowsActions());
        poolSecret.set("");
        storedSecret = "";
        if (!p.demo()) {
            readSecret(p);
        }
    }

    /** The demo tenant serves the management endpoints too, with its own user pool. */
    void showDemo(DemoLauncher.DemoConnection c) {
        host.set(c.host());
        userPoolId.set(c.userPoolId());
        poolSecret.set(c.userPoolSecret().reveal());
    }

    /** {@code p} with the plain fields as edited. */
    Profile applyTo(Profile p) {
        return p.withMgmtHost(host.get().strip()).withUserPoolId(userPoolId.get().strip()).withCallerOtp(callerOtp.get())
                .withAllowsActions(allowsActions.get());
    }

    /** Whether the pool secret differs from the one last read from or written to the secret store. */
    boolean secretEdited() {
        return !poolSecret.get().equals(storedSecret);
    }

    /** Writes a changed pool secret to the secret store (or deletes it when cleared). */
    void commitSecret(Profile p) {
        commitSecret(p, outcome -> { });
    }

    /** As above; {@code done} hears once the write is over (empty: written, else why not), and only when there was one. */
    void commitSecret(Profile p, Consumer<Optional<String>> done) {
        String secret = poolSecret.get();
        if (p.demo() || secret.equals(storedSecret)) {
            return;
        }
        storedSecret = secret;
        runner.run(() -> {
            if (secret.isEmpty()) {
                secrets.current().delete(p.poolSecretKey());
            } else {
                secrets.current().write(p.poolSecretKey(), Secret.of(secret));
            }
            return null;
        }, written -> done.accept(Optional.empty()), e -> {
            secretProblem.accept(e);
            done.accept(Optional.of(String.valueOf(e.getMessage())));
        });
    }

    /** After the secret store changed: the file store chosen by the person gets the secret, else it is read again. */
    void storeChanged(Profile p, boolean chosenByPerson) {
        if (chosenByPerson) {
            storedSecret = "";
            commitSecret(p);
        } else {
            readSecret(p);
        }
    }

    void delete(Profile p) {
        runner.run(() -> {
            secrets.current().delete(p.poolSecretKey());
            return null;
        }, done -> { }, secretProblem);
    }

    private void readSecret(Profile p) {
        runner.run(() -> secrets.current().read(p.poolSecretKey()), found -> {
            if (p.id().equals(shownId) && poolSecret.get().isEmpty()) {
                storedSecret = found.map(Secret::reveal).orElse("");
                poolSecret.set(storedSecret);
            }
        }, secretProblem);
    }

    /** The credentials as typed, when complete and valid. */
    public Optional<ManagementCredentials> credentials(Lang lang) {
        if (!complete.get()) {
            return Optional.empty();
        }
        return Optional.of(new ManagementCredentials(HostAddress.parse(host.get()), userPoolId.get(),
                Secret.of(poolSecret.get()), lang));
    }

    public StringProperty hostProperty() {
        return host;
    }

    public StringProperty userPoolIdProperty() {
        return userPoolId;
    }

    public StringProperty poolSecretProperty() {
        return poolSecret;
    }

    /**
     * Whether a caller may be checked by the code of their authenticator app: reads the user's OTP
     * secret, which needs that permission of the user pool. Off unless turned on; on for the demo.
     */
    public BooleanProperty callerOtpProperty() {
        return callerOtp;
    }

    /** Whether the case view offers the helpdesk actions that change a user (off unless turned on). */
    public BooleanProperty allowsActionsProperty() {
        return allowsActions;
    }

    public StringBinding hostErrorProperty() {
        return hostError;
    }

    public StringBinding userPoolIdErrorProperty() {
        return userPoolIdError;
    }

    public StringBinding poolSecretErrorProperty() {
        return poolSecretError;
    }

    /** Whether the three fields are filled in and the host is valid. */
    public BooleanBinding completeProperty() {
        return complete;
    }
}
