package mfainspector.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import mfainspector.demo.DemoOptions;
import mfainspector.demo.DemoTenant;
import mfainspector.genauth.ErrorCategory;
import mfainspector.genauth.GenAuthException;
import mfainspector.settings.Profile;
import mfainspector.settings.SettingsStore;
import mfainspector.settings.WindowBounds;
import mfainspector.ui.connection.ProfileViewModel.DemoState;
import mfainspector.ui.signin.SignInViewModel.State;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** Walks the main window as a person does, headless, against the embedded demo tenant. */
class MainWindowUiTest extends AppUiTestBase {

    @BeforeEach
    void backToTheDemoProfileSignedOut() throws Exception {
        resetToDemoSignedOut();
    }

    @Test
    void firstRunSelectsTheDemoProfileLabelledAsSampleData() {
        ComboBox<Profile> picker = find(app, "profilePicker");
        assertThat(picker.getValue().demo()).isTrue();
        Label note = find(app, "demoNote");
        assertThat(note.isVisible()).isTrue();
        assertThat(note.getText()).contains("Sample data").contains(DemoTenant.DEMO_PASSWORD);
        assertThat(((TextField) find(app, "hostField")).getText()).startsWith("http://127.0.0.1:");
        assertThat(((TextField) find(app, "hostField")).isDisabled()).as("demo credentials are read-only").isTrue();
        assertThat(shown(find(app, "secretStoreBox"))).as("sample secrets are never stored").isFalse();
        Node signIn = find(app, "signInButton");
        Bounds inWindow = signIn.localToScene(signIn.getBoundsInLocal());
        assertThat(inWindow.getMaxY()).as("Sign in is in view at the first start").isLessThan(app.stage().getScene().getHeight());
    }

    @Test
    void anOwnProfileSaysWhereItsSecretIsKept() {
        interact(() -> app.context().profiles().create("Own"));
        assertThat(shown(find(app, "secretStoreBox"))).isTrue();
        assertThat(((Label) find(app, "secretStoreInfo")).getText()).startsWith("App secrets are kept in: ");
    }

    @Test
    void anEmptyAccountOrPasswordSaysWhatIsMissingBesideSignIn() {
        Label missing = find(app, "signInMissing");
        retype(find(app, "accountField"), "carol");
        interact(() -> ((TextField) find(app, "passwordField")).clear());
        assertThat(shown(missing)).isTrue();
        assertThat(missing.getText()).isEqualTo("Enter the password to sign in.");
        interact(() -> ((TextField) find(app, "accountField")).clear());
        assertThat(missing.getText()).isEqualTo("Enter the account to sign in.");
        interact(() -> menuItem(app, "language.zh").fire());
        assertThat(missing.getText()).isEqualTo("请输入账号后登录。");
        interact(() -> menuItem(app, "language.en").fire());
        retype(find(app, "accountField"), "carol");
        retype(find(app, "passwordField"), "x");
        assertThat(shown(missing)).isFalse();
        interact(() -> ((TextField) find(app, "passwordField")).clear());
    }

    @Test
    void withDetailsHiddenTheHeaderAndStatusBarMaskLikeTheTable() throws Exception {
        signIn(app, "carol", DemoTenant.DEMO_PASSWORD);
        awaitSettled(app);
        Label meta = find(app, "fetched-at");
        assertThat(meta.getText()).contains("c***@example.com").doesNotContain("carol@example.com");
        interact(() -> ((ToggleButton) find(app, "reveal-toggle")).fire());
        assertThat(meta.getText()).contains("carol@example.com");
        assertThat(((Label) find(app, "statusUser")).getText()).doesNotContain("carol@example.com");
        interact(() -> ((ToggleButton) find(app, "reveal-toggle")).fire());
        assertThat(meta.getText()).doesNotContain("carol@example.com");
    }

    @Test
    void signingInAsCarolShowsHerFactorsAndWhoIsSignedIn() throws Exception {
        signIn(app, "carol", DemoTenant.DEMO_PASSWORD);
        await(() -> app.context().signIn().stateProperty().get() != State.IDLE
                && app.context().signIn().stateProperty().get() != State.RUNNING);
        assertThat(app.context().signIn().stateProperty().get()).as("error: %s", app.context().signIn().errorProperty().get())
                .isEqualTo(State.SHOWN);
        TableView<?> table = find(app, "factor-table");
        assertThat(table.isVisible()).isTrue();
        assertThat(table.getItems()).hasSize(4);
        assertThat(((Label) find(app, "statusUser")).getText()).contains("Carol");
        assertThat(((Label) find(app, "statusFetched")).getText()).startsWith("Fetched at");
        assertThat(((PasswordField) find(app, "passwordField")).getText()).isEmpty();
    }

    @Test
    void aWrongPasswordShowsTheBannerWithApiCode2333() throws Exception {
        signIn(app, "carol", "wrong-password");
        await(() -> find(app, "errorBanner").isVisible());
        assertThat(((Label) find(app, "bannerMessage")).getText()).contains("account or password is wrong");
        assertThat(((Label) find(app, "bannerCodes")).getText()).contains("apiCode=2333").contains("requestId=");
        assertThat(find(app, "bannerRetry").isVisible()).isFalse();
        assertThat(((Button) find(app, "signInButton")).isDisabled()).as("the password was cleared").isTrue();
    }

    @Test
    void switchingToChineseUpdatesTheLabelsAtOnce() {
        interact(() -> menuItem(app, "language.zh").fire());
        assertThat(((Button) find(app, "signInButton")).getText()).isEqualTo("登录(_S)");
        assertThat(((Label) find(app, "statusUser")).getText()).isEqualTo("未登录");
        interact(() -> menuItem(app, "language.en").fire());
        assertThat(((Button) find(app, "signInButton")).getText()).isEqualTo("_Sign in");
    }

    @Test
    void aNewProfileCanBeCreatedValidatedAndSwitchedBackFrom() throws Exception {
        Platform.runLater(() -> menuItem(app, "menu.file.new").fire());
        await(() -> lookup(".dialog-pane .text-field").tryQuery().isPresent());
        TextField name = lookup(".dialog-pane .text-field").query();
        clickOn(name);
        interact(name::selectAll);
        write("Staging");
        clickOn(lookup(".dialog-pane .button").match((Button b) -> b.isDefaultButton()).queryButton());
        ComboBox<Profile> picker = find(app, "profilePicker");
        await(() -> "Staging".equals(picker.getValue().name()));
        assertThat(((Button) find(app, "signInButton")).isDisabled()).isTrue();

        clickOn((TextField) find(app, "hostField")).write("http://example.com");
        Label hostMessage = errorBelow(find(app, "hostField"));
        assertThat(hostMessage.isVisible()).isTrue();
        assertThat(hostMessage.getText()).contains("plain http:// would send credentials unencrypted");

        interact(() -> picker.setValue(picker.getItems().get(0)));
        await(() -> app.context().profiles().demoStateProperty().get() == DemoState.READY);
        assertThat(picker.getItems()).extracting(Profile::name).contains("Staging");
        interact(() -> picker.setValue(picker.getItems().stream().filter(p -> p.name().equals("Staging")).findFirst().orElseThrow()));
        assertThat(((TextField) find(app, "hostField")).getText()).as("edits were kept").isEqualTo("http://example.com");
    }

    @Test
    void cancelAndEscStopASlowFetchAndRestoreTheWindow() throws Exception {
        AppSession slow = open(settingsDir.resolve("slow"), DemoOptions.defaults().withResponseDelay(Duration.ofSeconds(2)));
        try {
            await(() -> slow.context().profiles().demoStateProperty().get() == DemoState.READY);
            signIn(slow, "carol", DemoTenant.DEMO_PASSWORD);
            await(() -> find(slow, "cancelButton").isVisible());
            assertThat(((Button) find(slow, "signInButton")).isDisabled()).isTrue();
            clickOn((Button) find(slow, "cancelButton"));
            await(() -> slow.context().signIn().stateProperty().get() == State.IDLE);
            assertThat(find(slow, "cancelButton").isVisible()).isFalse();
            assertThat(((TextField) find(slow, "accountField")).isDisabled()).isFalse();
            assertThat(((PasswordField) find(slow, "passwordField")).getText()).isEmpty();

            clickOn((PasswordField) find(slow, "passwordField")).write(DemoTenant.DEMO_PASSWORD);
            type(KeyCode.ENTER);
            await(() -> slow.context().signIn().stateProperty().get() == State.RUNNING);
            type(KeyCode.ESCAPE);
            await(() -> slow.context().signIn().stateProperty().get() == State.IDLE);
            Thread.sleep(2500);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(slow.context().signIn().resultProperty().get()).as("the cancelled fetch never lands").isNull();
            assertThat(find(slow, "errorBanner").isVisible()).isFalse();
        } finally {
            closeAll(slow);
        }
    }

    @Test
    void theWindowLooksBusyOnlyOnceAFetchTakesAMomentAndEditsMeanwhileDoNotRelabelIt() throws Exception {
        AppSession slow = open(settingsDir.resolve("slow-look"), DemoOptions.defaults().withResponseDelay(Duration.ofSeconds(2)));
        try {
            await(() -> slow.context().profiles().demoStateProperty().get() == DemoState.READY);
            boolean[] atOnce = new boolean[3];
            interact(() -> {
                slow.context().signIn().accountProperty().set("carol");
                slow.context().signIn().passwordProperty().set(DemoTenant.DEMO_PASSWORD);
                ((Button) find(slow, "signInButton")).fire();
                atOnce[0] = find(slow, "signInButton").isDisabled();
                atOnce[1] = find(slow, "accountField").isDisabled();
                atOnce[2] = find(slow, "cancelButton").isVisible();
                // Typed while the sign-in runs, before the fields are disabled.
                slow.context().signIn().accountProperty().set("bob");
            });
            assertThat(atOnce[0]).as("Sign in is disabled at once").isTrue();
            assertThat(atOnce[1]).as("the fields are not disabled").isFalse();
            assertThat(atOnce[2]).as("Cancel is not shown at once").isFalse();
            await(() -> find(slow, "cancelButton").isVisible());
            assertThat(find(slow, "signInProgress").isVisible()).isTrue();
            assertThat(find(slow, "signInButton").isDisabled()).isTrue();
            assertThat(find(slow, "accountField").isDisabled()).as("the fields stay editable: the next account may be typed").isFalse();

            awaitSettled(slow);
            assertThat(((Label) find(slow, "signed-in-user")).getText()).as("the user signed in with, not the edit")
                    .isEqualTo("Carol Nguyen");
            assertThat(slow.context().signIn().resultProperty().get().account()).isEqualTo("carol");
            assertThat(slow.window().factors().rows()).hasSize(4);
            assertThat(find(slow, "accountField").isDisabled()).isFalse();
            assertThat(find(slow, "signInProgress").isVisible()).isFalse();
        } finally {
            closeAll(slow);
        }
    }

    @Test
    void tabMovesThroughTheConnectionFieldsThenAccountPasswordAndSignIn() {
        interact(() -> {
            app.context().profiles().create("Tab order");
            app.context().profiles().hostProperty().set("https://example.genauth.ai");
            app.context().profiles().appIdProperty().set("app-1");
            app.context().profiles().appSecretProperty().set("s");
            app.context().signIn().accountProperty().set("carol");
            app.context().signIn().passwordProperty().set("typed");
        });
        ComboBox<Profile> picker = find(app, "profilePicker");
        interact(picker::requestFocus);
        List<String> visited = new ArrayList<>();
        for (int i = 0; i < 25 && !visited.contains("signInButton"); i++) {
            type(KeyCode.TAB);
            visited.add(focusedId());
        }
        assertThat(visited).containsSubsequence("profileName", "hostField", "appIdField", "secretField", "revealSecret",
                "methodChoice", "langChoice", "accountType", "accountField", "passwordField", "signInButton");
        assertThat(visited.indexOf("signInButton") - visited.indexOf("passwordField")).as("at most the token switch between")
                .isLessThanOrEqualTo(2);
    }

    @Test
    void noTwoVisibleMnemonicsShareALetterAndEachLabelLeadsToItsField() throws Exception {
        interact(() -> app.context().profiles().create("Mnemonics"));
        TabPane modes = find(app, "modeTabs");
        TitledPane management = find(app, "managementSection");
        for (String language : List.of("language.en", "language.zh")) {
            interact(() -> menuItem(app, language).fire());
            assertThat(uniqueMnemonics(language + ", sign-in")).containsKeys("P", "O", "A", "W", "S");
            interact(() -> management.setExpanded(true));
            await(() -> shown(find(app, "poolIdField")));
            assertThat(uniqueMnemonics(language + ", management open")).containsKeys("D", "L");
            interact(() -> modes.getSelectionModel().select(1));
            assertThat(uniqueMnemonics(language + ", lookup")).containsKeys("U", "A", "T", "S");
            interact(() -> modes.getSelectionModel().select(2));
            assertThat(uniqueMnemonics(language + ", lookup log")).containsKeys("T", "C", "S");
            interact(() -> modes.getSelectionModel().select(3));
            assertThat(uniqueMnemonics(language + ", coverage")).containsKeys("R");
            interact(() -> {
                modes.getSelectionModel().select(0);
                management.setExpanded(false);
            });
            // Signed in, with a fault that offers Retry: Refresh, Sign out and Retry side by side.
            Profile own = app.context().profiles().selectedProperty().get();
            interact(() -> app.context().profiles().select(app.context().profiles().profiles().get(0)));
            await(() -> app.context().profiles().demoStateProperty().get() == DemoState.READY);
            signIn(app, "carol", DemoTenant.DEMO_PASSWORD);
            awaitSettled(app);
            interact(() -> app.context().banner().showError(
                    GenAuthException.builder(ErrorCategory.SERVER_ERROR).httpStatus(503).build(), () -> { }));
            assertThat(uniqueMnemonics(language + ", results and Retry")).containsKeys("R", "U", "Y");
            interact(() -> {
                app.context().banner().clear();
                app.context().signIn().signOut();
                app.context().profiles().select(own);
            });
        }
        interact(() -> menuItem(app, "language.en").fire());
        // Headless Monocle cannot map a key code to its character, so Alt+letter is checked by where each label leads.
        Map<String, String> leadsTo = new HashMap<>();
        for (Node n : lookup(node -> node instanceof Label l && l.getLabelFor() != null && shown(l)).queryAll()) {
            leadsTo.put(((Label) n).getText(), ((Label) n).getLabelFor().getId());
        }
        assertThat(leadsTo).containsEntry("_Profile", "profilePicker").containsEntry("App h_ost", "hostField")
                .containsEntry("_Account", "accountField").containsEntry("Pass_word", "passwordField");
        // A field with an eye toggle: its letter leads to the field shown, which takes the focus
        // (a mnemonic moves the focus only to a node that can take it).
        Label secretLabel = lookup((Label l) -> "App s_ecret".equals(l.getText()) && shown(l)).query();
        assertThat(secretLabel.getLabelFor().getId()).isEqualTo("secretField");
        assertThat(secretLabel.getLabelFor().isFocusTraversable()).isTrue();
        interact(() -> ((ToggleButton) find(app, "revealSecret")).fire());
        assertThat(secretLabel.getLabelFor().getId()).isEqualTo("secretPlain");
        interact(() -> ((ToggleButton) find(app, "revealSecret")).fire());
    }

    /** The letters of the mnemonics shown now, failing where two share one. */
    private Map<String, String> uniqueMnemonics(String where) {
        Map<String, String> seen = new HashMap<>();
        for (String[] m : mnemonics()) {
            String earlier = seen.put(m[0], m[1]);
            assertThat(earlier).as("%s: %s and %s share Alt+%s", where, earlier, m[1], m[0]).isNull();
        }
        return seen;
    }

    /** {letter, text} of every mnemonic a person can use now: shown labels, buttons and menu bar titles. */
    private List<String[]> mnemonics() {
        List<String[]> out = new ArrayList<>();
        for (Node n : lookup(node -> node instanceof Labeled).queryAll()) {
            if (n instanceof Labeled l && l.isMnemonicParsing() && shown(l) && l.getText() != null && l.getText().contains("_")
                    && !insideAnotherLabeled(l)) {
                out.add(new String[] {letter(l.getText()), l.getText()});
            }
        }
        return out;
    }

    /** A control's skin may copy its text into an inner label (a menu bar button does): count the control once. */
    private static boolean insideAnotherLabeled(Node n) {
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            // A titled pane is a Labeled too, but the labels of its content are mnemonics of their own.
            if (p instanceof Labeled && !(p instanceof TitledPane)) {
                return true;
            }
        }
        return false;
    }

    private static String letter(String text) {
        return text.substring(text.indexOf('_') + 1, text.indexOf('_') + 2).toUpperCase(Locale.ROOT);
    }

    private String focusedId() {
        Node n = app.stage().getScene().getFocusOwner();
        while (n != null && n.getId() == null) {
            n = n.getParent();
        }
        return n == null ? "none" : n.getId();
    }

    @Test
    void theWindowReopensWhereItWasClosedAndBoundsOffEveryScreenOpenCentred() throws Exception {
        Path dir = settingsDir.resolve("placement");
        AppSession first = open(dir, DemoOptions.defaults());
        interact(() -> {
            first.stage().setX(40);
            first.stage().setY(30);
            first.stage().setWidth(1100);
            first.stage().setHeight(720);
        });
        interact(() -> menuItem(first, "menu.file.quit").fire());
        assertThat(first.stage().isShowing()).isFalse();

        AppSession second = open(dir, DemoOptions.defaults());
        Stage again = second.stage();
        assertThat(List.of(again.getX(), again.getY(), again.getWidth(), again.getHeight())).containsExactly(40.0, 30.0, 1100.0, 720.0);
        interact(again::hide);

        SettingsStore store = new SettingsStore(dir);
        store.save(store.load().settings().withWindow(new WindowBounds(-9000, -9000, 1100, 720, false)));
        AppSession third = open(dir, DemoOptions.defaults());
        try {
            Rectangle2D screen = Screen.getPrimary().getVisualBounds();
            Stage s = third.stage();
            assertThat(screen.contains(s.getX(), s.getY(), s.getWidth(), s.getHeight())).as("on screen: %s", s).isTrue();
            assertThat(s.getX() + s.getWidth() / 2).isCloseTo(screen.getMinX() + screen.getWidth() / 2, within(2.0));
            assertThat(s.getWidth()).isEqualTo(1100.0);
        } finally {
            interact(() -> third.stage().hide());
        }
    }

    @Test
    void aWindowClosedMaximizedOpensMaximizedAndKeepsItsSizeFromBefore() throws Exception {
        Path dir = settingsDir.resolve("maximized");
        AppSession first = open(dir, DemoOptions.defaults());
        interact(() -> {
            first.stage().setX(60);
            first.stage().setY(50);
            first.stage().setWidth(1120);
            first.stage().setHeight(740);
        });
        interact(() -> first.stage().setMaximized(true));
        interact(() -> menuItem(first, "menu.file.quit").fire());
        WindowBounds saved = new SettingsStore(dir).load().settings().window();
        assertThat(saved.maximized()).isTrue();
        assertThat(List.of(saved.x(), saved.y(), saved.width(), saved.height())).as("the size before maximizing")
                .containsExactly(60.0, 50.0, 1120.0, 740.0);
        AppSession again = open(dir, DemoOptions.defaults());
        try {
            assertThat(again.stage().isMaximized()).isTrue();
        } finally {
            interact(() -> again.stage().hide());
        }
    }

    @Test
    void theWindowCarriesTheAppIconAtEverySize() throws Exception {
        // Decoded in the background while the window opens.
        await(() -> !app.stage().getIcons().isEmpty());
        assertThat(app.stage().getIcons()).extracting(i -> (int) i.getWidth()).containsExactly(16, 32, 48, 64, 128, 256);
    }

    @Test
    void theViewMenuSwitchesBetweenDarkAndLightAndTheChoiceIsSaved() throws Exception {
        interact(() -> menuItem(app, "theme.dark").fire());
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(new PrimerDark().getUserAgentStylesheetBSS());
        await(() -> Files.readString(new SettingsStore(settingsDir).file()).contains("theme=dark"));

        interact(() -> menuItem(app, "theme.light").fire());
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(new PrimerLight().getUserAgentStylesheetBSS());
        await(() -> Files.readString(new SettingsStore(settingsDir).file()).contains("theme=light"));
    }

    @Test
    void followingTheSystemUsesTheOsAnswerAndLightWhenTheOsDoesNotSay() {
        boolean[] dark = new boolean[2];
        interact(() -> {
            ThemeSwitcher osDark = new ThemeSwitcher(TaskRunner.sameThread(), () -> Optional.of(true));
            osDark.apply();
            dark[0] = osDark.isDark();
            ThemeSwitcher osSilent = new ThemeSwitcher(TaskRunner.sameThread(), Optional::empty);
            osSilent.apply();
            dark[1] = osSilent.isDark();
            app.context().theme().choiceProperty().set(ThemeSwitcher.Choice.LIGHT);
        });
        assertThat(dark).containsExactly(true, false);
    }

    @Test
    void theAppSecretIsMaskedUntilTheEyeIsPressed() {
        PasswordField masked = find(app, "secretField");
        TextField plain = find(app, "secretPlain");
        String secret = app.context().profiles().appSecretProperty().get();
        assertThat(secret).isNotEmpty();
        assertThat(shown(masked)).isTrue();
        assertThat(shown(plain)).isFalse();

        clickOn((ToggleButton) find(app, "revealSecret"));
        assertThat(shown(plain)).isTrue();
        assertThat(plain.getText()).isEqualTo(secret);
        assertThat(shown(masked)).isFalse();

        clickOn((ToggleButton) find(app, "revealSecret"));
        assertThat(shown(masked)).isTrue();
        assertThat(shown(plain)).isFalse();
    }

    /** The message label placed under a field in its form. */
    private static Label errorBelow(javafx.scene.Node field) {
        GridPane grid = (GridPane) field.getParent();
        int row = GridPane.getRowIndex(field) + 1;
        return (Label) grid.getChildren().stream()
                .filter(n -> Integer.valueOf(row).equals(GridPane.getRowIndex(n)) && n.getStyleClass().contains("field-error"))
                .findFirst().orElseThrow();
    }
}
