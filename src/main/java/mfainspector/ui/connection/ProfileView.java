package mfainspector.ui.connection;

import java.util.Locale;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import mfainspector.genauth.Lang;
import mfainspector.genauth.TokenAuthMethod;
import mfainspector.settings.Profile;
import mfainspector.ui.startup.Deferred;
import mfainspector.ui.FormRows;
import mfainspector.ui.I18n;
import mfainspector.ui.connection.ProfileValidation.Field;
import mfainspector.ui.connection.ProfileViewModel.SaveState;

/**
 * The connection panel: profile picker, the profile's fields with their messages, Save with the
 * save state, the secret store. Edits are also saved {@link #AUTO_SAVE_DELAY} after the typing stops.
 */
public final class ProfileView {

    static final Duration AUTO_SAVE_DELAY = Duration.seconds(1);

    private final ProfileViewModel vm;
    private final I18n i18n;
    private final String demoPassword;
    private final ComboBox<Profile> picker = new ComboBox<>();
    private final VBox root = new VBox();
    private static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");
    private TitledPane management;

    public ProfileView(ProfileViewModel vm, I18n i18n, String demoPassword) {
        this.vm = vm;
        this.i18n = i18n;
        this.demoPassword = demoPassword;
        build();
    }

    private void build() {
        Label title = new Label();
        title.textProperty().bind(i18n.text("connection.title"));
        title.getStyleClass().add("section-title");

        picker.setId("profilePicker");
        picker.setItems(vm.profiles());
        picker.setMaxWidth(Double.MAX_VALUE);
        // In the list a profile that allows actions says so after its name; the chosen one has the tag below.
        java.util.function.Function<Profile, String> shownName = p -> p.demo() ? i18n.get("connection.demo.name") : p.name();
        FormRows.localized(picker, i18n, p -> shownName.apply(p)
                + (p.allowsActions() ? " \u00b7 " + i18n.get("profile.actionsTag") : ""), shownName);
        picker.setValue(vm.selectedProperty().get());
        vm.selectedProperty().addListener((obs, old, now) -> picker.setValue(now));
        picker.valueProperty().addListener((obs, old, now) -> vm.select(now));

        FormRows form = new FormRows(i18n);
        ProfileValidation v = vm.validation();
        form.add("connection.profile", picker, null);
        Label actionsTag = new Label();
        actionsTag.setId("profileActionsTag");
        actionsTag.getStyleClass().add("action-tag");
        actionsTag.setWrapText(true);
        actionsTag.textProperty().bind(i18n.text("profile.actionsTag.note"));
        FormRows.showWhen(vm.management().allowsActionsProperty(), actionsTag);
        form.addWide(actionsTag);
        TextField name = field("profileName", vm.nameProperty().get());
        name.textProperty().bindBidirectional(vm.nameProperty());
        // The demo profile's name is already in the picker; its row would only repeat it.
        FormRows.showWhen(vm.demoSelectedProperty().not(),
                form.add("connection.name", name, v.shownErrorProperty(Field.NAME)), name);
        TextField host = field("hostField", "");
        host.textProperty().bindBidirectional(vm.hostProperty());
        host.promptTextProperty().bind(i18n.text("connection.host.prompt"));
        form.add("connection.host", host, v.shownErrorProperty(Field.HOST));
        TextField appId = field("appIdField", "");
        appId.textProperty().bindBidirectional(vm.appIdProperty());
        form.add("connection.appid", appId, v.shownErrorProperty(Field.APP_ID));
        Node secret = SecretField.create(vm.appSecretProperty(),
                new String[] {"secretField", "secretPlain", "revealSecret"}, "connection.secret.reveal",
                vm.demoSelectedProperty(), i18n);
        form.add("connection.secret", secret, v.shownErrorProperty(Field.SECRET));
        touchWhenLeft(name, Field.NAME);
        touchWhenLeft(host, Field.HOST);
        touchWhenLeft(appId, Field.APP_ID);
        touchWhenLeft(secret, Field.SECRET);
        ComboBox<TokenAuthMethod> method = new ComboBox<>();
        method.setId("methodChoice");
        method.getItems().setAll(TokenAuthMethod.values());
        FormRows.localized(method, i18n, TokenAuthMethod::wireName);
        method.valueProperty().bindBidirectional(vm.authMethodProperty());
        form.add("connection.method", method, null);
        ComboBox<Lang> lang = new ComboBox<>();
        lang.setId("langChoice");
        lang.getItems().setAll(Lang.values());
        FormRows.localized(lang, i18n, l -> i18n.get("lang." + l.name().toLowerCase(Locale.ROOT)));
        lang.valueProperty().bindBidirectional(vm.langProperty());
        form.add("connection.lang", lang, null);

        for (Node n : new Node[] {name, host, appId, method}) {
            n.disableProperty().bind(vm.demoSelectedProperty());
        }

        Label demoNote = new Label();
        demoNote.setId("demoNote");
        demoNote.getStyleClass().add("sample-note");
        demoNote.setWrapText(true);
        demoNote.textProperty().bind(Bindings.createStringBinding(
                () -> vm.demoStateProperty().get() == ProfileViewModel.DemoState.STARTING ? i18n.get("connection.demo.starting")
                        : i18n.get("connection.demo.note", demoPassword),
                vm.demoStateProperty(), i18n.localeProperty()));
        demoNote.visibleProperty().bind(vm.demoSelectedProperty());
        demoNote.managedProperty().bind(demoNote.visibleProperty());
        form.addWide(demoNote);

        Node save = saveRow();
        form.addWide(save);

        management = ManagementSection.create(vm, i18n);
        // The demo profile's sample secrets are never stored, and Sign in stays in view without these lines.
        Deferred secretStore = Deferred.showWhen(vm.demoSelectedProperty().not(), this::secretStoreInfo);
        secretStore.node().setId("secretStoreBox");
        root.getChildren().addAll(title, form.grid(), management, secretStore.node());
        root.getStyleClass().add("side-section");
    }

    /** Once a person leaves the field, its message shows. */
    private void touchWhenLeft(Node field, Field which) {
        field.focusWithinProperty().addListener((obs, was, now) -> {
            if (was && !now && !vm.demoSelectedProperty().get()) {
                vm.validation().touch(which);
            }
        });
    }

    /** Save and the save state; hidden for the demo profile, which is built in and has nothing to save. */
    private Node saveRow() {
        Button save = new Button();
        save.setId("saveProfileButton");
        save.textProperty().bind(i18n.text("connection.save"));
        // Ctrl+S (Cmd+S) saves from anywhere in the window; every letter of "Save profile" is already
        // another control's mnemonic in the side column or the results pane, so it takes none.
        Tooltip saveTip = new Tooltip();
        saveTip.textProperty().bind(i18n.text("connection.save.tooltip"));
        save.setTooltip(saveTip);
        save.setOnAction(e -> vm.save());
        Label state = new Label();
        state.setId("saveState");
        state.getStyleClass().add("save-state");
        state.setWrapText(true);
        state.textProperty().bind(Bindings.createStringBinding(() -> switch (vm.saveStateProperty().get()) {
            case CLEAN -> "";
            case UNSAVED -> i18n.get("connection.save.unsaved");
            case SAVING -> i18n.get("connection.save.saving");
            case SAVED -> i18n.get("connection.save.saved");
            case FAILED -> i18n.get("connection.save.failed", vm.saveFailureProperty().get());
        }, vm.saveStateProperty(), vm.saveFailureProperty(), i18n.localeProperty()));
        vm.saveStateProperty().addListener((obs, old, now) -> state.pseudoClassStateChanged(FAILED, now == SaveState.FAILED));
        PauseTransition typingStopped = new PauseTransition(AUTO_SAVE_DELAY);
        typingStopped.setOnFinished(e -> vm.commit());
        vm.editsProperty().addListener((obs, old, now) -> typingStopped.playFromStart());
        // A switch to another profile saves the edits itself.
        vm.selectedProperty().addListener((obs, old, now) -> typingStopped.stop());
        HBox row = new HBox(8, save, state);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setId("saveRow");
        FormRows.showWhen(vm.demoSelectedProperty().not(), row);
        return row;
    }

    private Node secretStoreInfo() {
        Label inUse = new Label();
        inUse.setId("secretStoreInfo");
        inUse.getStyleClass().add("store-info");
        inUse.setWrapText(true);
        inUse.textProperty().bind(vm.secrets().descriptionProperty());
        ComboBox<Boolean> keep = new ComboBox<>();
        keep.setId("storeChoice");
        keep.getItems().setAll(false, true);
        keep.setValue(vm.secrets().fileChosenProperty().get());
        FormRows.localized(keep, i18n, file -> i18n.get(file ? "secretstore.choice.file" : "secretstore.choice.session"));
        keep.valueProperty().addListener((obs, old, file) -> vm.secrets().chooseFile(file));
        vm.secrets().fileChosenProperty().addListener((obs, old, file) -> keep.setValue(file));
        keep.setMaxWidth(Double.MAX_VALUE);
        FormRows choice = new FormRows(i18n);
        choice.add("secretstore.choice", keep, null);
        FormRows.showWhen(vm.secrets().fallbackChoiceProperty(), choice.grid());
        return new VBox(6, choice.grid(), inUse);
    }

    private static TextField field(String id, String text) {
        TextField f = new TextField(text);
        f.setId(id);
        return f;
    }

    public Node root() {
        return root;
    }

    /** Opens the management credentials section (for the look-up). */
    public void openManagement() {
        management.setExpanded(true);
    }

    public ComboBox<Profile> picker() {
        return picker;
    }
}
