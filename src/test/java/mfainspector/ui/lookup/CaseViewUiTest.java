package mfainspector.ui.lookup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import mfainspector.lookup.ActivityEvent;
import mfainspector.lookup.ActivityKind;
import mfainspector.lookup.ActivityPeriod;
import mfainspector.ui.AppUiTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The case view on a user's card, driven as an agent does: diagnosis, health and the activity timeline. */
class CaseViewUiTest extends AppUiTestBase {

    @BeforeEach
    void lookupTab() throws Exception {
        lookupTabOnTheDemo();
    }

    private void lookUp(String who) throws Exception {
        retype(find(app, "lookupTicket"), "INC-77");
        retype(find(app, "lookupQuery"), who);
        type(KeyCode.ENTER);
        await(() -> !app.context().lookup().runningProperty().get() && shown(find(app, "cardName")));
        await(() -> !app.context().lookup().caseView().loadingProperty().get()
                && app.context().lookup().caseView().timelineProperty().get() != null);
    }

    private static TableView<ActivityEvent> timeline() {
        return find(app, "caseTimeline");
    }

    /** Scrolls the card so that {@code node} is in view, as a person scrolls to it. */
    static <T extends Node> T inView(T node) throws Exception {
        org.testfx.util.WaitForAsyncUtils.asyncFx(() -> {
            for (Node p = node.getParent(); p != null; p = p.getParent()) {
                if (p instanceof ScrollPane sp) {
                    Node content = sp.getContent();
                    double y = content.sceneToLocal(node.localToScene(node.getLayoutBounds())).getMinY();
                    double range = content.getLayoutBounds().getHeight() - sp.getViewportBounds().getHeight();
                    sp.setVvalue(range <= 0 ? 0 : Math.min(1, Math.max(0, (y - 20) / range)));
                    return;
                }
            }
        }).get();
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        return node;
    }

    private List<String> findings() {
        return lookup(".case-finding").queryAllAs(Label.class).stream().filter(AppUiTestBase::shown)
                .map(Label::getText).toList();
    }

    @Test
    void gracesCaseNamesHerFailedMfaAndTheTimelineFollowsFailuresOnlyAndThePeriod() throws Exception {
        lookUp("grace");
        assertThat(((Label) find(app, "cardName")).getText()).isEqualTo("Grace Kim");
        assertThat(findings()).anyMatch(t -> t.startsWith("\u2022 4 failed authenticator-app verifications in the last hour"));
        assertThat(((Label) find(app, "caseStatus")).getText()).startsWith("Active: the user can sign in (since ");
        assertThat(((Label) find(app, "caseLastIp")).getText()).doesNotContain("unknown").contains("*");

        TableView<ActivityEvent> table = timeline();
        assertThat(shown(table)).isTrue();
        List<ActivityEvent> week = List.copyOf(table.getItems());
        assertThat(week).anyMatch(ActivityEvent::failed).anyMatch(ActivityEvent::succeeded);
        assertThat(week).anyMatch(e -> e.kind() == ActivityKind.MFA_VERIFY && e.failed());
        assertThat(lookup(".table-cell").queryAllAs(javafx.scene.control.TableCell.class).stream()
                .filter(c -> c.getTableView() == table).map(c -> c.getText()))
                .contains("MFA verification (OTP)", "Failed", "Succeeded");

        clickOn(inView((CheckBox) find(app, "caseFailuresOnly")));
        await(() -> !app.context().lookup().caseView().loadingProperty().get()
                && app.context().lookup().caseView().timelineProperty().get().failuresOnly());
        assertThat(table.getItems()).isNotEmpty().allMatch(ActivityEvent::failed).hasSizeLessThan(week.size());

        clickOn(inView((CheckBox) find(app, "caseFailuresOnly")));
        ComboBox<ActivityPeriod> period = find(app, "casePeriod");
        assertThat(period.getValue()).isEqualTo(ActivityPeriod.WEEK);
        clickOn(inView(period));
        clickOn("Last 24 hours");
        await(() -> !app.context().lookup().caseView().loadingProperty().get()
                && app.context().lookup().caseView().timelineProperty().get().period() == ActivityPeriod.DAY
                && !app.context().lookup().caseView().timelineProperty().get().failuresOnly());
        assertThat(table.getItems()).isNotEmpty().hasSizeLessThan(week.size())
                .allMatch(e -> e.time().isAfter(java.time.Instant.now().minus(java.time.Duration.ofHours(25))));
        interact(() -> period.setValue(ActivityPeriod.WEEK));
    }

    @Test
    void anotherUsersCardStartsAtItsTopNotWhereTheLastOneWasScrolledTo() throws Exception {
        lookUp("grace@example.com");
        inView(timeline());
        ScrollPane card = (ScrollPane) lookup(".lookup-card-scroll").query();
        assertThat(card.getVvalue()).isPositive();
        lookUp("heidi@contractor.test");
        assertThat(card.getVvalue()).isZero();
    }

    @Test
    void heidisDiagnosisSaysSignInIsRefusedWhateverTheMfa() throws Exception {
        lookUp("heidi");
        List<String> f = findings();
        assertThat(f).isNotEmpty();
        assertThat(f.get(0)).startsWith("\u2022 Suspended since ").contains("sign-in is refused whatever the MFA");
        assertThat(lookup(".case-blocker").queryAllAs(Label.class)).anyMatch(AppUiTestBase::shown);
        assertThat(((Label) find(app, "caseStatus")).getText()).startsWith("Suspended: every sign-in is refused (since ");
    }

    @Test
    void aNewLookupOrAFailedOneClearsTheCase() throws Exception {
        lookUp("grace");
        assertThat(app.context().lookup().caseView().findings()).isNotEmpty();
        retype(find(app, "lookupQuery"), "nobody@example.com");
        type(KeyCode.ENTER);
        await(() -> !app.context().lookup().runningProperty().get());
        assertThat(app.context().lookup().caseView().userProperty().get()).isNull();
        assertThat(app.context().lookup().caseView().findings()).isEmpty();
        assertThat(app.context().lookup().caseView().events()).isEmpty();
        assertThat(findings()).isEmpty();
        interact(() -> app.context().banner().clear());

        lookUp("alice");
        assertThat(app.context().lookup().caseView().userProperty().get().username()).isEqualTo("alice");
        assertThat(findings()).noneMatch(t -> t.contains("failed authenticator-app"));
    }

    private static final String ALICE_SECRET = "WOSUFEXH3ZMHCBOYR4B7OZ32TQTGZESV";

    private List<String> logLines() throws Exception {
        java.nio.file.Path file = app.context().lookupLog().file();
        return java.nio.file.Files.exists(file) ? java.nio.file.Files.readAllLines(file) : List.of();
    }

    private String checkCode(String code) throws Exception {
        javafx.scene.control.PasswordField field = inView((javafx.scene.control.PasswordField) find(app, "callerCode"));
        clickOn(field).write(code);
        clickOn((Node) find(app, "callerVerify"));
        await(() -> !app.context().lookup().caseView().checkingProperty().get()
                && app.context().lookup().caseView().callerResultProperty().get() != null);
        assertThat(field.getText()).as("the code field is cleared after the check").isEmpty();
        Label result = find(app, "callerResult");
        assertThat(shown(result)).isTrue();
        String text = result.getText();
        return text;
    }

    @Test
    void aliceIsVerifiedByHerCodeThenAWrongOneAndTheSameCodeAgainIsAReplayAndTheLogHasAllThree() throws Exception {
        lookUp("alice");
        assertThat(shown(find(app, "callerOtp"))).isTrue();
        assertThat(shown(find(app, "callerManual"))).isFalse();
        int before = logLines().size();
        String code = mfainspector.caller.TotpCodes.now(ALICE_SECRET);
        String wrong = mfainspector.caller.TotpCodes.notNear(ALICE_SECRET);

        String first = checkCode(code);
        assertThat(first).matches("\\d\\d:\\d\\d(:\\d\\d)?.*").contains("Verified: the code is the current one of a***@example.com");
        String second = checkCode(wrong);
        assertThat(second).contains("Not verified: the code is not the current one");
        String third = checkCode(code);
        assertThat(third).contains("Not verified: this code was already used");

        List<String> added = logLines().subList(before, logLines().size());
        assertThat(added).hasSize(3);
        assertThat(added.get(0)).contains("\"verification\":{\"outcome\":\"verified\",\"method\":\"otp\"}");
        assertThat(added.get(1)).contains("\"verification\":{\"outcome\":\"wrong_code\",\"method\":\"otp\"}");
        assertThat(added.get(2)).contains("\"verification\":{\"outcome\":\"replayed\",\"method\":\"otp\"}");
        assertThat(added).allMatch(l -> l.contains("\"ticket\":\"INC-77\"") && l.contains("\"requestIds\":[\""));
        assertThat(String.join("\n", added) + first + second + third).doesNotContain(code).doesNotContain(wrong)
                .doesNotContain(ALICE_SECRET);
        try (var files = java.nio.file.Files.walk(settingsDir)) {
            for (java.nio.file.Path f : files.filter(java.nio.file.Files::isRegularFile).toList()) {
                String content = new String(java.nio.file.Files.readAllBytes(f), java.nio.charset.StandardCharsets.ISO_8859_1);
                assertThat(content).as(f.toString()).doesNotContain(code).doesNotContain(wrong).doesNotContain(ALICE_SECRET);
            }
        }
    }

    @Test
    void davesManualChecklistIsRecordedInTheLog() throws Exception {
        lookUp("dave");
        assertThat(shown(find(app, "callerOtp"))).isFalse();
        assertThat(shown(find(app, "callerManual"))).isTrue();
        javafx.scene.control.Button record = find(app, "callerRecord");
        assertThat(record.isDisabled()).as("nothing ticked yet").isTrue();
        int before = logLines().size();
        clickOn(inView((CheckBox) find(app, "callerMethod-callback")));
        clickOn((CheckBox) find(app, "callerMethod-manager"));
        clickOn(record);
        await(() -> app.context().lookup().caseView().callerResultProperty().get() != null);
        assertThat(((Label) find(app, "callerResult")).getText()).contains("Verified");
        List<String> added = logLines().subList(before, logLines().size());
        assertThat(added).hasSize(1);
        assertThat(added.get(0)).contains("\"verification\":{\"outcome\":\"verified\",\"method\":\"callback_manager\"}")
                .contains("\"ticket\":\"INC-77\"");
        assertThat(((CheckBox) find(app, "callerMethod-callback")).isSelected()).isFalse();
    }

    @Test
    void anotherProfileClearsTheCase() throws Exception {
        lookUp("grace");
        assertThat(findings()).isNotEmpty();
        interact(() -> app.context().profiles().create("Other tenant"));
        assertThat(app.context().lookup().caseView().userProperty().get()).isNull();
        assertThat(app.context().lookup().caseView().events()).isEmpty();
        assertThat(app.context().lookup().caseView().callerResultProperty().get()).isNull();
        assertThat(findings()).isEmpty();
        interact(() -> {
            var other = app.context().profiles().selectedProperty().get();
            app.context().profiles().deleteSelected();
            app.context().profiles().select(app.context().profiles().profiles().get(0));
            assertThat(app.context().profiles().profiles()).doesNotContain(other);
        });
    }
}
