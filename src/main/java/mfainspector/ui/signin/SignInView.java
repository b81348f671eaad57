package mfainspector.ui.signin;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import mfainspector.genauth.AccountType;
import mfainspector.ui.BusySpinner;
import mfainspector.ui.FormRows;
import mfainspector.ui.I18n;

/**
 * The sign-in panel: account type, account and password, or a pasted access token; Sign in
 * (Enter); once it has run for a moment, Cancel (Esc is bound by the window from the start) and a
 * busy spinner.
 */
public final class SignInView {

    private final SignInViewModel vm;
    private final I18n i18n;
    private final Runnable onSignIn;
    private final VBox root = new VBox();
    private final TextField account = new TextField();
    private final PasswordField password = new PasswordField();
    private ReadOnlyBooleanProperty busyLook;

    /** {@code onSignIn} saves the profile first, then asks the view model to sign in. */
    public SignInView(SignInViewModel vm, I18n i18n, Runnable onSignIn) {
        this.vm = vm;
        this.i18n = i18n;
        this.onSignIn = onSignIn;
        build();
    }

    private void build() {
        Label title = new Label();
        title.textProperty().bind(i18n.text("signin.title"));
        title.getStyleClass().add("section-title");
        // The busy look (Cancel, the spinner, a line saying what runs) comes once the work has run
        // for BusySpinner.SHOW_DELAY: a quick answer changes nothing on screen but the results.
        // Sign in is disabled at once and the view model takes no second sign-in while one runs.
        // The fields stay editable: the running sign-in took its values when it started (and
        // labels its result with them), so typing the next account meanwhile changes nothing
        // for it; disabling and re-enabling them restyled and repainted half the window twice.
        BusySpinner progress = new BusySpinner(vm.runningProperty(), 20);
        progress.setId("signInProgress");
        busyLook = progress.shownProperty();

        ComboBox<AccountType> type = new ComboBox<>();
        type.setId("accountType");
        type.getItems().setAll(AccountType.ACCOUNT, AccountType.USERNAME, AccountType.EMAIL, AccountType.PHONE);
        FormRows.localized(type, i18n, t -> i18n.get("accounttype." + t.payloadKey()));
        type.valueProperty().bindBidirectional(vm.accountTypeProperty());
        account.setId("accountField");
        account.textProperty().bindBidirectional(vm.accountProperty());
        account.promptTextProperty().bind(i18n.text("signin.account.prompt"));
        password.setId("passwordField");
        password.textProperty().bindBidirectional(vm.passwordProperty());
        CheckBox useToken = new CheckBox();
        useToken.setId("useToken");
        useToken.textProperty().bind(i18n.text("signin.usetoken"));
        useToken.selectedProperty().bindBidirectional(vm.useTokenProperty());
        TextArea pasted = new TextArea();
        pasted.setId("tokenField");
        pasted.setWrapText(true);
        pasted.setPrefRowCount(3);
        pasted.textProperty().bindBidirectional(vm.pastedTokenProperty());
        pasted.promptTextProperty().bind(i18n.text("signin.token.prompt"));

        FormRows form = new FormRows(i18n);
        FormRows.showWhen(vm.useTokenProperty().not(), form.add("signin.accounttype", type, null), type);
        FormRows.showWhen(vm.useTokenProperty().not(), form.add("signin.account", account, null), account);
        FormRows.showWhen(vm.useTokenProperty().not(), form.add("signin.password", password, null), password);
        FormRows.showWhen(vm.useTokenProperty(), form.add("signin.token", pasted, null), pasted);
        form.addWide(useToken);

        Button signIn = new Button();
        signIn.setId("signInButton");
        signIn.textProperty().bind(i18n.text("signin.button"));
        signIn.setDefaultButton(true);
        signIn.disableProperty().bind(vm.canSignInProperty().not());
        signIn.setOnAction(e -> onSignIn.run());
        signIn.setMinWidth(Region.USE_PREF_SIZE); // the hint beside it wraps; Sign in keeps its word whole
        Button cancel = new Button();
        cancel.setId("cancelButton");
        cancel.textProperty().bind(i18n.text("signin.cancel"));
        cancel.setOnAction(e -> vm.cancel());
        Label working = new Label();
        working.textProperty().bind(i18n.text("signin.running"));
        working.setWrapText(true);
        // Cancel keeps its place in the row while hidden, so showing it moves nothing: that kept
        // the JavaFX thread's longest pause down when a sign-in turns busy.
        cancel.visibleProperty().bind(busyLook);
        FormRows.showWhen(busyLook, working);
        HBox buttons = new HBox(8, signIn, cancel, progress);
        buttons.getStyleClass().add("button-row");
        // A token never holds a line break, so Enter in the token field signs in as it does elsewhere.
        // A filter, so that it comes before the text area's own Enter, which put a line break in too.
        pasted.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isShiftDown()) {
                e.consume();
                onSignIn.run();
            }
        });
        Label missing = new Label();
        missing.setId("signInMissing");
        missing.setWrapText(true);
        missing.getStyleClass().add("sign-in-missing");
        missing.textProperty().bind(Bindings.createStringBinding(() -> vm.missingProperty().get().isEmpty() ? ""
                : i18n.get("signin.missing." + vm.missingProperty().get()), vm.missingProperty(), i18n.localeProperty()));
        FormRows.showWhen(Bindings.createBooleanBinding(() -> !missing.getText().isEmpty() && !busyLook.get(),
                missing.textProperty(), busyLook), missing);
        // Beside Sign in, so that it takes no line of its own: Sign in stays in view at the first start.
        HBox.setHgrow(missing, Priority.ALWAYS);
        buttons.getChildren().add(missing);
        root.getChildren().addAll(title, form.grid(), buttons, working);
        root.getStyleClass().add("side-section");
    }

    public Node root() {
        return root;
    }

    /** Where the person types first. */
    public Node firstField() {
        return account;
    }

    /** True once a sign-in has run for {@link BusySpinner#SHOW_DELAY}, until it ends: when the window looks busy. */
    public ReadOnlyBooleanProperty busyLookProperty() {
        return busyLook;
    }

    public PasswordField passwordField() {
        return password;
    }
}
