package mfainspector.ui.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import mfainspector.demo.DemoOptions;
import mfainspector.demo.DemoTenant;
import mfainspector.settings.AppSettings;
import mfainspector.settings.Profile;
import mfainspector.settings.ReadOnlyDirectory;
import mfainspector.settings.SettingsStore;
import mfainspector.ui.AppSession;
import mfainspector.ui.AppUiTestBase;
import mfainspector.ui.ThemeSwitcher;
import mfainspector.ui.connection.ProfileViewModel.DemoState;
import mfainspector.ui.signin.SignInViewModel.State;
import org.junit.jupiter.api.Test;

/** Nothing the person saved is lost: damaged, read-only, newer and shared settings, as the window handles them. */
class WindowSettingsUiTest extends AppUiTestBase {

    /** The settings file's name, as the settings tests know it. */
    private static final String SETTINGS_FILE = "settings.properties";

    private static Path freshDir(String name) throws Exception {
        return Files.createDirectories(settingsDir.resolve(name));
    }

    private static String banner(AppSession s) {
        return ((Label) find(s, "bannerMessage")).getText();
    }

    @Test
    void aCorruptSettingsFileStartsWithDefaultsAndTheBannerSaysWhereTheBackupIs() throws Exception {
        Path dir = freshDir("corrupt");
        byte[] garbage = {'f', 'o', 'r', 'm', 'a', 't', '=', '1', '\n', (byte) 0xC3, (byte) 0x28, 0, 0, 0};
        Files.write(dir.resolve(SETTINGS_FILE), garbage);
        AppSession s = open(dir, DemoOptions.defaults());
        try {
            assertThat(find(s, "errorBanner").isVisible()).isTrue();
            Path backup;
            try (var files = Files.list(dir)) {
                backup = files.filter(f -> f.getFileName().toString().startsWith(SETTINGS_FILE + ".corrupt-"))
                        .findFirst().orElseThrow();
            }
            assertThat(banner(s)).contains(backup.toString()).contains("defaults are used");
            assertThat(Files.readAllBytes(backup)).isEqualTo(garbage);
            assertThat(s.context().profiles().selectedProperty().get().demo()).isTrue();
        } finally {
            closeAll(s);
        }
    }

    @Test
    void aReadOnlySettingsFolderGivesAClearMessageAndTheSessionStillWorks() throws Exception {
        Path dir = freshDir("read-only");
        new SettingsStore(dir).save(AppSettings.defaults());
        AppSession s;
        try (ReadOnlyDirectory ignored = new ReadOnlyDirectory(dir)) {
            s = open(dir, DemoOptions.defaults());
            try {
                interact(() -> s.context().theme().choiceProperty().set(ThemeSwitcher.Choice.DARK));
                await(() -> find(s, "errorBanner").isVisible());
                assertThat(banner(s)).startsWith("The settings could not be saved (Settings could not be saved to " + dir)
                        .endsWith("Changes last only until you close the app.");

                await(() -> s.context().profiles().demoStateProperty().get() == DemoState.READY);
                interact(() -> {
                    s.context().signIn().accountProperty().set("bob");
                    s.context().signIn().passwordProperty().set(DemoTenant.DEMO_PASSWORD);
                    ((Button) find(s, "signInButton")).fire();
                });
                await(() -> s.context().signIn().stateProperty().get() != State.RUNNING);
                assertThat(s.context().signIn().stateProperty().get()).isEqualTo(State.SHOWN);
            } finally {
                closeAll(s);
            }
        }
    }

    @Test
    void twoWindowsOnOneSettingsFolderKeepEachOthersProfilesOrSaySo() throws Exception {
        Path dir = freshDir("shared");
        AppSession a = open(dir, DemoOptions.defaults());
        AppSession b = open(dir, DemoOptions.defaults());
        try {
            interact(() -> a.context().profiles().create("From A"));
            await(() -> savedNames(dir).contains("From A"));
            interact(() -> b.context().profiles().create("From B"));
            await(() -> savedNames(dir).contains("From B"));
            assertThat(savedNames(dir)).as("B's save merged A's profile").contains("From A", "From B");

            AppSession c = open(dir, DemoOptions.defaults());
            try {
                interact(() -> c.context().profiles().select(c.context().profiles().profiles().stream()
                        .filter(p -> p.name().equals("From A")).findFirst().orElseThrow()));
                interact(() -> a.context().profiles().rename("Renamed in A"));
                await(() -> savedNames(dir).contains("Renamed in A"));
                interact(() -> c.context().profiles().rename("Renamed in C"));
                await(() -> find(c, "errorBanner").isVisible());
                assertThat(banner(c)).contains("Another MFA Inspector window changed the profile \"Renamed in C\"");
                assertThat(savedNames(dir)).contains("Renamed in A").doesNotContain("Renamed in C");
            } finally {
                closeAll(c);
            }
        } finally {
            closeAll(a, b);
        }
    }

    @Test
    void settingsOfANewerVersionOpenTheWindowAndTheirUnknownKeysSurviveASave() throws Exception {
        Path dir = freshDir("newer");
        Files.writeString(dir.resolve(SETTINGS_FILE), """
                format=2
                selected=p-2
                cloud.sync=on
                profile.0.id=p-2
                profile.0.name=Staging
                profile.0.host=https://staging.example.com
                profile.0.colour=blue
                """, StandardCharsets.UTF_8);
        AppSession s = open(dir, DemoOptions.defaults());
        try {
            assertThat(s.context().profiles().selectedProperty().get().name()).isEqualTo("Staging");
            interact(() -> s.context().theme().choiceProperty().set(ThemeSwitcher.Choice.LIGHT));
            await(() -> Files.readString(dir.resolve(SETTINGS_FILE)).contains("light"));
            assertThat(Files.readString(dir.resolve(SETTINGS_FILE))).contains("cloud.sync=on", "profile.0.colour=blue");
            assertThat(find(s, "errorBanner").isVisible()).isFalse();
        } finally {
            closeAll(s);
        }
    }

    private static java.util.List<String> savedNames(Path dir) {
        return new SettingsStore(dir).load().settings().profiles().stream().map(Profile::name).toList();
    }
}
