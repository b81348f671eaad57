package mfainspector.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import mfainspector.demo.DemoOptions;
import mfainspector.demo.DemoTenant;
import mfainspector.settings.Profile;
import mfainspector.ui.connection.ProfileViewModel.DemoState;
import mfainspector.ui.signin.SignInViewModel.State;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** Walks the main window as a person does, headless, against the embedded demo tenant. */
class MainWindowUiTest extends AppUiTestBase {

    @BeforeEach
    void backToTheDemoProfileSignedOut() throws Exception {
        interact(() -> {
            menuItem(app, "language.en").fire();
            app.context().signIn().signOut();
            app.context().banner().clear();
            app.context().profiles().select(app.context().profiles().profiles().get(0));
            app.stage().toFront();
            app.stage().requestFocus();
        });
        await(() -> app.context().profiles().demoStateProperty().get() == DemoState.READY);
    }

    private void signIn(AppSession session, String account, String password) {
        TextField field = find(session, "accountField");
        clickOn(field);
        interact(field::selectAll);
        write(account);
        clickOn((PasswordField) find(session, "passwordField")).write(password);
        type(KeyCode.ENTER);
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
            assertThat(((TextField) find(slow, "accountField")).isDisabled()).isTrue();
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
            interact(() -> {
                slow.close();
                slow.stage().hide();
            });
        }
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
