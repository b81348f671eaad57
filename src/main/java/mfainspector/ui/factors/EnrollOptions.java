package mfainspector.ui.factors;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import mfainspector.factor.FactorType;
import mfainspector.ui.I18n;

/** "Available to enroll": one chip (icon and words) per factor type the user could still add. */
final class EnrollOptions {

    private EnrollOptions() {
    }

    static Node create(ObservableList<FactorType> types, I18n i18n) {
        Label title = new Label();
        title.textProperty().bind(i18n.text("factors.toEnroll.title"));
        title.getStyleClass().add("factors-section-title");
        FlowPane chips = new FlowPane();
        chips.setId("to-enroll");
        chips.getStyleClass().add("factor-chips");
        Label none = new Label();
        none.textProperty().bind(i18n.text("factors.toEnroll.none"));
        none.getStyleClass().add("factors-muted");
        none.visibleProperty().bind(Bindings.isEmpty(types));
        none.managedProperty().bind(none.visibleProperty());
        types.addListener((ListChangeListener<FactorType>) c -> fill(chips, types, i18n));
        fill(chips, types, i18n);
        VBox box = new VBox(title, chips, none);
        box.getStyleClass().add("factors-enroll");
        return box;
    }

    /* Rebuilt on change: a handful of chips, replaced once per fetch. */
    private static void fill(FlowPane chips, ObservableList<FactorType> types, I18n i18n) {
        chips.getChildren().setAll(types.stream().map(t -> chip(t, i18n)).toList());
    }

    private static Label chip(FactorType type, I18n i18n) {
        Label chip = new Label(null, FactorTypeIcon.of(type).newNode());
        chip.textProperty().bind(FactorTypeText.labelBinding(i18n, type));
        chip.accessibleTextProperty().bind(chip.textProperty());
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(FactorTypeText.descriptionBinding(i18n, type));
        chip.setTooltip(tip);
        chip.getStyleClass().add("factor-chip");
        return chip;
    }
}
