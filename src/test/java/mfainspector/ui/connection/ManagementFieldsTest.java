package mfainspector.ui.connection;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import mfainspector.demo.DemoOptions;
import mfainspector.genauth.Lang;
import mfainspector.genauth.Secret;
import mfainspector.settings.OwnerOnlyFileSecretStore;
import mfainspector.settings.Profile;
import mfainspector.settings.SessionSecretStore;
import mfainspector.settings.SettingsStore;
import mfainspector.ui.BannerModel;
import mfainspector.ui.I18n;
import mfainspector.ui.SettingsKeeper;
import mfainspector.ui.TaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A profile's management credentials: plain fields in the settings, the pool secret in the secret store only. */
class ManagementFieldsTest {

    @TempDir
    Path dir;

    private final I18n i18n = new I18n(Locale.ENGLISH);
    private final SessionSecretStore store = new SessionSecretStore();
    private final EmbeddedDemo demo = new EmbeddedDemo(DemoOptions.defaults());

    @AfterEach
    void stopDemo() {
        demo.close();
    }

    private ProfileViewModel profiles() {
        SettingsStore settings = new SettingsStore(dir);
        SettingsKeeper keeper = new SettingsKeeper(settings, settings.load().settings(), Runnable::run, Runnable::run, why -> { });
        ProfileViewModel vm = new ProfileViewModel(i18n, TaskRunner.sameThread(), keeper,
                new SecretStoreModel(i18n, () -> store, () -> new OwnerOnlyFileSecretStore(dir)), demo, new BannerModel(i18n));
        vm.load();
        return vm;
    }

    @Test
    void theDemoProfileGetsTheEmbeddedTenantsUserPool() throws Exception {
        ManagementFields m = profiles().management();

        assertThat(m.hostProperty().get()).isEqualTo(demo.start().host());
        assertThat(m.userPoolIdProperty().get()).isEqualTo(demo.start().userPoolId());
        assertThat(m.credentials(Lang.EN_US)).get().extracting(c -> c.userPoolSecret())
                .isEqualTo(demo.start().userPoolSecret());
    }

    @Test
    void aNewProfileAsksForThePoolButStaysUsableForSignIn() {
        ProfileViewModel vm = profiles();
        vm.create("Prod");
        ManagementFields m = vm.management();

        assertThat(m.hostProperty().get()).isEqualTo(Profile.DEFAULT_MGMT_HOST);
        assertThat(m.completeProperty().get()).isFalse();
        assertThat(m.userPoolIdErrorProperty().get()).contains("user pool ID");
        assertThat(m.poolSecretErrorProperty().get()).contains("user pool secret");
        m.hostProperty().set("http://example.com");
        assertThat(m.hostErrorProperty().get()).contains("https://");
        assertThat(vm.validation().nameErrorProperty().get()).isEmpty();
    }

    @Test
    void thePoolSecretGoesToTheSecretStoreAndNeverToTheSettingsFile() throws Exception {
        ProfileViewModel vm = profiles();
        vm.create("Prod");
        vm.management().hostProperty().set("https://core.authing.cn");
        vm.management().userPoolIdProperty().set("pool-7");
        vm.management().poolSecretProperty().set("pool-secret-value-7");
        vm.commit();
        Profile saved = vm.selectedProperty().get();

        assertThat(store.read(saved.poolSecretKey())).contains(Secret.of("pool-secret-value-7"));
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readString(f)).doesNotContain("pool-secret-value-7");
            }
        }
        Profile reloaded = new SettingsStore(dir).load().settings().profiles().get(0);
        assertThat(reloaded.mgmtHost()).isEqualTo("https://core.authing.cn");
        assertThat(reloaded.userPoolId()).isEqualTo("pool-7");

        vm.select(vm.profiles().get(0));
        vm.select(vm.profiles().get(1));
        assertThat(vm.management().poolSecretProperty().get()).as("read back from the store").isEqualTo("pool-secret-value-7");
        assertThat(vm.management().completeProperty().get()).isTrue();

        vm.deleteSelected();
        assertThat(store.read(saved.poolSecretKey())).isEmpty();
    }

    @Test
    void callerVerificationByCodeIsOnForTheDemoOffForANewProfileAndSavedWithTheProfile() throws Exception {
        ProfileViewModel vm = profiles();
        assertThat(vm.management().callerOtpProperty().get()).as("the demo profile").isTrue();
        vm.create("Prod");
        assertThat(vm.management().callerOtpProperty().get()).as("a new profile").isFalse();
        vm.management().callerOtpProperty().set(true);
        vm.commit();

        Profile reloaded = new SettingsStore(dir).load().settings().profiles().get(0);
        assertThat(reloaded.callerOtp()).isTrue();
        vm.select(vm.profiles().get(0));
        vm.select(vm.profiles().get(1));
        assertThat(vm.management().callerOtpProperty().get()).as("shown again for Prod").isTrue();
    }
}
