package mfainspector.ui.connection;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import mfainspector.demo.DemoOptions;
import mfainspector.settings.OwnerOnlyFileSecretStore;
import mfainspector.settings.RealSecretService;
import mfainspector.settings.SecretServiceStore;
import mfainspector.settings.SecretStore;
import mfainspector.settings.SessionSecretStore;
import mfainspector.settings.SettingsStore;
import mfainspector.ui.BannerModel;
import mfainspector.ui.I18n;
import mfainspector.ui.SettingsKeeper;
import mfainspector.ui.TaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The app secret is kept in a real Secret Service (GNOME Keyring on a private D-Bus) across a restart. */
class ProfileSecretRestartTest {

    @RegisterExtension
    static final RealSecretService KEYRING = new RealSecretService();

    @TempDir
    Path dir;

    @AfterEach
    void forgetSettingsFolder() {
        System.clearProperty("mfainspector.home");
    }

    /** One run of the app: its profiles on {@code dir}, its secrets in the keyring. */
    private ProfileViewModel start(EmbeddedDemo demo) {
        I18n i18n = new I18n(Locale.ENGLISH);
        SettingsStore store = new SettingsStore(dir);
        SettingsKeeper keeper = new SettingsKeeper(store, store.load().settings(), Runnable::run, Runnable::run, why -> { });
        SecretStoreModel secrets = new SecretStoreModel(i18n, SessionSecretStore::new, () -> new OwnerOnlyFileSecretStore(dir));
        ProfileViewModel vm = new ProfileViewModel(i18n, TaskRunner.sameThread(), keeper, secrets, demo, new BannerModel(i18n));
        vm.load();
        SecretStore keyring = new SecretServiceStore(KEYRING.environment(), Duration.ofSeconds(10));
        secrets.probed(Optional.of(keyring));
        return vm;
    }

    @Test
    void theAppSecretComesBackFromTheKeyringAfterARestartAndNeverReachesTheSettingsFile() throws Exception {
        System.setProperty("mfainspector.home", dir.toString());
        try (EmbeddedDemo demo = new EmbeddedDemo(DemoOptions.defaults())) {
            ProfileViewModel first = start(demo);
            assertThat(first.secrets().current().kind()).isEqualTo(SecretStore.Kind.OS_KEYRING);
            first.create("Production");
            first.hostProperty().set("https://example.genauth.ai");
            first.appIdProperty().set("app-prod");
            first.appSecretProperty().set("keyring-kept-secret");
            first.commit();

            ProfileViewModel second = start(demo);
            assertThat(second.selectedProperty().get().name()).isEqualTo("Production");
            assertThat(second.appSecretProperty().get()).isEqualTo("keyring-kept-secret");
            assertThat(second.readyProperty().get()).isTrue();
        }
        try (var files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readString(f)).as(f.toString()).doesNotContain("keyring-kept-secret");
            }
        }
    }
}
