package mfainspector.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.shape.SVGPath;
import mfainspector.demo.DemoTenant;
import mfainspector.ui.factors.FactorRow;
import mfainspector.ui.signin.SignInViewModel.State;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.util.WaitForAsyncUtils;

/** Signs in to the embedded demo tenant as each seeded user, as a person does, and reads what the window shows. */
class DemoUsersUiTest extends AppUiTestBase {

    @BeforeEach
    void signedOutOnTheDemoProfile() throws Exception {
        resetToDemoSignedOut();
    }

    private void showFactorsOf(String user) throws Exception {
        signIn(app, user, DemoTenant.DEMO_PASSWORD);
        awaitSettled(app);
        assertThat(app.context().signIn().stateProperty().get()).as("error: %s", app.context().signIn().errorProperty().get())
                .isEqualTo(State.SHOWN);
    }

    /** The icon and the words of each type cell in the table, top to bottom. */
    private List<String> typeCells() {
        return lookup(".factor-type-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.getItem() != null)
                .sorted((a, b) -> Integer.compare(a.getIndex(), b.getIndex()))
                .map(c -> {
                    SVGPath icon = (SVGPath) c.getGraphic();
                    String kind = icon.getStyleClass().stream().filter(s -> s.startsWith("factor-icon-")).findFirst().orElse("none");
                    return kind + "|" + icon.getAccessibleText() + "|" + c.getText();
                })
                .toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "alice; factor-icon-sms|Text message (SMS)|Text message (SMS), factor-icon-otp|Authenticator app (TOTP)|Authenticator app (TOTP)",
        "bob; factor-icon-email|Email code|Email code",
        "carol; factor-icon-sms|Text message (SMS)|Text message (SMS), factor-icon-email|Email code|Email code, "
                + "factor-icon-otp|Authenticator app (TOTP)|Authenticator app (TOTP), factor-icon-face|Face recognition|Face recognition",
        "erin; factor-icon-otp|Authenticator app (TOTP)|Authenticator app (TOTP), factor-icon-other|PASSKEY|PASSKEY"})
    void eachUserWithFactorsSeesOneRowPerFactorWithTheIconOfItsType(String user, String expected) throws Exception {
        showFactorsOf(user);
        TableView<?> table = find(app, "factor-table");
        int rows = expected.split(", ").length;
        await(() -> table.getItems().size() == rows && typeCells().size() == rows);
        assertThat(shown(table)).isTrue();
        assertThat(shown(find(app, "empty-state"))).isFalse();
        assertThat(typeCells()).containsExactly(expected.split(", "));
        assertThat(((Label) find(app, "signed-in-user")).getText()).containsIgnoringCase(user);
    }

    @Test
    void theUnknownPasskeyTypeIsNamedRawWithTheNeutralIconAndAToolTipThatSaysSo() throws Exception {
        showFactorsOf("erin");
        TableCell<?, ?> passkey = lookup(".factor-type-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> "PASSKEY".equals(c.getText())).findFirst().orElseThrow();
        assertThat(passkey.getGraphic().getStyleClass()).contains("factor-icon", "factor-icon-other");
        assertThat(passkey.getTooltip().getText()).isEqualTo("A factor type this app does not know: PASSKEY");
    }

    @Test
    void daveSeesTheEmptyStateAndWhatCouldBeEnrolledNeverAnEmptyGrid() throws Exception {
        showFactorsOf("dave");
        assertThat(shown(find(app, "factor-table"))).isFalse();
        Label empty = find(app, "empty-state");
        assertThat(shown(empty)).isTrue();
        assertThat(empty.getText()).isEqualTo("No MFA factors enrolled");
        FlowPane chips = find(app, "to-enroll");
        assertThat(shown(chips)).isTrue();
        assertThat(chips.getChildren()).extracting(n -> ((Label) n).getText())
                .contains("Text message (SMS)", "Email code", "Authenticator app (TOTP)");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"frank, apiCode=2005, locked", "grace, apiCode=1636, extra MFA step"})
    void aRefusedSignInShowsTheBannerWithItsCodeAndSaysWhatToDo(String user, String code, String sentence) throws Exception {
        signIn(app, user, DemoTenant.DEMO_PASSWORD);
        awaitSettled(app);
        assertThat(find(app, "errorBanner").isVisible()).isTrue();
        assertThat(((Label) find(app, "bannerCodes")).getText()).contains(code).contains("requestId=");
        assertThat(((Label) find(app, "bannerMessage")).getText()).contains(sentence);
        assertThat(app.window().factors().rows()).isEmpty();
        assertThat(find(app, "accountField").isDisabled()).as("the window stays usable").isFalse();
    }

    @Test
    void revealShowsTheFullPhoneAndEmailAndHidingMasksThemAgain() throws Exception {
        showFactorsOf("carol");
        assertThat(details()).anyMatch(d -> d.contains("****")).noneMatch(d -> d.contains("2025550103"))
                .noneMatch(d -> d.contains("carol@example.com"));
        ToggleButton reveal = find(app, "reveal-toggle");
        clickOn(reveal);
        assertThat(reveal.getText()).isEqualTo("Hide details");
        assertThat(details()).anyMatch(d -> d.contains("2025550103")).contains("carol@example.com");
        clickOn(reveal);
        assertThat(details()).noneMatch(d -> d.contains("2025550103"));
    }

    private List<String> details() {
        TableView<FactorRow> table = find(app, "factor-table");
        return table.getItems().stream().map(r -> r.detailProperty().get()).toList();
    }

    @Test
    void theCopiedTicketSummaryNamesTheUserAndTypesWithMaskedDetailsEvenWhenRevealed() throws Exception {
        showFactorsOf("carol");
        clickOn((ToggleButton) find(app, "reveal-toggle"));
        clickOn(lookup("#copy-summary-button").queryButton());
        String copied = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get();

        assertThat(copied).contains("Carol").contains("Text message (SMS)").contains("Email code")
                .contains("Authenticator app (TOTP)").contains("Face recognition").contains("Fetched at:")
                .contains("c***@example.com").doesNotContain("carol@example.com").doesNotContain("2025550103");
        assertThat(((Label) lookup(".factors-copied").query()).getText()).isEqualTo("Summary copied");
    }

    @Test
    void f5AndCtrlRFetchAgainAndSignOutDropsTheTokensAndClearsTheTable() throws Exception {
        showFactorsOf("bob");
        var first = app.context().signIn().resultProperty().get();
        type(KeyCode.F5);
        await(() -> app.context().signIn().resultProperty().get() != first
                && app.context().signIn().stateProperty().get() == State.SHOWN);
        var second = app.context().signIn().resultProperty().get();
        press(KeyCode.CONTROL).press(KeyCode.R).release(KeyCode.R).release(KeyCode.CONTROL);
        await(() -> app.context().signIn().resultProperty().get() != second
                && app.context().signIn().stateProperty().get() == State.SHOWN);
        assertThat(app.window().factors().rows()).hasSize(1);

        clickOn(lookup("#signout-button").queryButton());

        assertThat(app.context().signIn().resultProperty().get()).as("the tokens went with the result").isNull();
        assertThat(app.window().factors().rows()).isEmpty();
        assertThat(((TableView<?>) find(app, "factor-table")).getItems()).isEmpty();
        assertThat(shown(lookup("#signin-placeholder").query())).isTrue();
        assertThat(((Label) find(app, "statusUser")).getText()).isEqualTo("Not signed in");
        assertThat(menuItem(app, "menu.view.refresh").isDisable()).as("nothing left to refresh with").isTrue();
        type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.context().signIn().stateProperty().get()).isEqualTo(State.IDLE);
    }

    @Test
    void everyIconOnlyOrIconButtonHasWordsForAScreenReader() throws Exception {
        showFactorsOf("alice");
        ToggleButton revealSecret = find(app, "revealSecret");
        assertThat(revealSecret.getAccessibleText()).isEqualTo("Show app secret");
        for (String id : Set.of("refresh-button", "signout-button", "copy-summary-button", "reveal-toggle")) {
            javafx.scene.control.Labeled b = find(app, id);
            assertThat(b.getText()).as(id).isNotBlank();
            assertThat(b.getTooltip().getText()).as(id).isNotBlank();
        }
        assertThat(((TableView<?>) find(app, "factor-table")).getAccessibleText()).contains("Enrolled MFA factors");
    }
}
