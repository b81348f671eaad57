package mfainspector.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.scene.shape.SVGPath;
import mfainspector.settings.Profile;
import mfainspector.settings.SettingsStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The profile form as a person meets it: messages once touched, Save and its shortcut, the secret's eye. */
class ProfileSaveUiTest extends AppUiTestBase {

    @BeforeEach
    void start() throws Exception {
        resetToDemoSignedOut();
    }

    private void newProfile(String name) throws Exception {
        nameInDialog(app, "menu.file.new", name);
    }

    /** The field messages a person can see in the connection panel now. */
    private List<String> shownMessages() {
        return lookup(".field-error").queryAll().stream().filter(AppUiTestBase::shown).map(n -> ((Label) n).getText()).toList();
    }

    private static List<Profile> onDisk() {
        return new SettingsStore(settingsDir).load().settings().profiles();
    }

    private String saveState() {
        return ((Label) find(app, "saveState")).getText();
    }

    @Test
    void aNewProfileShowsAFieldsMessageOnlyOnceTheFieldWasLeftOrSaveWasPressed() throws Exception {
        newProfile("Untouched");
        assertThat(shownMessages()).as("nothing typed yet").isEmpty();
        assertThat(((Button) find(app, "signInButton")).isDisabled()).as("still invalid").isTrue();

        clickOn((TextField) find(app, "hostField"));
        type(KeyCode.TAB);
        assertThat(shownMessages()).containsExactly("Enter the app host, for example https://example.genauth.ai");

        clickOn((Button) find(app, "saveProfileButton"));
        assertThat(shownMessages()).hasSize(3).anyMatch(m -> m.contains("app ID")).anyMatch(m -> m.contains("app secret"));
    }

    @Test
    void saveAndCtrlSWriteTheProfileAndTheStateSaysSoWhileTheDemoHasNoSave() throws Exception {
        assertThat(shown(find(app, "saveProfileButton"))).as("the demo profile has nothing to save").isFalse();
        newProfile("Saved by hand");
        assertThat(shown(find(app, "saveProfileButton"))).isTrue();
        await(() -> "Saved".equals(saveState()));

        retype(find(app, "hostField"), "https://by-hand.example.com");
        assertThat(saveState()).isEqualTo("Unsaved changes");
        press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        await(() -> "Saved".equals(saveState()));
        assertThat(onDisk()).extracting(Profile::host).contains("https://by-hand.example.com");

        retype(find(app, "appIdField"), "6650d3f2a1b4c5d6e7f80911");
        assertThat(saveState()).isEqualTo("Unsaved changes");
        // Nothing pressed: saved a moment after the typing stopped.
        await(() -> "Saved".equals(saveState()));
        assertThat(onDisk()).extracting(Profile::appId).contains("6650d3f2a1b4c5d6e7f80911");

        interact(() -> menuItem(app, "language.zh").fire());
        assertThat(((Button) find(app, "saveProfileButton")).getText()).isEqualTo("保存配置");
        assertThat(saveState()).isEqualTo("已保存");
    }

    @Test
    void theSecretsEyeStaysVisibleWhenOnAndOffersToHideInBothThemes() throws Exception {
        newProfile("Eye");
        ToggleButton eye = find(app, "revealSecret");
        for (String theme : List.of("theme.light", "theme.dark")) {
            interact(() -> menuItem(app, theme).fire());
            clickOn(eye);
            assertThat(eye.isSelected()).isTrue();
            assertThat(eye.getTooltip().getText()).isEqualTo("Hide app secret");
            assertThat(eye.getAccessibleText()).isEqualTo("Hide app secret");
            SVGPath icon = (SVGPath) eye.getGraphic();
            assertThat(icon.getContent()).as("a struck-out eye").isNotEqualTo(eyeWhenOff(eye));
            assertThat(distance((Color) icon.getFill(), background(eye))).as("%s: icon against its background", theme)
                    .isGreaterThan(0.4);
            clickOn(eye);
            assertThat(eye.getTooltip().getText()).isEqualTo("Show app secret");
            assertThat(distance((Color) icon.getFill(), background(eye))).as("%s, off", theme).isGreaterThan(0.2);
        }
        interact(() -> menuItem(app, "language.zh").fire());
        assertThat(eye.getTooltip().getText()).isEqualTo("显示应用密钥");
        interact(() -> {
            menuItem(app, "theme.light").fire();
            menuItem(app, "language.en").fire();
        });
    }

    private static String eyeWhenOff(ToggleButton eye) {
        String[] off = new String[1];
        Platform.runLater(() -> {
            eye.setSelected(false);
            off[0] = ((SVGPath) eye.getGraphic()).getContent();
            eye.setSelected(true);
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        return off[0];
    }

    /** The colour a person sees behind the icon: the toggle's topmost background fill, or the panel's when it has none. */
    private static Color background(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p instanceof javafx.scene.layout.Region r && r.getBackground() != null && !r.getBackground().getFills().isEmpty()) {
                var fills = r.getBackground().getFills();
                if (fills.get(fills.size() - 1).getFill() instanceof Color c && c.getOpacity() > 0.5) {
                    return c;
                }
            }
        }
        return Color.WHITE;
    }

    private static double distance(Color a, Color b) {
        return Math.sqrt(Math.pow(a.getRed() - b.getRed(), 2) + Math.pow(a.getGreen() - b.getGreen(), 2)
                + Math.pow(a.getBlue() - b.getBlue(), 2));
    }
}
