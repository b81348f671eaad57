package mfainspector.ui.lookup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import mfainspector.lookup.LookupLogEntry;
import mfainspector.ui.AppUiTestBase;
import mfainspector.ui.connection.ProfileViewModel.DemoState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The look-up and log tabs at the window's default size and at 1024x700 (the window sets no
 * minimum size of its own), in English and Chinese: no header, no cell of the first rows and no
 * text of the card is cut, and the form's fields start at one left edge.
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
    void atTheSmallestTestedSizeNothingIsCutInEitherLanguage() throws Exception {
        checkAt(1024, 700);
    }

    private void checkAt(double width, double height) throws Exception {
        interact(() -> {
            app.stage().setWidth(width);
            app.stage().setHeight(height);
            app.stage().toFront();
        });
        selectTab("lookupTab");
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
            selectTab("lookupTab");
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
            Parent card = ((Node) find(app, "cardName")).getParent().getParent();
            assertThat(cutTexts(card, List.of(card))).as(where + ", card").isEmpty();
            assertThat(((Label) find(app, "cardCreated")).getText()).as(where).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d \\S+");

            selectTab("logTab");
            TableView<LookupLogEntry> log = find(app, "logTable");
            await(() -> log.getItems().size() >= FIRST_ROWS);
            clickOn(rows(log).get(0));
            assertThat(cutTexts(log, rows(log))).as(where + ", log").isEmpty();
            for (var column : log.getColumns()) {
                assertThat(((Label) column.getGraphic()).getTooltip().getText()).as(where + ", header tooltip").isNotBlank();
            }
            TableCell<?, ?> time = (TableCell<?, ?>) rows(log).get(0).lookup(".table-cell");
            assertThat(time.getText()).as(where).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d");
            assertThat(time.getTooltip().getText()).as(where + ", time tooltip: zone and UTC")
                    .matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d \\S+ \\(\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ\\)");
            Label detail = find(app, "logDetail");
            assertThat(cutTexts(detail.getParent(), List.of(detail))).as(where + ", log detail").isEmpty();
        }
        interact(() -> menuItem(app, "language.en").fire());
    }

    private void selectTab(String id) throws Exception {
        TabPane tabs = find(app, "modeTabs");
        String text = tabs.getTabs().stream().filter(t -> t.getId().equals(id)).findFirst().orElseThrow().getText();
        clickOn(lookup(".tab-header-area .tab-label").match((Label l) -> text.equals(l.getText())).<Node>query());
        await(() -> tabs.getSelectionModel().getSelectedItem().getId().equals(id));
    }

    /** The first rows of a table that hold an item, in order. */
    private List<Node> rows(TableView<?> table) {
        List<Node> rows = new ArrayList<>(lookup(n -> n instanceof TableRow<?> r && r.getTableView() == table
                && !r.isEmpty() && r.getIndex() < FIRST_ROWS && r.isVisible()).queryAll());
        rows.sort((a, b) -> Integer.compare(((TableRow<?>) a).getIndex(), ((TableRow<?>) b).getIndex()));
        return rows;
    }

    /**
     * Each text under {@code roots} (and the column headers when {@code area} is a table) that a
     * person does not see whole: the skin drew less than the text (an ellipsis), or it lies
     * beyond {@code area}'s right edge.
     */
    private List<String> cutTexts(Parent area, List<? extends Node> roots) {
        List<String> cut = new ArrayList<>();
        Bounds visible = area.localToScene(area.getLayoutBounds());
        List<Node> all = new ArrayList<>(roots);
        if (area instanceof TableView<?>) {
            all.addAll(area.lookupAll(".column-header"));
        }
        int checked = 0;
        for (Node root : all) {
            for (Node n : labeleds(root, new ArrayList<>())) {
                if (!(n instanceof Labeled l) || !shown(l) || l.getText() == null || l.getText().isBlank()) {
                    continue;
                }
                checked++;
                String whole = l.isMnemonicParsing() ? l.getText().replaceFirst("_", "") : l.getText();
                String drawn = drawn(l);
                Bounds b = l.localToScene(l.getLayoutBounds());
                if (!whole.equals(drawn)) {
                    cut.add("'" + whole + "' drawn as '" + drawn + "' (" + (int) b.getWidth() + " px wide)");
                } else if (b.getMaxX() > visible.getMaxX() + 0.5) {
                    cut.add("'" + whole + "' ends at " + (int) b.getMaxX() + ", past " + (int) visible.getMaxX());
                }
            }
        }
        assertThat(checked).as("texts checked in %s", area).isPositive();
        return cut;
    }

    private static List<Node> labeleds(Node n, List<Node> out) {
        if (n instanceof Labeled) {
            out.add(n);
        }
        if (n instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                labeleds(child, out);
            }
        }
        return out;
    }

    /** The text the labeled's skin put on screen. */
    private static String drawn(Labeled l) {
        for (Node child : l.getChildrenUnmodifiable()) {
            if (child instanceof Text t) {
                return t.getText();
            }
        }
        return "";
    }

    private List<Double> leftEdges(String... ids) {
        return java.util.Arrays.stream(ids).map(id -> {
            Node n = find(app, id);
            return Math.rint(n.localToScene(n.getLayoutBounds()).getMinX());
        }).distinct().toList();
    }
}
