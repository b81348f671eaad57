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
import mfainspector.ui.connection.ProfileViewModel.DemoState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The case view on a user's card, driven as an agent does: diagnosis, health and the activity timeline. */
class CaseViewUiTest extends AppUiTestBase {

    @BeforeEach
    void lookupTab() throws Exception {
        interact(() -> {
            menuItem(app, "language.en").fire();
            app.context().banner().clear();
            app.stage().toFront();
        });
        await(() -> app.context().profiles().demoStateProperty().get() == DemoState.READY);
        selectTab(app, "lookupTab");
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
    <T extends Node> T inView(T node) {
        interact(() -> {
            for (Node p = node.getParent(); p != null; p = p.getParent()) {
                if (p instanceof ScrollPane sp) {
                    Node content = sp.getContent();
                    double y = content.sceneToLocal(node.localToScene(node.getLayoutBounds())).getMinY();
                    double range = content.getLayoutBounds().getHeight() - sp.getViewportBounds().getHeight();
                    sp.setVvalue(range <= 0 ? 0 : Math.min(1, Math.max(0, (y - 20) / range)));
                    return;
                }
            }
        });
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
}
