package mfainspector.ui.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import mfainspector.demo.DemoOptions;
import mfainspector.genauth.Secret;
import mfainspector.settings.Profile;
import mfainspector.settings.SettingsStore;
import mfainspector.ui.AppSession;
import mfainspector.ui.AppUiTestBase;
import mfainspector.ui.ThemeSwitcher;
import org.junit.jupiter.api.Test;

/**
 * What a person does in one run is there in the next: the window is opened on one settings folder
 * the way the app opens it, used, quit from the menu, and opened again.
 */
class WindowRestartsUiTest extends AppUiTestBase {

    private static final String PROD_HOST = "https://prod.example.com";
    private static final String EDITED_HOST = "https://prod-edited.example.com";

    @Test
    void profilesThemeLanguageAndPlaceSurviveRestartsAndADeletedProfileTakesItsSecretWithIt() throws Exception {
        Path dir = Files.createDirectories(settingsDir.resolve("restarts"));

        // Run 1: a new profile, filled in and saved.
        AppSession run1 = openReady(dir);
        keepSecretsAcrossRuns(run1);
        newProfile(run1, "Production");
        fill(run1, PROD_HOST, "6650d3f2a1b4c5d6e7f80911", "prod-secret");
        await(() -> "Saved".equals(saveState(run1)));
        String prodSecretKey = run1.context().profiles().selectedProperty().get().appSecretKey();
        quit(run1);

        // Run 2: the host edited, another profile chosen: no conflict. A second profile, renamed; theme, language, place.
        AppSession run2 = openReady(dir);
        assertThat(selectedName(run2)).isEqualTo("Production");
        assertThat(text(run2, "hostField")).isEqualTo(PROD_HOST);
        retype(find(run2, "hostField"), EDITED_HOST);
        pickProfile(run2, "Demo tenant (sample data)");
        settle();
        assertThat(find(run2, "errorBanner").isVisible()).as("banner: %s", banner(run2)).isFalse();
        newProfile(run2, "Staging");
        fill(run2, "https://staging.example.com", "6650d3f2a1b4c5d6e7f80922", "staging-secret");
        await(() -> "Saved".equals(saveState(run2)));
        nameInDialog(run2, "menu.file.rename", "Staging EU");
        interact(() -> {
            menuItem(run2, "theme.dark").fire();
            menuItem(run2, "language.zh").fire();
            run2.stage().setX(50);
            run2.stage().setY(40);
            run2.stage().setWidth(1100);
            run2.stage().setHeight(720);
        });
        quit(run2);

        // Run 3: both profiles with the edit, and the rest as left. Production is deleted.
        AppSession run3 = openReady(dir);
        assertThat(find(run3, "errorBanner").isVisible()).as("banner: %s", banner(run3)).isFalse();
        ComboBox<Profile> picker = find(run3, "profilePicker");
        assertThat(picker.getItems()).extracting(Profile::name).containsExactly("Demo", "Production", "Staging EU");
        assertThat(selectedName(run3)).isEqualTo("Staging EU");
        assertThat(run3.context().theme().choiceProperty().get()).isEqualTo(ThemeSwitcher.Choice.DARK);
        assertThat(run3.context().i18n().locale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(((Button) find(run3, "signInButton")).getText()).isEqualTo("登录(_S)");
        Stage stage = run3.stage();
        assertThat(List.of(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight())).containsExactly(50.0, 40.0, 1100.0, 720.0);
        pickProfile(run3, "Production");
        await(() -> "prod-secret".equals(run3.context().profiles().appSecretProperty().get()));
        assertThat(text(run3, "hostField")).isEqualTo(EDITED_HOST);
        Platform.runLater(() -> menuItem(run3, "menu.file.delete").fire());
        await(() -> lookup(".dialog-pane .button").tryQuery().isPresent());
        clickOn(lookup(".dialog-pane .button").match((Button b) -> b.isDefaultButton()).queryButton());
        await(() -> picker.getItems().stream().noneMatch(p -> p.name().equals("Production")));
        settle();
        quit(run3);

        // Run 4: gone, and so is its secret.
        AppSession run4 = openReady(dir);
        ComboBox<Profile> pickerAfter = find(run4, "profilePicker");
        assertThat(pickerAfter.getItems()).extracting(Profile::name)
                .containsExactly("Demo", "Staging EU");
        assertThat(new SettingsStore(dir).load().settings().profiles()).extracting(Profile::name).containsExactly("Staging EU");
        Optional<Secret> left = run4.context().profiles().secrets().current().read(prodSecretKey);
        assertThat(left).as("the deleted profile's secret").isEmpty();
        quit(run4);
    }

    /** Opens the window and waits until the secret store is known. */
    private static AppSession openReady(Path dir) throws Exception {
        AppSession s = open(dir, DemoOptions.defaults());
        await(() -> !s.context().profiles().secrets().probingProperty().get());
        return s;
    }

    /** Without an OS secret store, the person keeps secrets in the owner-only file, so that they outlive the run. */
    private void keepSecretsAcrossRuns(AppSession s) throws Exception {
        if (s.context().profiles().secrets().fallbackChoiceProperty().get()) {
            interact(() -> s.context().profiles().secrets().chooseFile(true));
        }
    }

    private void newProfile(AppSession s, String name) throws Exception {
        nameInDialog(s, "menu.file.new", name);
    }

    private void fill(AppSession s, String host, String appId, String secret) {
        retype(find(s, "hostField"), host);
        retype(find(s, "appIdField"), appId);
        retype(find(s, "secretField"), secret);
    }

    private void pickProfile(AppSession s, String shownName) {
        ComboBox<Profile> picker = find(s, "profilePicker");
        interact(() -> picker.setValue(picker.getItems().stream()
                .filter(p -> shownName.equals(picker.getConverter().toString(p))).findFirst().orElseThrow()));
    }

    private void quit(AppSession s) {
        interact(() -> menuItem(s, "menu.file.quit").fire());
        assertThat(s.stage().isShowing()).isFalse();
    }

    /** Lets the background writes and their answers come through. */
    private static void settle() throws Exception {
        Thread.sleep(300);
        await(() -> true);
    }

    private static String selectedName(AppSession s) {
        Profile p = s.context().profiles().selectedProperty().get();
        return p == null ? null : p.name();
    }

    private static String text(AppSession s, String id) {
        return ((TextField) find(s, id)).getText();
    }

    private static String saveState(AppSession s) {
        return ((Label) find(s, "saveState")).getText();
    }

    private static String banner(AppSession s) {
        return ((Label) find(s, "bannerMessage")).getText();
    }
}
