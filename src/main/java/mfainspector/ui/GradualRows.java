package mfainspector.ui;

import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.scene.control.TableView;

/**
 * Shows a list in a table without one long frame when many rows first appear. A table creates and
 * styles a row of cells for each visible row the first time it shows one: about 5-9 ms a row of
 * eleven cells here, so a report's first screen of rows held the JavaFX thread for 60-180 ms in one
 * pulse. The table shows a copy of the list instead; when the list grows past the rows the table has
 * already built, the copy takes {@code rowsPerPulse} more rows in each pulse (the next step once the
 * table has laid out the last one) until the visible area is full, then the whole list at once (rows
 * below the visible area cost no cells). Any other change of the list reaches the table at once, as
 * before; a table not in a window takes the whole list at once.
 *
 * <p>The table's items are the copy: read the rows from the list given here, not from
 * {@link TableView#getItems()}, while a fill may be under way.
 */
public final class GradualRows<T> {

    /** Rows assumed visible when the table has no height yet (not laid out, or hidden). */
    static final int ROWS_WHEN_UNKNOWN = 40;

    private final TableView<T> table;
    private final ObservableList<T> source;
    private final ObservableList<T> shown = FXCollections.observableArrayList();
    private final int rowsPerPulse;
    /** The most rows the table has been given to lay out so far: its cells exist for these. */
    private int built;
    /** After the pulse that laid out the last step: the next step goes into the pulse after it. */
    private final Runnable afterLayout = this::laidOut;
    /** The scene whose next layout the next step waits for; null when no step waits. */
    private Scene listening;

    private GradualRows(TableView<T> table, ObservableList<T> source, int rowsPerPulse) {
        this.table = table;
        this.source = source;
        this.rowsPerPulse = rowsPerPulse;
    }

    /** Makes {@code table} show {@code source}, growing by at most {@code rowsPerPulse} new rows a pulse. */
    public static <T> GradualRows<T> fill(TableView<T> table, ObservableList<T> source, int rowsPerPulse) {
        if (rowsPerPulse < 1) {
            throw new IllegalArgumentException("rowsPerPulse must be at least 1");
        }
        GradualRows<T> g = new GradualRows<>(table, source, rowsPerPulse);
        table.setItems(g.shown);
        source.addListener((ListChangeListener<T>) c -> g.sync());
        g.sync();
        return g;
    }

    /** The copy of the list that the table is given as its items. */
    public ObservableList<T> items() {
        return shown;
    }

    /** Whether the table shows the whole list (no fill under way). */
    public boolean complete() {
        return listening == null && shown.size() == source.size();
    }

    private void laidOut() {
        Scene scene = listening;
        // Not removed in the middle of the scene's own loop over its listeners.
        Platform.runLater(() -> {
            if (scene != null) {
                scene.removePostLayoutPulseListener(afterLayout);
            }
            if (listening == scene) {
                listening = null;
                sync();
            }
        });
    }

    private void sync() {
        int wanted = source.size();
        int visible = visibleRows();
        int allowed = built + rowsPerPulse;
        Scene scene = table.getScene();
        if (wanted <= allowed || built >= visible || scene == null) {
            shown.setAll(source);
            built = Math.max(built, Math.min(wanted, visible));
            stopWaiting();
            return;
        }
        shown.setAll(source.subList(0, allowed));
        built = allowed;
        if (listening == null) {
            listening = scene;
            scene.addPostLayoutPulseListener(afterLayout);
            Platform.requestNextPulse();
        }
    }

    private void stopWaiting() {
        if (listening != null) {
            listening.removePostLayoutPulseListener(afterLayout);
            listening = null;
        }
    }

    /** How many rows fill the table's height (one more for a row cut at the bottom). */
    private int visibleRows() {
        double cell = table.getFixedCellSize();
        double height = table.getHeight();
        if (cell <= 0 || height <= 0) {
            return ROWS_WHEN_UNKNOWN;
        }
        return (int) Math.ceil(height / cell) + 1;
    }
}
