package mfainspector.ui.connection;

import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.VBox;
import mfainspector.settings.Profile;
import mfainspector.ui.FormRows;
import mfainspector.ui.I18n;

/**
 * The collapsible "Management (helpdesk lookup)" part of the connection panel: the management
 * host, user pool id and user pool secret. Collapsed until a profile lacks them and the person
 * opens the look-up, so sign-in stays as simple as before.
 */
final class ManagementSection {

    private ManagementSection() {
    }

    /**
     * The section, collapsed; its fields are built when it is first opened (most people never
     * open it, and styling them cost the window's start-up time).
     */
    static TitledPane create(ProfileViewModel vm, I18n i18n) {
        TitledPane pane = new TitledPane();
        pane.setId("managementSection");
        pane.textProperty().bind(i18n.text("mgmt.title"));
        pane.setExpanded(false);
        pane.setAnimated(false);
        pane.getStyleClass().add("management-section");
        pane.expandedProperty().addListener(new InvalidationListener() {
            @Override
            public void invalidated(Observable expanded) {
                if (pane.isExpanded()) {
                    pane.expandedProperty().removeListener(this);
                    pane.setContent(fields(vm, i18n));
                }
            }
        });
        return pane;
    }

    private static Node fields(ProfileViewModel vm, I18n i18n) {
        ManagementFields m = vm.management();
        FormRows form = new FormRows(i18n);
        TextField host = new TextField();
        host.setId("mgmtHostField");
        host.textProperty().bindBidirectional(m.hostProperty());
        host.setPromptText(Profile.DEFAULT_MGMT_HOST);
        form.add("mgmt.host", host, m.hostErrorProperty());
        TextField poolId = new TextField();
        poolId.setId("poolIdField");
        poolId.textProperty().bindBidirectional(m.userPoolIdProperty());
        form.add("mgmt.poolid", poolId, m.userPoolIdErrorProperty());
        form.add("mgmt.secret", SecretField.create(m.poolSecretProperty(),
                new String[] {"poolSecretField", "poolSecretPlain", "revealPoolSecret"}, "mgmt.secret.reveal",
                vm.demoSelectedProperty(), i18n), m.poolSecretErrorProperty());
        host.disableProperty().bind(vm.demoSelectedProperty());
        poolId.disableProperty().bind(vm.demoSelectedProperty());
        form.addWide(setting(i18n, vm, "callerOtpCheck", "mgmt.callerOtp", m.callerOtpProperty(), true));
        // Off for the demo profile too, until turned on for this run: its changes stay in the demo tenant.
        form.addWide(setting(i18n, vm, "allowsActionsCheck", "mgmt.allowsActions", m.allowsActionsProperty(), false));
        Label hint = new Label();
        hint.setWrapText(true);
        hint.getStyleClass().add("sample-note");
        hint.textProperty().bind(i18n.text("mgmt.hint"));
        form.addWide(hint);
        return new VBox(form.grid());
    }

    /** A profile setting's check box with its tooltip ({@code key}.tooltip), fixed for the demo profile if {@code fixedForDemo}. */
    private static CheckBox setting(I18n i18n, ProfileViewModel vm, String id, String key,
            javafx.beans.property.BooleanProperty value, boolean fixedForDemo) {
        CheckBox box = new CheckBox();
        box.setId(id);
        box.setWrapText(true);
        box.setMnemonicParsing(false);
        box.textProperty().bind(i18n.text(key));
        box.selectedProperty().bindBidirectional(value);
        box.setTooltip(new Tooltip());
        box.getTooltip().textProperty().bind(i18n.text(key + ".tooltip"));
        if (fixedForDemo) {
            box.disableProperty().bind(vm.demoSelectedProperty());
        }
        return box;
    }
}
