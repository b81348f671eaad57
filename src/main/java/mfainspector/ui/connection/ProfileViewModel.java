package mfainspector.ui.connection;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import mfainspector.genauth.AppConnection;
import mfainspector.genauth.HostAddress;
import mfainspector.genauth.Lang;
import mfainspector.genauth.Secret;
import mfainspector.genauth.TokenAuthMethod;
import mfainspector.settings.AppSettings;
import mfainspector.settings.Profile;
import mfainspector.settings.SecretStore;
import mfainspector.ui.BannerModel;
import mfainspector.ui.I18n;
import mfainspector.ui.SettingsKeeper;
import mfainspector.ui.TaskRunner;

/**
 * The connection profiles: picker, the selected profile's fields, their validation, and create /
 * rename / delete / switch / save. Plain fields go to the settings, the app secret only to the
 * secret store. The built-in demo profile starts the demo tenant and fills in its sample credentials.
 * Whether the edits are on disk is {@link #saveStateProperty()}; every edit a person makes counts
 * {@link #editsProperty()} up, so that the view can save a moment after the typing stops.
 */
public final class ProfileViewModel {

    public enum DemoState { OFF, STARTING, READY, FAILED }

    /** Whether the selected profile's edits are on disk: nothing to say, not yet, being written, written, failed. */
    public enum SaveState { CLEAN, UNSAVED, SAVING, SAVED, FAILED }

    private final I18n i18n;
    private final TaskRunner runner;
    private final SettingsKeeper settings;
    private final SecretStoreModel secrets;
    private final DemoLauncher demo;
    private final BannerModel banner;

    private final ObservableList<Profile> profiles = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Profile> selected = new ReadOnlyObjectWrapper<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty host = new SimpleStringProperty("");
    private final StringProperty appId = new SimpleStringProperty("");
    private final StringProperty appSecret = new SimpleStringProperty("");
    private final ObjectProperty<TokenAuthMethod> authMethod = new SimpleObjectProperty<>(TokenAuthMethod.CLIENT_SECRET_POST);
    private final ObjectProperty<Lang> lang = new SimpleObjectProperty<>(Lang.EN_US);
    private final ReadOnlyObjectWrapper<DemoState> demoState = new ReadOnlyObjectWrapper<>(DemoState.OFF);
    private final ReadOnlyObjectWrapper<SaveState> saveState = new ReadOnlyObjectWrapper<>(SaveState.CLEAN);
    private final ReadOnlyStringWrapper saveFailure = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper edits = new ReadOnlyIntegerWrapper();
    private final ProfileValidation validation;
    private final ManagementFields management;
    private final BooleanBinding demoSelected;
    private final BooleanBinding ready;

    /** The secret as last read from or written to the store, to write only what changed. */
    private String storedSecret = "";
    /** True while the app, not the person, fills in the fields. */
    private boolean showing;
    /** Writes started and not over yet, and why the last one that failed did. */
    private int pendingWrites;
    private String writeFailure;

    public ProfileViewModel(I18n i18n, TaskRunner runner, SettingsKeeper settings, SecretStoreModel secrets,
                            DemoLauncher demo, BannerModel banner) {
        this.i18n = i18n;
        this.runner = runner;
        this.settings = settings;
        this.secrets = secrets;
        this.demo = demo;
        this.banner = banner;
        this.demoSelected = Bindings.createBooleanBinding(() -> selected.get() != null && selected.get().demo(), selected);
        this.validation = new ProfileValidation(i18n, demoSelected, name, host, appId, appSecret, authMethod);
        this.management = new ManagementFields(i18n, runner, secrets, demoSelected, this::secretProblem);
        this.ready = Bindings.createBooleanBinding(() -> validation.validProperty().get()
                && (!demoSelected.get() || demoState.get() == DemoState.READY), validation.validProperty(), demoSelected, demoState);
        // The demo profile's message language follows the window's language.
        i18n.localeProperty().addListener((obs, old, now) -> {
            if (demoSelected.get()) {
                lang.set(Lang.forLocale(now));
            }
        });
        secrets.restoreChoice(AppSettings.SECRETS_IN_FILE.equals(settings.current().secretFallback()));
        secrets.fileChosenProperty().addListener((obs, old, file) ->
                settings.saveSecretFallback(file ? AppSettings.SECRETS_IN_FILE : AppSettings.SECRETS_IN_SESSION));
        secrets.storeProperty().addListener((obs, old, now) -> storeChanged(old, now, secrets.lastChangeByPerson()));
        name.addListener((obs, old, now) -> changedByPerson(ProfileValidation.Field.NAME));
        host.addListener((obs, old, now) -> changedByPerson(ProfileValidation.Field.HOST));
        appId.addListener((obs, old, now) -> changedByPerson(ProfileValidation.Field.APP_ID));
        appSecret.addListener((obs, old, now) -> changedByPerson(ProfileValidation.Field.SECRET));
        authMethod.addListener((obs, old, now) -> changedByPerson(ProfileValidation.Field.SECRET));
        lang.addListener((obs, old, now) -> changedByPerson(null));
        management.hostProperty().addListener((obs, old, now) -> changedByPerson(null));
        management.userPoolIdProperty().addListener((obs, old, now) -> changedByPerson(null));
        management.poolSecretProperty().addListener((obs, old, now) -> changedByPerson(null));
        management.callerOtpProperty().addListener((obs, old, now) -> changedByPerson(null));
        management.allowsActionsProperty().addListener((obs, old, now) -> changedByPerson(null));
    }

    /** A field changed: if the person did it, its message shows from now on and the edit is unsaved. */
    private void changedByPerson(ProfileValidation.Field field) {
        Profile p = selected.get();
        if (showing || p == null || p.demo()) {
            return;
        }
        if (field != null) {
            validation.touch(field);
        }
        if (unsaved()) {
            saveState.set(SaveState.UNSAVED);
            edits.set(edits.get() + 1);
        } else if (saveState.get() == SaveState.UNSAVED) {
            saveState.set(SaveState.CLEAN);
        }
    }

    /** Whether the fields hold something that was not handed to the settings or the secret store yet. */
    private boolean unsaved() {
        Profile p = selected.get();
        return p != null && !p.demo()
                && (!edited(p).equals(p) || !appSecret.get().equals(storedSecret) || management.secretEdited());
    }

    private Profile edited(Profile p) {
        return management.applyTo(p.withName(name.get().strip()).withHost(host.get().strip())
                .withAppId(appId.get().strip()).withAuthMethod(authMethod.get()).withLang(lang.get()));
    }

    /** Fills the picker from the saved settings and selects the saved profile, or the demo one. */
    public void load() {
        List<Profile> saved = settings.current().profiles() == null ? List.of() : settings.current().profiles();
        profiles.setAll(demoProfile());
        saved.stream().filter(p -> !p.demo()).forEach(profiles::add);
        String id = settings.current().selectedProfileId();
        Profile first = profiles.stream().filter(p -> p.id().equals(id)).findFirst().orElse(profiles.get(0));
        show(first);
    }

    /** Saves the current edits, then switches to {@code p}. */
    public void select(Profile p) {
        if (p == null || p.equals(selected.get())) {
            return;
        }
        commit();
        show(p);
        persistList();
    }

    public void create(String newName) {
        commit();
        Profile p = Profile.blank(newName.strip(), Lang.forLocale(i18n.locale()));
        profiles.add(p);
        show(p);
        persistList();
    }

    /** Renames the selected profile (the demo profile keeps its name). */
    public void rename(String newName) {
        if (!demoSelected.get() && !newName.isBlank()) {
            name.set(newName.strip());
            commit();
        }
    }

    /** Deletes the selected profile and its stored secret, then selects the demo profile. */
    public void deleteSelected() {
        Profile p = selected.get();
        if (p == null || p.demo()) {
            return;
        }
        profiles.remove(p);
        runner.run(() -> {
            secrets.current().delete(p.appSecretKey());
            return null;
        }, done -> { }, this::secretProblem);
        management.delete(p);
        show(profiles.get(0));
        persistList();
    }

    /**
     * The person asked to save (Save, its shortcut): every field's message shows, and the profile
     * is written even when nothing changed, so a save that failed before is tried again.
     */
    public void save() {
        validation.touchAll();
        commit(true);
    }

    /** Writes the selected profile's fields to the settings and a changed secret to the secret store. */
    public void commit() {
        commit(false);
    }

    private void commit(boolean always) {
        Profile p = selected.get();
        if (p == null || p.demo()) {
            return;
        }
        writeFailure = null;
        Profile edited = edited(p);
        if (!edited.equals(p)) {
            profiles.set(profiles.indexOf(p), edited);
            selected.set(edited);
        }
        if (always || !edited.equals(p)) {
            persistList();
        }
        String secret = appSecret.get();
        if (!secret.equals(storedSecret)) {
            storedSecret = secret;
            Consumer<Optional<String>> done = writeStarted();
            runner.run(() -> {
                if (secret.isEmpty()) {
                    secrets.current().delete(edited.appSecretKey());
                } else {
                    secrets.current().write(edited.appSecretKey(), Secret.of(secret));
                }
                return null;
            }, written -> done.accept(Optional.empty()), e -> {
                secretProblem(e);
                done.accept(Optional.of(String.valueOf(e.getMessage())));
            });
        }
        if (management.secretEdited()) {
            management.commitSecret(edited, writeStarted());
        }
    }

    /** Counts a write in: the state says Saving until every write is over, then Saved or why not. */
    private Consumer<Optional<String>> writeStarted() {
        pendingWrites++;
        saveState.set(SaveState.SAVING);
        return outcome -> {
            pendingWrites--;
            outcome.ifPresent(why -> writeFailure = why);
            if (pendingWrites > 0) {
                return;
            }
            if (writeFailure != null) {
                saveFailure.set(writeFailure);
                saveState.set(SaveState.FAILED);
            } else {
                saveState.set(unsaved() ? SaveState.UNSAVED : SaveState.SAVED);
            }
        };
    }

    /** The selected profile as a connection, when it is valid. */
    public Optional<AppConnection> connection() {
        if (!ready.get()) {
            return Optional.empty();
        }
        return Optional.of(new AppConnection(HostAddress.parse(host.get()), appId.get(), Secret.of(appSecret.get()),
                authMethod.get(), lang.get()));
    }

    private void show(Profile p) {
        showing = true;
        selected.set(p);
        name.set(p.demo() ? i18n.get("connection.demo.name") : p.name());
        host.set(p.host());
        appId.set(p.appId());
        appSecret.set("");
        storedSecret = "";
        authMethod.set(p.authMethod());
        lang.set(p.demo() ? Lang.forLocale(i18n.locale()) : p.lang());
        management.show(p);
        showing = false;
        validation.untouchAll();
        if (pendingWrites == 0) {
            saveState.set(SaveState.CLEAN);
        }
        if (p.demo()) {
            startDemo();
        } else {
            readSecret(p);
        }
    }

    private void startDemo() {
        demoState.set(DemoState.STARTING);
        CompletableFuture<DemoLauncher.DemoConnection> early = demo.startedEarly();
        if (early != null && !early.isCompletedExceptionally()) {
            // Started while the window was built: its values are filled in as soon as it is up, in the
            // window's first frame when it is up by then, not after the queue of start-up work.
            early.whenComplete((c, e) -> runner.uiThread().execute(() -> {
                if (e == null) {
                    demoStarted(c);
                } else {
                    startDemoInBackground();
                }
            }));
        } else {
            startDemoInBackground();
        }
    }

    private void startDemoInBackground() {
        runner.run(demo::start, this::demoStarted, e -> {
            demoState.set(DemoState.FAILED);
            banner.showMessage(() -> i18n.get("connection.demo.failed", String.valueOf(e.getMessage())));
        });
    }

    private void demoStarted(DemoLauncher.DemoConnection c) {
        if (demoSelected.get()) {
            host.set(c.host());
            appId.set(c.appId());
            appSecret.set(c.appSecret().reveal());
            authMethod.set(c.method());
            management.showDemo(c);
        }
        demoState.set(DemoState.READY);
    }

    private void readSecret(Profile p) {
        runner.run(() -> secrets.current().read(p.appSecretKey()), found -> {
            if (p.id().equals(selected.get().id()) && appSecret.get().isEmpty()) {
                storedSecret = found.map(Secret::reveal).orElse("");
                showing = true;
                appSecret.set(storedSecret);
                showing = false;
            }
        }, this::secretProblem);
    }

    /**
     * A store found at start is read. A store the person chose takes over every saved secret from
     * the old one, which keeps none: choosing "this session only" leaves no secret in the file.
     */
    private void storeChanged(SecretStore old, SecretStore now, boolean chosenByPerson) {
        Profile p = selected.get();
        boolean own = p != null && !p.demo();
        if (!chosenByPerson) {
            if (own) {
                readSecret(p);
                management.storeChanged(p, false);
            }
            return;
        }
        List<String> keys = profiles.stream().filter(q -> !q.demo())
                .flatMap(q -> Stream.of(q.appSecretKey(), q.poolSecretKey())).toList();
        String editing = own ? appSecret.get() : "";
        storedSecret = editing;
        runner.run(() -> {
            for (String key : keys) {
                Optional<Secret> kept = old.read(key);
                if (kept.isPresent()) {
                    now.write(key, kept.get());
                    old.delete(key);
                }
            }
            if (!editing.isEmpty()) {
                now.write(p.appSecretKey(), Secret.of(editing));
            }
            return null;
        }, moved -> {
            if (own) {
                management.storeChanged(p, true); // after the move, so the edited pool secret is written last
            }
        }, this::secretProblem);
    }

    private void persistList() {
        List<Profile> own = profiles.stream().filter(p -> !p.demo()).toList();
        settings.saveProfiles(own, selected.get() == null ? Profile.DEMO_ID : selected.get().id(), writeStarted());
    }

    private void secretProblem(Exception e) {
        banner.showMessage(() -> i18n.get("secretstore.failed", String.valueOf(e.getMessage())));
    }

    private Profile demoProfile() {
        return new Profile(Profile.DEMO_ID, "Demo", "", "", TokenAuthMethod.CLIENT_SECRET_POST, Lang.forLocale(i18n.locale()), true,
                null, null, true);
    }

    public ObservableList<Profile> profiles() {
        return profiles;
    }

    public ReadOnlyObjectProperty<Profile> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty hostProperty() {
        return host;
    }

    public StringProperty appIdProperty() {
        return appId;
    }

    public StringProperty appSecretProperty() {
        return appSecret;
    }

    public ObjectProperty<TokenAuthMethod> authMethodProperty() {
        return authMethod;
    }

    public ObjectProperty<Lang> langProperty() {
        return lang;
    }

    public ReadOnlyObjectProperty<DemoState> demoStateProperty() {
        return demoState.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SaveState> saveStateProperty() {
        return saveState.getReadOnlyProperty();
    }

    /** Why the last save failed, while the state is {@link SaveState#FAILED}. */
    public ReadOnlyStringProperty saveFailureProperty() {
        return saveFailure.getReadOnlyProperty();
    }

    /** Counts the edits a person made that left something unsaved. */
    public ReadOnlyIntegerProperty editsProperty() {
        return edits.getReadOnlyProperty();
    }

    public BooleanBinding demoSelectedProperty() {
        return demoSelected;
    }

    /** The management credentials of the helpdesk look-up. */
    public ManagementFields management() {
        return management;
    }

    public ProfileValidation validation() {
        return validation;
    }

    public SecretStoreModel secrets() {
        return secrets;
    }

    /** Whether sign-in may start: valid fields, and for the demo a running tenant. */
    public BooleanBinding readyProperty() {
        return ready;
    }
}
