package mfainspector.ui.lookup;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import mfainspector.ui.I18n;

/** The labels, buttons and text columns of the look-up and report screens, worded from the bundle. */
public final class Controls {

    private Controls() {
    }

    /** A label whose mnemonic focuses {@code field}. */
    public static Label label(I18n i18n, String key, Node field) {
        Label l = new Label();
        l.textProperty().bind(i18n.text(key));
        l.setMnemonicParsing(true);
        l.setLabelFor(field);
        l.getStyleClass().add("lookup-label");
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    public static Button button(I18n i18n, String id, String key, Runnable action) {
        Button b = new Button();
        b.setId(id);
        b.setMnemonicParsing(true);
        b.textProperty().bind(i18n.text(key));
        b.setOnAction(e -> action.run());
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    public static Tooltip tooltip(I18n i18n, String key) {
        Tooltip t = new Tooltip();
        t.textProperty().bind(i18n.text(key));
        return t;
    }

    /** A read-only text column; each cell's tooltip holds its whole text. */
    public static <T> TableColumn<T, T> column(I18n i18n, String key, double minWidth, Function<T, String> value) {
        return column(i18n, key, minWidth, value, value);
    }

    /**
     * A read-only text column at least {@code minWidth} wide (a table spreads what is left over its
     * columns), its header with the tooltip {@code key.tooltip}, each cell's tooltip {@code tooltip}.
     */
    public static <T> TableColumn<T, T> column(I18n i18n, String key, double minWidth, Function<T, String> value,
                                        Function<T, String> tooltip) {
        TableColumn<T, T> c = new TableColumn<>();
        c.setId(key);
        c.setMinWidth(minWidth);
        c.setPrefWidth(minWidth);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        c.setCellFactory(col -> new TextCell<>(value, tooltip));
        c.setReorderable(false);
        Label header = new Label();
        header.textProperty().bind(i18n.text(key));
        header.setTooltip(tooltip(i18n, key + ".tooltip"));
        // The header is this label, not the column's text: only a node can have a tooltip.
        c.setGraphic(header);
        return c;
    }

    /**
     * The text a cell's tooltip shows, also before its tooltip exists: table cells make theirs when
     * the pointer first comes over them (see {@link TextCell}).
     */
    public static String tooltipText(javafx.scene.control.Control c) {
        if (c.getTooltip() != null) {
            return c.getTooltip().getText();
        }
        Object pending = c.getProperties().get(TOOLTIP_TEXT);
        return pending instanceof String t ? t : null;
    }

    private static final String TOOLTIP_TEXT = "mfainspector.tooltipText";

    /**
     * A cell showing one text of its row, with that row's longer form as a tooltip. The tooltip is
     * made when the pointer first comes over the cell, not with the cell: a tooltip is a popup
     * window of its own, and making one for each of a table's first few hundred cells held up the
     * pulse that first showed them for a noticeable moment.
     */
    private static final class TextCell<T> extends TableCell<T, T> {
        private final Function<T, String> value;
        private final Function<T, String> tooltip;
        private Tooltip tip;

        TextCell(Function<T, String> value, Function<T, String> tooltip) {
            this.value = value;
            this.tooltip = tooltip;
            addEventHandler(javafx.scene.input.MouseEvent.MOUSE_ENTERED, e -> {
                String text = (String) getProperties().get(TOOLTIP_TEXT);
                if (tip == null && text != null) {
                    tip = new Tooltip(text);
                    setTooltip(tip);
                }
            });
        }

        /**
         * The rows shown are immutable values: the same object is the same row. Comparing by
         * identity spares a record's field-by-field equals for every cell each time the table
         * moves its cells.
         */
        @Override
        protected boolean isItemChanged(T oldItem, T newItem) {
            return oldItem != newItem;
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            String text = empty || item == null ? null : tooltip.apply(item);
            setText(empty || item == null ? null : value.apply(item));
            if (text == null) {
                getProperties().remove(TOOLTIP_TEXT);
                setTooltip(null);
                tip = null;
            } else {
                getProperties().put(TOOLTIP_TEXT, text);
                if (tip != null) {
                    tip.setText(text);
                    setTooltip(tip);
                }
            }
        }
    }
}
