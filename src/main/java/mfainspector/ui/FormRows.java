package mfainspector.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.beans.value.ObservableValue;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;

/** Builds the label / field / message rows of the forms, the same way on every side panel. */
public final class FormRows {

    private static final String LABEL_TARGET = "mfainspector.labelTarget";

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

    /**
     * For a field made of several nodes (a secret and its eye): its row's label leads to
     * {@code target}'s node, the one that takes the typing now, instead of to {@code field} itself.
     */
    public static void labelLeadsTo(Node field, ObservableValue<Node> target) {
        field.getProperties().put(LABEL_TARGET, target);
    }

    /** A row: a label with a mnemonic that focuses {@code field}, the field, and its message below. */
    public Label add(String labelKey, Node field, ObservableStringValue error) {
        Label label = new Label();
        label.textProperty().bind(i18n.text(labelKey));
        label.setMnemonicParsing(true);
        if (field.getProperties().get(LABEL_TARGET) instanceof ObservableValue<?> target) {
            @SuppressWarnings("unchecked")
            ObservableValue<Node> node = (ObservableValue<Node>) target;
            // A mnemonic only moves the focus to a node that takes it: the box around a field does not.
            label.labelForProperty().bind(node);
        } else {
            label.setLabelFor(field);
        }
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

    /** Shows each choice as {@code text} says, re-worded when the language changes. */
    public static <T> void localized(ComboBox<T> combo, I18n i18n, Function<T, String> text) {
        localized(combo, i18n, text, text);
    }

    /** As above, the chosen one shown as {@code buttonText} says (shorter, where the list adds a note). */
    public static <T> void localized(ComboBox<T> combo, I18n i18n, Function<T, String> text,
            Function<T, String> buttonText) {
        combo.setConverter(converter(text));
        combo.setCellFactory(list -> cell(text));
        ListCell<T> button = cell(buttonText);
        combo.setButtonCell(button);
        // Cells keep their text until their item changes, so a new language re-creates them.
        i18n.localeProperty().addListener((obs, old, now) -> {
            combo.setConverter(converter(text));
            combo.setCellFactory(list -> cell(text));
            button.setText(combo.getValue() == null ? "" : buttonText.apply(combo.getValue()));
        });
    }

    private static <T> ListCell<T> cell(Function<T, String> text) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? "" : text.apply(item));
            }
        };
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : text.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    /** A node across both columns. */
    public void addWide(Node node) {
        grid.add(node, 0, row++, 2, 1);
    }

    public GridPane grid() {
        return grid;
    }
}
