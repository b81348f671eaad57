package mfainspector.ui.lookup;

import static mfainspector.ui.lookup.CaseViewUiTest.inView;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import mfainspector.action.HelpdeskAction;
import mfainspector.lookup.LookupLog;
import mfainspector.ui.AppUiTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A helpdesk action end to end on the demo tenant, as an agent does it, in English and in Chinese. */
class ActionsUiTest extends AppUiTestBase {

    @BeforeEach
    void lookupTab() throws Exception {
        lookupTabOnTheDemo();
        earlier = allActionLines().size();
    }

    /** Turns on "Allow helpdesk actions" in the demo profile's management settings, as a person does. */
    private void allowActions(boolean on) throws Exception {
        javafx.scene.control.TitledPane section = find(app, "managementSection");
        interact(() -> section.setExpanded(true));
        await(() -> shown(find(app, "allowsActionsCheck")));
        javafx.scene.control.CheckBox box = find(app, "allowsActionsCheck");
        if (box.isSelected() != on) {
            interact(box::fire);
        }
        await(() -> box.isSelected() == on);
        interact(() -> section.setExpanded(false));
    }

    @Test
    void theDemoProfileAllowsNoActionsUntilTheyAreTurnedOnAndIsThenTagged() throws Exception {
        allowActions(false);
        lookUp("frank");
        assertThat(((Label) find(app, "actionsState")).getText()).startsWith("The profile \"Demo tenant (sample data)\" does not"
                + " allow actions. Turn on \"Allow helpdesk actions\"");
        assertThat(shown(find(app, "actionsFields"))).isFalse();
        assertThat(shown(find(app, "profileActionsTag"))).isFalse();

        allowActions(true);
        assertThat(shown(find(app, "profileActionsTag"))).isTrue();
        lookUp("frank");
        assertThat(shown(find(app, "actionsFields"))).isTrue();
        allowActions(false);
    }

    private void lookUp(String who) throws Exception {
        retype(find(app, "lookupTicket"), "INC-77");
        retype(find(app, "lookupQuery"), who);
        type(KeyCode.ENTER);
        await(() -> !app.context().lookup().runningProperty().get() && shown(find(app, "cardName")));
        await(() -> !app.context().lookup().caseView().loadingProperty().get());
    }

    private ActionsViewModel actions() {
        return app.context().lookup().caseView().actions();
    }

    private void choose(HelpdeskAction action, String label) throws Exception {
        ComboBox<HelpdeskAction> choice = find(app, "actionChoice");
        clickOn(inView(choice));
        clickOn(lookup(".list-cell").match((javafx.scene.control.ListCell<?> c) -> label.equals(c.getText())).<javafx.scene.Node>query());
        await(() -> choice.getValue() == action);
    }

    private static TextField dialogField() {
        return (TextField) lookupDialog("#actionConfirmText");
    }

    private static javafx.scene.Node lookupDialog(String selector) {
        return javafx.stage.Window.getWindows().stream().filter(w -> w.isShowing() && w.getScene() != null)
                .map(w -> w.getScene().lookup(selector)).filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    private int earlier;

    /** The action lines this test wrote. */
    private List<String> actionLines() throws Exception {
        List<String> all = allActionLines();
        return all.subList(earlier, all.size());
    }

    private static List<String> allActionLines() throws Exception {
        var file = settingsDir.resolve(LookupLog.FILE_NAME);
        return !Files.exists(file) ? List.of() : Files.readAllLines(file).stream()
                .filter(l -> l.contains("\"action\"")).toList();
    }

    @Test
    void suspendingBobNeedsHisNameTypedIgnoresEnterAndSendsOnceOnADoubleClick() throws Exception {
        allowActions(true);
        lookUp("bob");
        assertThat(((Label) find(app, "actionsState")).getText()).contains("allows actions");
        // Verify the caller by a call-back, as the case view offers.
        clickOn(inView((javafx.scene.control.CheckBox) find(app, "callerMethod-callback")));
        clickOn((Button) find(app, "callerRecord"));
        await(() -> actions().verifiedProperty().get());
        assertThat(((Label) find(app, "actionVerified")).getText()).isEqualTo("Caller verified (call-back on the number on file).");

        choose(HelpdeskAction.SUSPEND, "Suspend");
        assertThat(((TextField) find(app, "actionTicket")).getText()).isEqualTo("INC-77");
        clickOn(inView((TextField) find(app, "actionReason")));
        write("suspected compromise");
        clickOn(inView((Button) find(app, "actionPrepare")));
        await(() -> lookupDialog("#actionConfirmText") != null);

        assertThat(((Label) lookupDialog("#actionConfirmEffect")).getText())
                .isEqualTo("Suspends Bob Martinez (bob)'s account: every sign-in is refused until the account is reactivated.");
        assertThat(((Label) lookupDialog("#actionConfirmNow")).getText()).isEqualTo("Now: Active");
        Button send = (Button) lookupDialog("#actionConfirmSend");
        assertThat(send.isDisabled()).isTrue();
        clickOn(dialogField());
        write("bo");
        assertThat(send.isDisabled()).isTrue();
        write("b");
        assertThat(send.isDisabled()).isFalse();
        type(KeyCode.ENTER);
        Thread.sleep(300);
        assertThat(actionLines()).as("Enter alone sends nothing").isEmpty();
        assertThat(((Label) find(app, "cardStatus")).getText()).isEqualTo("Active");

        doubleClickOn(send);
        await(() -> shown(lookupDialog("#actionConfirmResult")));

        assertThat(((Label) lookupDialog("#actionConfirmResult")).getText())
                .isEqualTo("Done: Suspend.\nBefore: Active\nAfter: Suspended");
        await(() -> "Suspended".equals(((Label) find(app, "cardStatus")).getText()));
        assertThat(actionLines()).hasSize(2);
        assertThat(actionLines().get(0)).contains("\"result\":\"sending\"");
        assertThat(actionLines().get(1)).contains("\"name\":\"suspend\"", "\"result\":\"succeeded\"",
                "\"ticket\":\"INC-77\"", "\"reason\":\"suspected compromise\"", "\"method\":\"callback\"",
                "\"after\":\"status=Suspended\"");
        clickOn((Button) lookupDialog("#actionConfirmClose"));
        await(() -> lookupDialog("#actionConfirmText") == null);
        assertThat(((Label) find(app, "actionResult")).getText()).startsWith("Done: Suspend.");

        // The lookup log tab says how it went in words, not the log's own ones.
        selectTab(app, "logTab");
        javafx.scene.control.TableView<?> log = find(app, "logTable");
        await(() -> log.getItems().size() >= 2);
        interact(() -> log.scrollTo(log.getItems().size() - 1));
        await(() -> !lookup(".table-row-cell .table-cell").match((javafx.scene.control.TableCell<?, ?> c) ->
                "Suspend: done".equals(c.getText())).queryAll().isEmpty());
        assertThat(lookup(".table-row-cell .table-cell").match((javafx.scene.control.TableCell<?, ?> c) ->
                "Suspend: sending (noted before the call)".equals(c.getText())).queryAll()).isNotEmpty();
        assertThat(lookup(".table-row-cell .table-cell").match((javafx.scene.control.TableCell<?, ?> c) ->
                c.getText() != null && c.getText().contains("succeeded")).queryAll()).isEmpty();
        selectTab(app, "lookupTab");
        allowActions(false);
    }

    @Test
    void inChineseTurningOffErinsAuthenticatorAppWithAJustification() throws Exception {
        allowActions(true);
        interact(() -> menuItem(app, "language.zh").fire());
        lookUp("erin");
        assertThat(((Label) find(app, "mfaState-otp")).getText()).isNotEqualTo(((Label) find(app, "mfaState-sms")).getText());
        String boundText = ((Label) find(app, "mfaState-otp")).getText();

        choose(HelpdeskAction.TURN_OFF_OTP, "关闭身份验证器应用");
        assertThat(shown(find(app, "actionV2Note"))).isTrue();
        clickOn(inView((TextField) find(app, "actionReason")));
        write("手机丢失");
        clickOn(inView((TextField) find(app, "actionJustification")));
        write("主管已确认");
        clickOn(inView((Button) find(app, "actionPrepare")));
        await(() -> lookupDialog("#actionConfirmText") != null);

        assertThat(((Label) lookupDialog("#actionConfirmEffect")).getText()).startsWith("解绑 Erin Schmidt (erin) 的身份验证器应用");
        clickOn(dialogField());
        write("erin@example.com");
        clickOn((Button) lookupDialog("#actionConfirmSend"));
        await(() -> shown(lookupDialog("#actionConfirmResult")));

        assertThat(((Label) lookupDialog("#actionConfirmResult")).getText())
                .isEqualTo("已完成：关闭身份验证器应用。\n之前：已绑定身份验证器应用\n之后：未绑定身份验证器应用");
        await(() -> !boundText.equals(((Label) find(app, "mfaState-otp")).getText()));
        assertThat(actionLines()).last().asString().contains("\"name\":\"turn-off-otp\"", "\"result\":\"succeeded\"",
                "\"justification\":\"主管已确认\"", "\"method\":\"none\"");
        clickOn((Button) lookupDialog("#actionConfirmClose"));
        interact(() -> menuItem(app, "language.en").fire());
        allowActions(false);
    }

    @Test
    void theSectionAndTheConfirmationShowEveryTextWholeInBothLanguagesAtTheMinimumSize() throws Exception {
        double width = app.stage().getWidth();
        double height = app.stage().getHeight();
        allowActions(true);
        interact(() -> {
            app.stage().setWidth(mfainspector.ui.AppSession.MIN_WIDTH);
            app.stage().setHeight(mfainspector.ui.AppSession.MIN_HEIGHT);
        });
        try {
            for (String language : List.of("language.en", "language.zh")) {
                interact(() -> menuItem(app, language).fire());
                lookUp("grace");
                javafx.scene.Parent section = find(app, "actionsSection");
                for (HelpdeskAction a : HelpdeskAction.values()) {
                    interact(() -> actions().actionProperty().set(a));
                    inView(section);
                    assertThat(mfainspector.ui.CutTexts.in(section, List.of(section))).as(language + ", " + a).isEmpty();
                }
                interact(() -> {
                    actions().actionProperty().set(HelpdeskAction.SET_MFA_EMAIL);
                    actions().valueProperty().set("grace.new@example.com");
                    actions().reasonProperty().set("new address");
                    actions().justificationProperty().set("known caller");
                });
                clickOn(inView((Button) find(app, "actionPrepare")));
                await(() -> lookupDialog("#actionConfirmText") != null);
                javafx.scene.Parent dialog = lookupDialog("#actionConfirmText").getParent();
                assertThat(mfainspector.ui.CutTexts.in(dialog, List.of(dialog.getScene().getRoot()))).as(language + ", dialog")
                        .isEmpty();
                clickOn((Button) lookupDialog("#actionConfirmClose"));
                await(() -> lookupDialog("#actionConfirmText") == null);
                assertThat(actionLines()).last().asString().contains("\"result\":\"cancelled\"");
            }
        } finally {
            interact(() -> {
                menuItem(app, "language.en").fire();
                app.stage().setWidth(width);
                app.stage().setHeight(height);
            });
            allowActions(false);
        }
    }
}
