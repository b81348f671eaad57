package mfainspector.ui.lookup;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import mfainspector.action.ActionPlan;
import mfainspector.action.ActionResult;
import mfainspector.ui.I18n;

/**
 * The confirmation of one helpdesk action: names the user, states the effect, shows the state now,
 * and asks for the user's username or email typed. Send stays disabled until the text matches;
 * Enter alone never sends (there is no default button, and Enter in the field is swallowed);
 * Send is disabled the moment it is pressed. After sending, the dialog stays open with the
 * outcome, before and after. Closing it before sending cancels (noted in the log).
 */
final class ActionConfirmDialog {

    static final ButtonType SEND = new ButtonType("send", ButtonBar.ButtonData.OTHER);
    static final ButtonType CLOSE = new ButtonType("close", ButtonBar.ButtonData.CANCEL_CLOSE);

    private ActionConfirmDialog() {
    }

    static void show(Window owner, ActionsViewModel vm, ActionPlan plan, I18n i18n) {
        Dialog<ButtonType> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(i18n.get("action.confirm.title", ActionTexts.name(i18n, plan.action())));
        dialog.setHeaderText(i18n.get("action.confirm.user", plan.userLabel(), plan.user().userId()));

        Label effect = wrapped(ActionTexts.effect(i18n, plan), "actionConfirmEffect");
        effect.getStyleClass().add("action-effect");
        Label v2 = wrapped(i18n.get("action.v2note"), "actionConfirmV2");
        v2.getStyleClass().add("factors-muted");
        v2.setVisible(plan.action().usesV2());
        v2.setManaged(plan.action().usesV2());
        Label now = wrapped(i18n.get("action.confirm.now", ActionTexts.state(i18n, plan.before(), plan.action())), "actionConfirmNow");
        Label ticket = wrapped(i18n.get("action.confirm.ticket", plan.request().ticket(), plan.request().reason()),
                "actionConfirmTicket");
        Label prompt = wrapped(i18n.get("action.confirm.type", plan.userLabel()), "actionConfirmPrompt");
        TextField typed = new TextField();
        typed.setId("actionConfirmText");
        typed.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
            }
        });
        Label result = wrapped("", "actionConfirmResult");
        result.setVisible(false);
        result.setManaged(false);
        VBox content = new VBox(effect, v2, now, ticket, prompt, typed, result);
        content.getStyleClass().add("action-confirm");
        content.setPrefWidth(480);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(SEND, CLOSE);

        Button send = (Button) dialog.getDialogPane().lookupButton(SEND);
        send.setId("actionConfirmSend");
        send.setText(i18n.get("action.confirm.send"));
        send.setDefaultButton(false);
        send.getStyleClass().add(Styles.DANGER);
        send.disableProperty().bind(Bindings.createBooleanBinding(() -> plan.isSettled() || vm.busyProperty().get()
                || !plan.confirms(typed.getText()), typed.textProperty(), vm.busyProperty(), vm.resultProperty()));
        send.addEventFilter(ActionEvent.ACTION, e -> {
            // Stays open to show the outcome; the button is disabled at once, so a double click sends once.
            e.consume();
            if (!plan.isSettled() && plan.confirms(typed.getText())) {
                send.disableProperty().unbind();
                send.setDisable(true);
                typed.setEditable(false);
                vm.confirm(typed.getText());
            }
        });
        Button close = (Button) dialog.getDialogPane().lookupButton(CLOSE);
        close.setId("actionConfirmClose");
        close.setText(i18n.get("action.confirm.cancel"));
        close.setDefaultButton(false);

        javafx.beans.value.ChangeListener<ActionResult> shown = (obs, old, r) -> {
            if (r == null || !plan.isSettled()) {
                return;
            }
            result.setText(ActionTexts.result(i18n, r, plan.action()));
            result.getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER, Styles.WARNING);
            result.getStyleClass().addAll("case-finding", r.outcome() == ActionResult.Outcome.SUCCEEDED ? Styles.SUCCESS
                    : r.outcome() == ActionResult.Outcome.UNKNOWN ? Styles.WARNING : Styles.DANGER);
            result.setVisible(true);
            result.setManaged(true);
            close.setText(i18n.get("action.confirm.close"));
            dialog.getDialogPane().getScene().getWindow().sizeToScene();
        };
        vm.resultProperty().addListener(shown);
        // Another case (a new look-up, another profile) ends this confirmation.
        javafx.beans.value.ChangeListener<ActionPlan> replaced = (obs, old, current) -> {
            if (current != plan) {
                dialog.close();
            }
        };
        vm.planProperty().addListener(replaced);
        dialog.setOnHidden(e -> {
            vm.resultProperty().removeListener(shown);
            vm.planProperty().removeListener(replaced);
            vm.closeConfirmation();
        });
        dialog.show();
        typed.requestFocus();
    }

    private static Label wrapped(String text, String id) {
        Label l = new Label(text);
        l.setId(id);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }
}
