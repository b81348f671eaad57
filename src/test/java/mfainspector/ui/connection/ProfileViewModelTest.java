package mfainspector.ui.connection;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import mfainspector.demo.DemoOptions;
import mfainspector.genauth.Secret;
import mfainspector.genauth.TokenAuthMethod;
import mfainspector.settings.AppSettings;
import mfainspector.settings.OwnerOnlyFileSecretStore;
import mfainspector.settings.Profile;
import mfainspector.settings.SessionSecretStore;
import mfainspector.settings.SettingsStore;
import mfainspector.ui.BannerModel;
import mfainspector.ui.I18n;
import mfainspector.ui.SettingsKeeper;
import mfainspector.ui.TaskRunner;
import mfainspector.ui.connection.ProfileViewModel.DemoState;
import mfainspector.ui.connection.ProfileViewModel.SaveState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Profiles against the real settings store, a real secret store and the real demo tenant; no toolkit. */
class ProfileViewModelTest {

    @TempDir
    Path dir;

    private final I18n i18n = new I18n(Locale.ENGLISH);
    private final SessionSecretStore session = new SessionSecretStore();
    private EmbeddedDemo demo;
    private SecretStoreModel secrets;
    private BannerModel banner;

    @BeforeEach
    void setUp() {
        System.setProperty("mfainspector.home", dir.toString());
        demo = new EmbeddedDemo(DemoOptions.defaults());
        secrets = new SecretStoreModel(i18n, () -> session, () -> new OwnerOnlyFileSecretStore(dir));
        banner = new BannerModel(i18n);
    }

    @AfterEach
    void tearDown() {
        demo.close();
        System.clearProperty("mfainspector.home");
    }

    private ProfileViewModel open() {
        SettingsStore store = new SettingsStore(dir);
        AppSettings saved = store.load().settings();
        SettingsKeeper keeper = new SettingsKeeper(store, saved, Runnable::run, Runnable::run, why -> { });
        ProfileViewModel vm = new ProfileViewModel(i18n, TaskRunner.sameThread(), keeper, secrets, demo, banner);
        vm.load();
        return vm;
    }

    private static void fill(ProfileViewModel vm, String host, String appId, String secret) {
        vm.hostProperty().set(host);
        vm.appIdProperty().set(appId);
        vm.appSecretProperty().set(secret);
    }

    @Test
    void firstRunSelectsTheDemoProfileWithTheRunningTenantsCredentialsWithoutWaitingForTheSecretStoreProbe() {
        ProfileViewModel vm = open();
        assertThat(secrets.probingProperty().get()).as("the probe has not answered").isTrue();
        assertThat(vm.selectedProperty().get().demo()).isTrue();
        assertThat(vm.demoStateProperty().get()).isEqualTo(DemoState.READY);
        assertThat(vm.hostProperty().get()).startsWith("http://127.0.0.1:");
        assertThat(vm.appIdProperty().get()).isNotBlank();
        assertThat(vm.readyProperty().get()).isTrue();
        assertThat(vm.connection()).isPresent();
    }

    @Test
    void aNewProfileIsInvalidUntilFilledAndTheSecretGoesOnlyToTheSecretStore() throws Exception {
        ProfileViewModel vm = open();
        vm.create("Production");
        assertThat(vm.selectedProperty().get().name()).isEqualTo("Production");
        assertThat(vm.readyProperty().get()).isFalse();
        assertThat(vm.connection()).isEmpty();
        fill(vm, "https://example.genauth.ai", "app-123", "very-secret-value");
        assertThat(vm.readyProperty().get()).isTrue();
        vm.commit();

        String key = vm.selectedProperty().get().appSecretKey();
        assertThat(session.read(key)).contains(Secret.of("very-secret-value"));
        List<Path> files;
        try (var list = Files.list(dir)) {
            files = list.filter(Files::isRegularFile).toList();
        }
        assertThat(files).isNotEmpty();
        for (Path f : files) {
            assertThat(Files.readString(f)).doesNotContain("very-secret-value");
        }
        assertThat(new SettingsStore(dir).load().settings().profiles()).extracting(Profile::host)
                .containsExactly("https://example.genauth.ai");
    }

    @Test
    void switchingProfilesSavesEditsAndReadsEachSecretBack() {
        ProfileViewModel vm = open();
        vm.create("Staging");
        fill(vm, "https://staging.example.com", "app-s", "secret-s");
        vm.authMethodProperty().set(TokenAuthMethod.CLIENT_SECRET_BASIC);
        vm.create("Production");
        fill(vm, "https://prod.example.com", "app-p", "secret-p");
        Profile staging = vm.profiles().stream().filter(p -> p.name().equals("Staging")).findFirst().orElseThrow();

        vm.select(staging);
        assertThat(vm.hostProperty().get()).isEqualTo("https://staging.example.com");
        assertThat(vm.appSecretProperty().get()).isEqualTo("secret-s");
        assertThat(vm.authMethodProperty().get()).isEqualTo(TokenAuthMethod.CLIENT_SECRET_BASIC);

        ProfileViewModel reopened = open();
        assertThat(reopened.selectedProperty().get().name()).as("the selection survives a restart").isEqualTo("Staging");
        assertThat(reopened.profiles()).extracting(Profile::name)
                .containsExactly("Demo", "Staging", "Production");
        assertThat(reopened.appSecretProperty().get()).isEqualTo("secret-s");
    }

    @Test
    void renameAndDeleteChangeTheSavedListAndDeleteTheSecret() throws Exception {
        ProfileViewModel vm = open();
        vm.create("Old");
        fill(vm, "https://example.com", "a", "s");
        vm.commit();
        String key = vm.selectedProperty().get().appSecretKey();
        vm.rename("New name");
        assertThat(new SettingsStore(dir).load().settings().profiles()).extracting(Profile::name).containsExactly("New name");
        vm.deleteSelected();
        assertThat(vm.selectedProperty().get().demo()).isTrue();
        assertThat(new SettingsStore(dir).load().settings().profiles()).isEmpty();
        assertThat(session.read(key)).isEmpty();
    }

    @Test
    void theDemoProfileCannotBeRenamedOrDeleted() {
        ProfileViewModel vm = open();
        vm.rename("Mine");
        vm.deleteSelected();
        assertThat(vm.profiles()).hasSize(1);
        assertThat(vm.selectedProperty().get().demo()).isTrue();
    }

    /** No OS store: a profile "Prod" whose secret was entered, then the person chose the owner-only file. */
    private ProfileViewModel prodWithTheFileChosen(String secret) {
        ProfileViewModel vm = open();
        secrets.probed(Optional.empty());
        vm.create("Prod");
        fill(vm, "https://example.com", "app-1", secret);
        vm.commit();
        secrets.chooseFile(true);
        return vm;
    }

    @Test
    void choosingTheOwnerOnlyFileMovesTheCurrentSecretThere() throws Exception {
        ProfileViewModel vm = prodWithTheFileChosen("file-kept-secret");
        assertThat(secrets.current()).isInstanceOf(OwnerOnlyFileSecretStore.class);
        assertThat(new OwnerOnlyFileSecretStore(dir).read(vm.selectedProperty().get().appSecretKey()))
                .contains(Secret.of("file-kept-secret"));
        assertThat(secrets.descriptionProperty().get()).contains("a file readable only by your account");
    }

    @Test
    void theFileChoiceIsRememberedAndItsSecretIsReadAtTheNextStartWithoutAskingAgain() throws Exception {
        prodWithTheFileChosen("file-kept-secret");
        assertThat(Files.readString(new SettingsStore(dir).file())).contains("secretFallback=file")
                .doesNotContain("file-kept-secret");

        secrets = new SecretStoreModel(i18n, SessionSecretStore::new, () -> new OwnerOnlyFileSecretStore(dir));
        ProfileViewModel second = open();
        assertThat(secrets.fileChosenProperty().get()).isTrue();
        assertThat(second.appSecretProperty().get()).as("nothing is read before the probe").isEmpty();
        secrets.probed(Optional.empty());

        assertThat(secrets.current()).isInstanceOf(OwnerOnlyFileSecretStore.class);
        assertThat(second.selectedProperty().get().name()).isEqualTo("Prod");
        assertThat(second.appSecretProperty().get()).isEqualTo("file-kept-secret");
        assertThat(second.readyProperty().get()).isTrue();
    }

    @Test
    void choosingThisSessionOnlyAgainTakesTheSecretOutOfTheFile() throws Exception {
        ProfileViewModel vm = prodWithTheFileChosen("leaves-the-file");
        String key = vm.selectedProperty().get().appSecretKey();
        assertThat(new OwnerOnlyFileSecretStore(dir).read(key)).contains(Secret.of("leaves-the-file"));

        secrets.chooseFile(false);

        assertThat(new OwnerOnlyFileSecretStore(dir).read(key)).isEmpty();
        assertThat(session.read(key)).contains(Secret.of("leaves-the-file"));
        assertThat(vm.appSecretProperty().get()).isEqualTo("leaves-the-file");
        assertThat(Files.readString(new SettingsStore(dir).file())).contains("secretFallback=session");
    }

    @Test
    void aNewProfileShowsAFieldsMessageOnlyOnceThatFieldWasEditedOrASaveWasAsked() {
        ProfileViewModel vm = open();
        vm.create("Fresh");
        ProfileValidation v = vm.validation();
        assertThat(vm.readyProperty().get()).as("still invalid: Sign in stays off").isFalse();
        for (ProfileValidation.Field f : ProfileValidation.Field.values()) {
            assertThat(v.shownErrorProperty(f).get()).as("%s before anything was typed", f).isEmpty();
        }
        vm.hostProperty().set("example.genauth.ai");
        assertThat(v.shownErrorProperty(ProfileValidation.Field.HOST).get()).contains("Add https://");
        assertThat(v.shownErrorProperty(ProfileValidation.Field.APP_ID).get()).isEmpty();
        vm.save();
        assertThat(v.shownErrorProperty(ProfileValidation.Field.APP_ID).get()).contains("app ID");
        assertThat(v.shownErrorProperty(ProfileValidation.Field.SECRET).get()).contains("app secret");
        vm.create("Another");
        assertThat(v.shownErrorProperty(ProfileValidation.Field.HOST).get()).as("a new profile starts untouched").isEmpty();
    }

    @Test
    void theSaveStateSaysSavedOnlyOnceTheWriteReachedTheDisk() throws Exception {
        SettingsStore store = new SettingsStore(dir);
        List<Runnable> queued = new java.util.ArrayList<>();
        SettingsKeeper keeper = new SettingsKeeper(store, store.load().settings(), queued::add, Runnable::run, why -> { });
        ProfileViewModel vm = new ProfileViewModel(i18n, TaskRunner.sameThread(), keeper, secrets, demo, banner);
        vm.load();
        assertThat(vm.saveStateProperty().get()).isEqualTo(SaveState.CLEAN);
        vm.create("Production");
        runAll(queued);
        assertThat(vm.saveStateProperty().get()).isEqualTo(SaveState.SAVED);

        int edits = vm.editsProperty().get();
        vm.hostProperty().set("https://edited.example.com");
        assertThat(vm.saveStateProperty().get()).isEqualTo(SaveState.UNSAVED);
        assertThat(vm.editsProperty().get()).as("counted, for the save after typing stops").isGreaterThan(edits);
        vm.commit();
        assertThat(vm.saveStateProperty().get()).isEqualTo(SaveState.SAVING);
        assertThat(new SettingsStore(dir).load().settings().profiles()).extracting(Profile::host).containsExactly("");
        runAll(queued);
        assertThat(vm.saveStateProperty().get()).isEqualTo(SaveState.SAVED);
        assertThat(new SettingsStore(dir).load().settings().profiles()).extracting(Profile::host)
                .containsExactly("https://edited.example.com");

        vm.hostProperty().set("https://edited.example.com/");
        vm.hostProperty().set("https://edited.example.com");
        assertThat(vm.saveStateProperty().get()).as("typed back to what is saved").isNotEqualTo(SaveState.UNSAVED);
    }

    @Test
    void aWriteThatFailsSaysWhyAndAnExplicitSaveTriesAgain() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("in-the-way"), "x");
        SettingsStore store = new SettingsStore(notAFolder);
        SettingsKeeper keeper = new SettingsKeeper(store, AppSettings.defaults(), Runnable::run, Runnable::run, why -> { });
        ProfileViewModel vm = new ProfileViewModel(i18n, TaskRunner.sameThread(), keeper, secrets, demo, banner);
        vm.load();
        vm.create("Production");
        assertThat(vm.saveStateProperty().get()).isEqualTo(SaveState.FAILED);
        assertThat(vm.saveFailureProperty().get()).contains("could not be saved");
        vm.save();
        assertThat(vm.saveStateProperty().get()).as("tried again, failed again").isEqualTo(SaveState.FAILED);
    }

    @Test
    void theDemoProfileHasNothingToSave() {
        ProfileViewModel vm = open();
        vm.save();
        assertThat(vm.saveStateProperty().get()).isEqualTo(SaveState.CLEAN);
        assertThat(vm.editsProperty().get()).isZero();
    }

    private static void runAll(List<Runnable> queued) {
        while (!queued.isEmpty()) {
            queued.remove(0).run();
        }
    }
}
