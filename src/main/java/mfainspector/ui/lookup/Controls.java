package mfainspector.ui.lookup;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.layout.Region;
import mfainspector.ui.I18n;

/** The labels, buttons and text columns of the look-up screens, worded from the bundle. */
final class Controls {

    private Controls() {
    }

    /** A label whose mnemonic focuses {@code field}. */
    static Label label(I18n i18n, String key, Node field) {
        Label l = new Label();
        l.textProperty().bind(i18n.text(key));
        l.setMnemonicParsing(true);
        l.setLabelFor(field);
        l.getStyleClass().add("lookup-label");
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    static Button button(I18n i18n, String id, String key, Runnable action) {
        Button b = new Button();
        b.setId(id);
        b.setMnemonicParsing(true);
        b.textProperty().bind(i18n.text(key));
        b.setOnAction(e -> action.run());
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    /** A read-only text column. */
    static <T> TableColumn<T, String> column(I18n i18n, String key, Function<T, String> value) {
        TableColumn<T, String> c = new TableColumn<>();
        c.textProperty().bind(i18n.text(key));
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setReorderable(false);
        return c;
    }
}
