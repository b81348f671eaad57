package mfainspector.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.text.Text;

/** What the layout tests look for: text a person does not see whole at a given window size. */
public final class CutTexts {

    private CutTexts() {
    }

    /** The rows of {@code table} that hold an item, the first {@code count} of them, in order. */
    public static List<Node> firstRows(TableView<?> table, int count) {
        List<Node> rows = new ArrayList<>(table.lookupAll(".table-row-cell").stream()
                .filter(n -> n instanceof TableRow<?> r && !r.isEmpty() && r.getIndex() < count && r.isVisible()).toList());
        rows.sort((a, b) -> Integer.compare(((TableRow<?>) a).getIndex(), ((TableRow<?>) b).getIndex()));
        return rows;
    }

    /**
     * Each text under {@code roots} (and the column headers when {@code area} is a table) that a
     * person does not see whole: the skin drew less than the text (an ellipsis) and no tooltip
     * has it whole, or it lies beyond {@code area}'s right edge. Fails when nothing was there to check.
     */
    public static List<String> in(Parent area, List<? extends Node> roots) {
        List<String> cut = new ArrayList<>();
        Bounds visible = area.localToScene(area.getLayoutBounds());
        List<Node> all = new ArrayList<>(roots);
        if (area instanceof TableView<?>) {
            all.addAll(area.lookupAll(".column-header"));
        }
        int checked = 0;
        for (Node root : all) {
            for (Node n : labeleds(root, new ArrayList<>())) {
                if (!(n instanceof Labeled l) || !AppUiTestBase.shown(l) || l.getText() == null || l.getText().isBlank()) {
                    continue;
                }
                checked++;
                String whole = l.isMnemonicParsing() ? l.getText().replaceFirst("_", "") : l.getText();
                String drawn = drawn(l);
                Bounds b = l.localToScene(l.getLayoutBounds());
                String tip = mfainspector.ui.lookup.Controls.tooltipText(l);
                boolean wholeInTooltip = tip != null && tip.contains(whole);
                if (!whole.equals(drawn) && !wholeInTooltip) {
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

    /** The text the labeled's skin put on screen (a titled pane draws its title in its title bar). */
    private static String drawn(Labeled l) {
        if (l instanceof TitledPane pane && pane.lookup(".title") instanceof Parent title) {
            return title.lookupAll(".text").stream().filter(Text.class::isInstance).map(t -> ((Text) t).getText())
                    .findFirst().orElse("");
        }
        for (Node child : l.getChildrenUnmodifiable()) {
            if (child instanceof Text t) {
                return t.getText();
            }
        }
        return "";
    }
}
