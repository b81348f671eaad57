package mfainspector.ui;

import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/** Builds the label / field / message rows of the forms, the same way on every side panel. */
public final class FormRows {

    private final GridPane grid = new GridPane();
    private final I18n i18n;
    private int row;

    public FormRows(I18n i18n) {
        this.i18n = i18n;
        grid.getStyleClass().add("form");
    }

    /** A row: a label with a mnemonic that focuses {@code field}, the field, and its message below. */
    public Label add(String labelKey, Node field, ObservableStringValue error) {
        Label label = new Label();
        label.textProperty().bind(i18n.text(labelKey));
        label.setMnemonicParsing(true);
        label.setLabelFor(field);
        grid.add(label, 0, row);
        grid.add(field, 1, row++);
        GridPane.setHgrow(field, Priority.ALWAYS);
        if (error != null) {
            Label message = new Label();
            message.getStyleClass().add("field-error");
            message.setWrapText(true);
            message.textProperty().bind(error);
            message.visibleProperty().bind(message.textProperty().isNotEmpty());
            message.managedProperty().bind(message.visibleProperty());
            grid.add(message, 1, row++);
        }
        return label;
    }

    /** A node across both columns. */
    public void addWide(Node node) {
        grid.add(node, 0, row++, 2, 1);
    }

    public GridPane grid() {
        return grid;
    }
}
