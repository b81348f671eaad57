package mfainspector.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** Builds the label / field / message rows of the forms, the same way on every side panel. */
public final class FormRows {

    private final GridPane grid = new GridPane();
    private final I18n i18n;
    private int row;

    public FormRows(I18n i18n) {
        this.i18n = i18n;
        grid.getStyleClass().add("form");
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setMinWidth(120);
        grid.getColumnConstraints().setAll(labels, fields);
    }

    /** Shows the nodes (and lets them take space) only while {@code shown} is true. */
    public static void showWhen(ObservableBooleanValue shown, Node... nodes) {
        for (Node n : nodes) {
            n.visibleProperty().bind(Bindings.createBooleanBinding(shown::get, shown));
            n.managedProperty().bind(n.visibleProperty());
        }
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
