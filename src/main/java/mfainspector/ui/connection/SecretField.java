package mfainspector.ui.connection;

import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.SVGPath;
import mfainspector.ui.I18n;

/** A masked secret field with an eye toggle that shows it in plain text, as the connection panel uses it. */
final class SecretField {

    /** An eye (Material Design "visibility" icon, Apache License 2.0). */
    private static final String EYE = "M12 4.5C7 4.5 2.73 7.61 1 12c1.73 4.39 6 7.5 11 7.5s9.27-3.11 11-7.5c-1.73-4.39-6-7.5-11-7.5z"
            + "M12 17c-2.76 0-5-2.24-5-5s2.24-5 5-5 5 2.24 5 5-2.24 5-5 5zm0-8c-1.66 0-3 1.34-3 3s1.34 3 3 3 3-1.34 3-3-1.34-3-3-3z";

    private SecretField() {
    }

    /**
     * @param ids       the ids of the masked field, the plain field and the toggle
     * @param revealKey the toggle's tooltip and accessible text
     */
    static Node create(StringProperty value, String[] ids, String revealKey, ObservableBooleanValue disabled, I18n i18n) {
        PasswordField masked = new PasswordField();
        masked.setId(ids[0]);
        TextField plain = new TextField();
        plain.setId(ids[1]);
        masked.textProperty().bindBidirectional(value);
        plain.textProperty().bindBidirectional(value);
        ToggleButton reveal = new ToggleButton();
        SVGPath eye = new SVGPath();
        eye.setContent(EYE);
        eye.getStyleClass().add("reveal-icon");
        reveal.setGraphic(eye);
        reveal.setId(ids[2]);
        reveal.getStyleClass().add("reveal-toggle");
        reveal.accessibleTextProperty().bind(i18n.text(revealKey));
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(i18n.text(revealKey));
        reveal.setTooltip(tip);
        plain.visibleProperty().bind(reveal.selectedProperty());
        masked.visibleProperty().bind(reveal.selectedProperty().not());
        masked.disableProperty().bind(disabled);
        plain.disableProperty().bind(disabled);
        StackPane fields = new StackPane(masked, plain);
        HBox.setHgrow(fields, Priority.ALWAYS);
        HBox box = new HBox(4, fields, reveal);
        box.setFocusTraversable(false);
        return box;
    }
}
