package mfainspector.ui.factors;

import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.transformation.SortedList;
import javafx.scene.AccessibleRole;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.shape.SVGPath;
import mfainspector.ui.I18n;

/** The table of enrolled factors: type with icon, factor ID in monospace, detail masked unless revealed. */
final class FactorTable {

    private FactorTable() {
    }

    /**
     * Builds the table over a sorted view of the model's rows (the model keeps API order).
     * {@code copyId} and {@code copySummary} back the context menu.
     */
    static TableView<FactorRow> create(FactorsViewModel model, I18n i18n, Consumer<FactorRow> copyId,
                                       Runnable copySummary) {
        TableView<FactorRow> table = new TableView<>();
        table.setId("factor-table");
        table.getStyleClass().add("factor-table");
        table.accessibleTextProperty().bind(i18n.text("factors.table.accessible"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        TableColumn<FactorRow, FactorRow> type = column(i18n, "factors.column.type", "factor-type-column",
                ReadOnlyObjectWrapper::new);
        type.setComparator(Comparator.comparing(FactorRow::type));
        type.setCellFactory(c -> new TypeCell());
        type.setPrefWidth(230);
        // Each column keeps at least what its words need (the longest type name, a whole factor id,
        // a masked email): a table narrower than that scrolls sideways instead of cutting them.
        type.setMinWidth(240);

        TableColumn<FactorRow, String> id = column(i18n, "factors.column.id", "factor-id-column",
                row -> new ReadOnlyObjectWrapper<>(row.factorId()));
        id.setPrefWidth(220);
        id.setMinWidth(228);

        TableColumn<FactorRow, String> detail = column(i18n, "factors.column.detail", "factor-detail-column",
                FactorRow::detailProperty);
        detail.setPrefWidth(200);
        detail.setMinWidth(140);
        // A device name (a passkey's, say) can be longer than any column: the tooltip has it whole.
        detail.setCellFactory(c -> new DetailCell());

        table.getColumns().setAll(List.of(type, id, detail));
        SortedList<FactorRow> sorted = new SortedList<>(model.rows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setContextMenu(contextMenu(table, i18n, copyId, copySummary));
        return table;
    }

    private static <T> TableColumn<FactorRow, T> column(I18n i18n, String key, String styleClass,
                                                        Function<FactorRow, ObservableValue<T>> value) {
        TableColumn<FactorRow, T> col = new TableColumn<>();
        col.textProperty().bind(i18n.text(key));
        col.getStyleClass().add(styleClass);
        col.setCellValueFactory(c -> value.apply(c.getValue()));
        col.setReorderable(false);
        return col;
    }

    /*
     * No accelerators on these items: a context menu's accelerators would be installed scene-wide
     * and take Ctrl+C from text fields elsewhere in the window. FactorsView handles the keys itself.
     */
    private static ContextMenu contextMenu(TableView<FactorRow> table, I18n i18n, Consumer<FactorRow> copyId,
                                           Runnable copySummary) {
        MenuItem id = new MenuItem();
        id.setId("copy-factor-id");
        id.textProperty().bind(i18n.text("factors.copyId"));
        id.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        id.setOnAction(e -> copyId.accept(table.getSelectionModel().getSelectedItem()));
        MenuItem summary = new MenuItem();
        summary.setId("copy-ticket-summary");
        summary.textProperty().bind(i18n.text("factors.copySummary"));
        summary.setOnAction(e -> copySummary.run());
        return new ContextMenu(id, summary);
    }

    /** A detail as text, and whole in a tooltip. */
    static final class DetailCell extends TableCell<FactorRow, String> {
        private final Tooltip tooltip = new Tooltip();

        @Override
        protected void updateItem(String detail, boolean empty) {
            super.updateItem(detail, empty);
            boolean blank = empty || detail == null || detail.isEmpty();
            setText(blank ? null : detail);
            tooltip.setText(blank ? "" : detail);
            setTooltip(blank ? null : tooltip);
        }
    }

    /** Icon plus type name in words; one glyph node and one tooltip for the life of the cell. */
    static final class TypeCell extends TableCell<FactorRow, FactorRow> {
        private final SVGPath icon = new SVGPath();
        private final Tooltip tooltip = new Tooltip();

        TypeCell() {
            icon.setAccessibleRole(AccessibleRole.IMAGE_VIEW);
            getStyleClass().add("factor-type-cell");
        }

        @Override
        protected void updateItem(FactorRow row, boolean empty) {
            super.updateItem(row, empty);
            textProperty().unbind();
            tooltip.textProperty().unbind();
            icon.accessibleTextProperty().unbind();
            if (empty || row == null) {
                setText(null);
                setGraphic(null);
                setTooltip(null);
                return;
            }
            FactorTypeIcon.of(row.type()).applyTo(icon);
            icon.accessibleTextProperty().bind(row.typeLabelProperty());
            textProperty().bind(row.typeLabelProperty());
            tooltip.textProperty().bind(row.typeDescriptionProperty());
            setGraphic(icon);
            setTooltip(tooltip);
        }
    }
}
