package mfainspector.ui.lookup;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import mfainspector.action.ActionResult;
import mfainspector.action.HelpdeskAction;
import mfainspector.ui.BusySpinner;
import mfainspector.ui.FormRows;
import mfainspector.ui.I18n;

/**
 * The "Actions" section of the case view: off unless the profile allows actions (then it says how
 * to turn them on); else the action, its new value, ticket, reason, the caller's check or a
 * justification, and Review, which reads the user and opens the {@link ActionConfirmDialog}. The
 * last attempt's outcome stays below, with before and after.
 */
final class ActionsView {

    private final ActionsViewModel vm;
    private final I18n i18n;
    private final Label result = new Label();
    private final VBox root;

    ActionsView(ActionsViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        Label title = new Label();
        title.textProperty().bind(i18n.text("case.actions.title"));
        title.getStyleClass().add("factors-section-title");
        Label state = new Label();
        state.setId("actionsState");
        state.setWrapText(true);
        state.getStyleClass().add("factors-muted");
        state.textProperty().bind(Bindings.createStringBinding(() -> i18n.get(vm.allowedProperty().get()
                ? "case.actions.on" : "case.actions.off", vm.profileNameProperty().get()),
                vm.allowedProperty(), vm.profileNameProperty(), i18n.localeProperty()));

        FormRows form = new FormRows(i18n);
        ComboBox<HelpdeskAction> action = new ComboBox<>();
        action.setId("actionChoice");
        action.getItems().setAll(HelpdeskAction.values());
        action.valueProperty().bindBidirectional(vm.actionProperty());
        FormRows.localized(action, i18n, a -> ActionTexts.name(i18n, a));
        form.add("case.actions.action", action, null);
        TextField value = field("actionValue", vm.valueProperty());
        value.promptTextProperty().bind(Bindings.createStringBinding(() -> vm.actionProperty().get()
                == HelpdeskAction.SET_MFA_EMAIL ? i18n.get("case.actions.value.email") : i18n.get("case.actions.value.phone"),
                vm.actionProperty(), i18n.localeProperty()));
        Label valueLabel = form.add("case.actions.value", value, null);
        FormRows.showWhen(Bindings.createBooleanBinding(() -> vm.actionProperty().get() != null
                && vm.actionProperty().get().needsValue(), vm.actionProperty()), value, valueLabel);
        Label v2 = new Label();
        v2.setId("actionV2Note");
        v2.setWrapText(true);
        v2.getStyleClass().add("factors-muted");
        v2.textProperty().bind(i18n.text("action.v2note"));
        FormRows.showWhen(Bindings.createBooleanBinding(() -> vm.actionProperty().get() != null
                && vm.actionProperty().get().usesV2(), vm.actionProperty()), v2);
        form.addWide(v2);
        form.add("case.actions.ticket", field("actionTicket", vm.ticketProperty()), null);
        form.add("case.actions.reason", field("actionReason", vm.reasonProperty()), null);
        Label verified = new Label();
        verified.setId("actionVerified");
        verified.setWrapText(true);
        verified.textProperty().bind(Bindings.createStringBinding(() -> vm.verifiedProperty().get()
                ? i18n.get("case.actions.verified", methodWords(vm.verificationProperty().get().method()))
                : i18n.get("case.actions.notVerified"), vm.verifiedProperty(), vm.verificationProperty(), i18n.localeProperty()));
        form.addWide(verified);
        TextField justification = field("actionJustification", vm.justificationProperty());
        Label justificationLabel = form.add("case.actions.justification", justification, null);
        FormRows.showWhen(vm.verifiedProperty().not(), justification, justificationLabel);

        Button prepare = new Button();
        prepare.setId("actionPrepare");
        prepare.setMnemonicParsing(false);
        prepare.textProperty().bind(i18n.text("case.actions.prepare"));
        prepare.setMinWidth(Region.USE_PREF_SIZE);
        prepare.disableProperty().bind(vm.busyProperty().or(vm.planProperty().isNotNull()));
        prepare.setOnAction(e -> vm.prepare());
        HBox bar = new HBox(8, prepare, new BusySpinner(vm.busyProperty(), 16));
        bar.getStyleClass().add("lookup-bar");

        VBox fields = new VBox(6, form.grid(), bar);
        fields.setId("actionsFields");
        FormRows.showWhen(vm.allowedProperty(), fields);

        result.setId("actionResult");
        result.setWrapText(true);
        result.setMinHeight(Region.USE_PREF_SIZE);
        vm.resultProperty().addListener((obs, old, now) -> renderResult());
        i18n.localeProperty().addListener((obs, old, now) -> renderResult());
        renderResult();

        root = new VBox(8, title, state, fields, result);
        vm.planProperty().addListener((obs, old, plan) -> {
            if (plan != null && !plan.isSettled()) {
                ActionConfirmDialog.show(root.getScene() == null ? null : root.getScene().getWindow(), vm, plan, i18n);
            }
        });
        root.setId("actionsSection");
        root.getStyleClass().add("case-actions");
    }

    Node node() {
        return root;
    }

    private static TextField field(String id, javafx.beans.property.StringProperty text) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(text);
        return f;
    }

    private void renderResult() {
        ActionResult r = vm.resultProperty().get();
        boolean show = r != null;
        result.setText(show ? ActionTexts.result(i18n, r, lastAction()) : "");
        result.getStyleClass().removeAll("case-finding");
        if (show) {
            result.getStyleClass().add("case-finding");
        }
        result.setVisible(show);
        result.setManaged(show);
    }

    /** The action of the result's plan: the one last reviewed (the choice may have changed since). */
    private HelpdeskAction lastAction() {
        return vm.lastActionProperty().get() == null ? vm.actionProperty().get() : vm.lastActionProperty().get();
    }

    /** The ways the caller was checked in the window's words ({@code callback_in-person}: call-back, in person). */
    private String methodWords(String method) {
        return String.join(i18n.get("case.caller.waysSeparator"), java.util.Arrays.stream(method.split("_"))
                .map(m -> i18n.has("case.caller.way." + m) ? i18n.get("case.caller.way." + m) : m).toList());
    }
}
