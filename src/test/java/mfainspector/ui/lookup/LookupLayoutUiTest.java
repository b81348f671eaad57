package mfainspector.ui.lookup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import mfainspector.lookup.LookupLogEntry;
import mfainspector.ui.AppSession;
import mfainspector.ui.AppUiTestBase;
import mfainspector.ui.CutTexts;
import mfainspector.ui.connection.ProfileViewModel.DemoState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The look-up and log tabs at the window's default size and at 1024x700 (the window sets no
 * minimum size of its own), in English and Chinese: no header, no cell of the first rows and no
 * text of the card (with its case view: diagnosis, health, timeline) is cut, and the form's fields start at one left edge.
 */
class LookupLayoutUiTest extends AppUiTestBase {

    private static final int FIRST_ROWS = 4;

    @BeforeEach
    void demoReady() throws Exception {
        interact(() -> app.context().banner().clear());
        await(() -> app.context().profiles().demoStateProperty().get() == DemoState.READY);
    }

    @Test
    void atTheDefaultSizeNothingIsCutInEitherLanguage() throws Exception {
        checkAt(1180, 800);
    }

    @Test
    void atTheWindowsMinimumSizeNothingIsCutInEitherLanguage() throws Exception {
        checkAt(AppSession.MIN_WIDTH, AppSession.MIN_HEIGHT);
    }

    private void checkAt(double width, double height) throws Exception {
        interact(() -> {
            app.stage().setWidth(width);
            app.stage().setHeight(height);
            app.stage().toFront();
        });
        selectTab(app, "lookupTab");
        // The log's rows: a lookup found, one of a phone and one nobody matches (an error outcome).
        for (String typed : List.of("bob@example.com", "+1 202 555 0103", "nobody@example.com")) {
            retype(find(app, "lookupQuery"), typed);
            type(KeyCode.ENTER);
            await(() -> !app.context().lookup().runningProperty().get());
        }
        interact(() -> app.context().banner().clear());
        for (String language : List.of("language.en", "language.zh")) {
            String where = language + " at " + (int) width + "x" + (int) height;
            interact(() -> menuItem(app, language).fire());
            selectTab(app, "lookupTab");
            retype(find(app, "lookupTicket"), "INC-4711");
            TextField query = find(app, "lookupQuery");
            interact(query::clear);
            double typeAt = leftEdges("lookupType").get(0);
            clickOn(query).write("example");
            assertThat(((Label) find(app, "lookupGuess")).getText()).as(where).isNotEmpty();
            assertThat(leftEdges("lookupType")).as(where + ", the type picker stays put while typing").containsExactly(typeAt);
            clickOn((Node) find(app, "searchButton"));
            await(() -> !app.context().lookup().runningProperty().get());
            TableView<?> matches = find(app, "matchTable");
            await(() -> matches.getItems().size() > 3);
            assertThat(cutTexts(matches, rows(matches))).as(where + ", pick list").isEmpty();
            assertThat(leftEdges("lookupQuery", "lookupType", "lookupTicket")).as(where + ", form").hasSize(1);

            doubleClickOn(rows(matches).get(2));
            await(() -> shown(find(app, "cardName")));
            // The case view with its timeline: the diagnosis, the health and the table's first rows.
            await(() -> !app.context().lookup().caseView().loadingProperty().get()
                    && !app.context().lookup().caseView().events().isEmpty());
            TableView<?> timeline = find(app, "caseTimeline");
            assertThat(rows(timeline)).as(where + ", timeline rows").isNotEmpty();
            assertThat(cutTexts(timeline, rows(timeline))).as(where + ", timeline").isEmpty();
            for (var column : timeline.getColumns()) {
                assertThat(((Label) column.getGraphic()).getTooltip().getText()).as(where + ", timeline header tooltip").isNotBlank();
            }
            assertThat(lookup(".case-finding").queryAll()).as(where + ", diagnosis").isNotEmpty();
            Parent card = ((Node) find(app, "cardName")).getParent().getParent();
            assertThat(cutTexts(card, List.of(card))).as(where + ", card").isEmpty();
            assertThat(((Label) find(app, "cardCreated")).getText()).as(where).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d \\S+");

            // Verify the caller: alice's code check with its result sentence, dave's manual checklist.
            for (String user : List.of("alice", "dave")) {
                retype(find(app, "lookupQuery"), user);
                type(KeyCode.ENTER);
                await(() -> !app.context().lookup().runningProperty().get() && shown(find(app, "cardName"))
                        && !app.context().lookup().caseView().loadingProperty().get());
                if (user.equals("alice")) {
                    clickOn(CaseViewUiTest.inView((Node) find(app, "callerCode"))).write("12");
                    clickOn((Node) find(app, "callerVerify"));
                    await(() -> !app.context().lookup().caseView().checkingProperty().get()
                            && app.context().lookup().caseView().callerResultProperty().get() != null);
                }
                Parent section = find(app, "callerSection");
                assertThat(shown(section)).as(where + ", " + user).isTrue();
                assertThat(cutTexts(section, List.of(section))).as(where + ", verify " + user).isEmpty();
                Parent userCard = ((Node) find(app, "cardName")).getParent().getParent();
                assertThat(cutTexts(userCard, List.of(userCard))).as(where + ", card of " + user).isEmpty();
            }
            interact(() -> app.context().banner().clear());

            selectTab(app, "logTab");
            TableView<LookupLogEntry> log = find(app, "logTable");
            await(() -> log.getItems().size() >= FIRST_ROWS);
            clickOn(rows(log).get(0));
            assertThat(cutTexts(log, rows(log))).as(where + ", log").isEmpty();
            for (var column : log.getColumns()) {
                assertThat(((Label) column.getGraphic()).getTooltip().getText()).as(where + ", header tooltip").isNotBlank();
            }
            TableCell<?, ?> time = (TableCell<?, ?>) rows(log).get(0).lookup(".table-cell");
            assertThat(time.getText()).as(where).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d");
            assertThat(Controls.tooltipText(time)).as(where + ", time tooltip: zone and UTC")
                    .matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d \\S+ \\(\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ\\)");
            Label detail = find(app, "logDetail");
            assertThat(cutTexts(detail.getParent(), List.of(detail))).as(where + ", log detail").isEmpty();
        }
        interact(() -> menuItem(app, "language.en").fire());
    }

    /** The first rows of a table that hold an item, in order. */
    private List<Node> rows(TableView<?> table) {
        return CutTexts.firstRows(table, FIRST_ROWS);
    }

    private List<String> cutTexts(Parent area, List<? extends Node> roots) {
        return CutTexts.in(area, roots);
    }

    private List<Double> leftEdges(String... ids) {
        return java.util.Arrays.stream(ids).map(id -> {
            Node n = find(app, id);
            return Math.rint(n.localToScene(n.getLayoutBounds()).getMinX());
        }).distinct().toList();
    }
}
