package mfainspector.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import mfainspector.demo.DemoTenant;
import mfainspector.settings.Profile;
import mfainspector.ui.signin.SignInViewModel.State;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One action after another, as an agent on a call does them: whatever comes after a result, the
 * window shows only what belongs to the current user and profile, and the status bar agrees.
 */
class ScreenBelongsToNowUiTest extends AppUiTestBase {

    private static final String ERIN = "Erin Schmidt";

    @BeforeEach
    void erinSignedIn() throws Exception {
        resetToDemoSignedOut();
        interact(() -> ((TabPane) find(app, "modeTabs")).getSelectionModel().select(0));
        signIn(app, "erin", DemoTenant.DEMO_PASSWORD);
        awaitSettled(app);
        assertThat(app.context().signIn().stateProperty().get()).isEqualTo(State.SHOWN);
        assertThat(visibleTexts()).anyMatch(t -> t.contains(ERIN));
    }

    @ParameterizedTest(name = "a failed sign-in as {0} ({1})")
    @CsvSource({
        "frank, demo-pass-2026, locked",
        "grace, demo-pass-2026, needs an MFA step",
        "erin, not-the-password, wrong password",
        "carol, not-the-password, wrong password for another user",
    })
    void aFailedSignInAfterAResultLeavesNoTraceOfTheEarlierUser(String account, String password, String why) throws Exception {
        signIn(app, account, password);
        awaitSettled(app);
        assertThat(app.context().signIn().stateProperty().get()).as(why).isEqualTo(State.ERROR);
        assertThat(shown(find(app, "errorBanner"))).isTrue();
        assertSignedOutOnScreen(why);
        assertThat(menuItem(app, "menu.view.refresh").isVisible()).as("Refresh has nothing to fetch").isFalse();
    }

    @Test
    void anotherProfileDropsTheUserAndRefreshFetchesNothingFromTheOldHost() throws Exception {
        interact(() -> app.context().profiles().create("Other tenant"));
        assertSignedOutOnScreen("another profile");
        assertThat(app.context().signIn().resultProperty().get()).isNull();
        interact(() -> app.context().signIn().refresh());
        assertThat(app.context().signIn().stateProperty().get()).isNotEqualTo(State.RUNNING);
        // And back: the demo profile does not bring erin back either.
        interact(() -> app.context().profiles().select(app.context().profiles().profiles().get(0)));
        assertSignedOutOnScreen("back to the demo profile");
        interact(() -> {
            Profile other = app.context().profiles().profiles().stream().filter(p -> p.name().equals("Other tenant"))
                    .findFirst().orElseThrow();
            app.context().profiles().select(other);
            app.context().profiles().deleteSelected();
        });
    }

    @Test
    void signingOutLeavesNoTraceOfTheUser() throws Exception {
        clickOn((Node) find(app, "signout-button"));
        await(() -> app.context().signIn().resultProperty().get() == null);
        assertSignedOutOnScreen("sign out");
    }

    @Test
    void aSuccessfulSignInAsAnotherUserShowsOnlyThatUser() throws Exception {
        signIn(app, "bob", DemoTenant.DEMO_PASSWORD);
        awaitSettled(app);
        assertThat(visibleTexts()).noneMatch(t -> t.contains(ERIN) || t.contains("e***@example.com"))
                .anyMatch(t -> t.contains("Bob Martinez"));
        assertThat(((Labeled) find(app, "statusUser")).getText()).isEqualTo("Signed in: Bob Martinez");
    }

    @Test
    void aLanguageSwitchKeepsTheUserAndTheStatusBarAgrees() throws Exception {
        interact(() -> menuItem(app, "language.zh").fire());
        assertThat(visibleTexts()).anyMatch(t -> t.contains(ERIN));
        assertThat(((Labeled) find(app, "statusUser")).getText()).isEqualTo("已登录：" + ERIN);
        interact(() -> menuItem(app, "language.en").fire());
        assertThat(((Labeled) find(app, "statusUser")).getText()).isEqualTo("Signed in: " + ERIN);
    }

    @Test
    void aLookupOfAnotherUserThatFailsLeavesNoTraceOfTheUserShownBefore() throws Exception {
        interact(() -> ((TabPane) find(app, "modeTabs")).getSelectionModel().select(1));
        // On the look-up tab the status bar speaks of the look-up, never of the signed-in erin.
        assertThat(((Labeled) find(app, "statusUser")).getText()).isEqualTo("No user looked up");
        assertThat(((Labeled) find(app, "statusHost")).getText()).startsWith("Management host: http://127.0.0.1:");
        lookUp("alice@example.com");
        assertThat(visibleTexts()).anyMatch(t -> t.contains("Alice Johnson")).noneMatch(t -> t.contains(ERIN));
        assertThat(((Labeled) find(app, "statusUser")).getText()).isEqualTo("Looked up: Alice Johnson");
        lookUp("nobody@example.com");
        assertThat(visibleTexts()).noneMatch(t -> t.contains("Alice Johnson") || t.contains("a***@example.com"));
        assertThat(((Labeled) find(app, "statusUser")).getText()).isEqualTo("No user looked up");
        assertThat(((Labeled) find(app, "statusFetched")).getText()).isEqualTo("Nothing fetched yet");
        lookUp("bob@example.com");
        assertThat(visibleTexts()).anyMatch(t -> t.contains("Bob Martinez")).noneMatch(t -> t.contains("Alice Johnson"));
        // Another profile forgets the looked-up user too.
        interact(() -> app.context().profiles().create("Lookup elsewhere"));
        assertThat(app.context().lookup().resultProperty().get()).isNull();
        assertThat(visibleTexts()).noneMatch(t -> t.contains("Bob Martinez"));
        interact(() -> app.context().profiles().deleteSelected());
        interact(() -> ((TabPane) find(app, "modeTabs")).getSelectionModel().select(0));
        assertThat(((Labeled) find(app, "statusUser")).getText()).isEqualTo("Not signed in");
    }

    private void lookUp(String typed) throws Exception {
        retype(find(app, "lookupQuery"), typed);
        type(KeyCode.ENTER);
        await(() -> !app.context().lookup().runningProperty().get());
    }

    private void assertSignedOutOnScreen(String after) {
        assertThat(visibleTexts()).as(after).noneMatch(t -> t.contains(ERIN) || t.contains("e***@example.com")
                || t.contains("erin@example.com"));
        assertThat(((Labeled) find(app, "statusUser")).getText()).as(after).isEqualTo("Not signed in");
        assertThat(((Labeled) find(app, "statusFetched")).getText()).as(after).isEqualTo("Nothing fetched yet");
        assertThat(app.window().factors().rows()).as(after).isEmpty();
    }

    /** Every text a person can see in the window now: labels, buttons, fields and table cells. */
    private List<String> visibleTexts() {
        List<String> out = new ArrayList<>();
        for (Node n : lookup(node -> shown(node)).queryAll()) {
            if (n instanceof Labeled l && l.getText() != null) {
                out.add(l.getText());
            } else if (n instanceof TextInputControl t) {
                out.add(t.getText());
            } else if (n instanceof TableView<?> table) {
                table.getItems().forEach(item -> out.add(String.valueOf(item)));
            }
        }
        return out;
    }
}
