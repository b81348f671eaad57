package mfainspector.ui.connection;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
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
import mfainspector.ui.FormRows;
import mfainspector.ui.I18n;

/**
 * A masked secret field with an eye toggle that shows it in plain text, as the connection panel
 * uses it. While the secret is shown the toggle draws a struck-out eye and offers to hide it.
 */
final class SecretField {

    /** An eye (Material Design "visibility" icon, Apache License 2.0). */
    static final String EYE = "M12 4.5C7 4.5 2.73 7.61 1 12c1.73 4.39 6 7.5 11 7.5s9.27-3.11 11-7.5c-1.73-4.39-6-7.5-11-7.5z"
            + "M12 17c-2.76 0-5-2.24-5-5s2.24-5 5-5 5 2.24 5 5-2.24 5-5 5zm0-8c-1.66 0-3 1.34-3 3s1.34 3 3 3 3-1.34 3-3-1.34-3-3-3z";
    /** A struck-out eye (Material Design "visibility_off" icon, Apache License 2.0). */
    static final String EYE_OFF = "M12 7c2.76 0 5 2.24 5 5 0 .65-.13 1.26-.36 1.83l2.92 2.92c1.51-1.26 2.7-2.89 3.43-4.75"
            + "-1.73-4.39-6-7.5-11-7.5-1.4 0-2.74.25-3.98.7l2.16 2.16C10.74 7.13 11.35 7 12 7z"
            + "M2 4.27l2.28 2.28.46.46C3.08 8.3 1.78 10.02 1 12c1.73 4.39 6 7.5 11 7.5 1.55 0 3.03-.3 4.38-.84l.42.42"
            + "L19.73 22 21 20.73 3.27 3 2 4.27z"
            + "M7.53 9.8l1.55 1.55c-.05.21-.08.43-.08.65 0 1.66 1.34 3 3 3 .22 0 .44-.03.65-.08l1.55 1.55"
            + "c-.67.33-1.41.53-2.2.53-2.76 0-5-2.24-5-5 0-.79.2-1.53.53-2.2z"
            + "m4.31-.78l3.15 3.15.02-.16c0-1.66-1.34-3-3-3l-.17.01z";

    private SecretField() {
    }

    /**
     * @param ids       the ids of the masked field, the plain field and the toggle
     * @param revealKey the toggle's tooltip and accessible text while the secret is masked; the key
     *                  with {@code .hide} after it while it is shown
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
        eye.contentProperty().bind(Bindings.when(reveal.selectedProperty()).then(EYE_OFF).otherwise(EYE));
        eye.getStyleClass().add("reveal-icon");
        reveal.setGraphic(eye);
        reveal.setId(ids[2]);
        reveal.getStyleClass().add("reveal-toggle");
        StringBinding action = Bindings.when(reveal.selectedProperty())
                .then(i18n.text(revealKey + ".hide")).otherwise(i18n.text(revealKey));
        reveal.accessibleTextProperty().bind(action);
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(action);
        reveal.setTooltip(tip);
        plain.visibleProperty().bind(reveal.selectedProperty());
        masked.visibleProperty().bind(reveal.selectedProperty().not());
        masked.disableProperty().bind(disabled);
        plain.disableProperty().bind(disabled);
        StackPane fields = new StackPane(masked, plain);
        HBox.setHgrow(fields, Priority.ALWAYS);
        HBox box = new HBox(4, fields, reveal);
        box.setFocusTraversable(false);
        // The row's label (Alt+its letter) leads to whichever field is shown, not to this box.
        FormRows.labelLeadsTo(box, Bindings.when(reveal.selectedProperty()).<Node>then(plain).otherwise(masked));
        return box;
    }
}
