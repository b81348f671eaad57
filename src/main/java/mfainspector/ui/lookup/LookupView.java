package mfainspector.ui.lookup;

import atlantafx.base.theme.Styles;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import mfainspector.lookup.UserIdType;
import mfainspector.ui.BusySpinner;
import mfainspector.ui.FormRows;
import mfainspector.ui.I18n;
import mfainspector.ui.factors.FactorTypeIcon;
import mfainspector.ui.factors.FactorsView;

/**
 * The look-up mode: the search box with what it recognised and the type picker, the ticket
 * number, Look up / Search / Cancel, and below either a hint, the user's card or the pick list.
 */
public final class LookupView {

    private final LookupViewModel vm;
    private final I18n i18n;
    private final TextField query = new TextField();
    private final VBox root = new VBox();
    private final UserCard card;

    /**
     * @param credentialsReady whether the profile's management credentials are complete
     * @param openManagement   opens the connection panel's management section
     */
    public LookupView(LookupViewModel vm, I18n i18n, ObservableBooleanValue credentialsReady, Runnable openManagement) {
        this.vm = vm;
        this.i18n = i18n;
        this.card = new UserCard(vm, i18n, ZoneId.systemDefault());
        root.getChildren().addAll(form(), credentialsHint(credentialsReady, openManagement), results());
        root.getStyleClass().add("lookup-view");
        root.getStylesheets().add(FactorsView.stylesheet());
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (FactorsView.COPY_SUMMARY_KEY.match(e) && card.node().isVisible()) {
                card.copySummary();
                e.consume();
            }
        });
    }

    public Parent node() {
        return root;
    }

    /** The search box, to focus it when the mode is chosen. */
    public TextField queryField() {
        return query;
    }

    /**
     * One form: a label column and a field column shared by the search box, the type picker and
     * the ticket number. What the search box looks like is said after the type picker, in a
     * place of its own, so that typing moves nothing.
     */
    private Node form() {
        query.setId("lookupQuery");
        query.textProperty().bindBidirectional(vm.queryProperty());
        query.promptTextProperty().bind(i18n.text("lookup.query.prompt"));
        query.setOnAction(e -> vm.lookUp());
        Button go = Controls.button(i18n, "lookupButton", "lookup.go", vm::lookUp);
        go.getStyleClass().add(Styles.ACCENT);
        go.disableProperty().bind(vm.canLookUpProperty().not());
        Button search = Controls.button(i18n, "searchButton", "lookup.search", vm::search);
        search.disableProperty().bind(vm.canLookUpProperty().not());
        search.setTooltip(Controls.tooltip(i18n, "lookup.search.tooltip"));
        HBox.setHgrow(query, Priority.ALWAYS);
        HBox queryRow = row(query, go, search);

        ComboBox<Optional<UserIdType>> type = typePicker();
        Label guess = new Label();
        guess.setId("lookupGuess");
        guess.getStyleClass().add("lookup-guess");
        guess.textProperty().bind(Bindings.createStringBinding(() -> vm.chosenTypeProperty().get() != null
                        || vm.queryProperty().get().isBlank() ? "" : i18n.get("lookup.guess", typeName(vm.guessedTypeProperty().get())),
                vm.chosenTypeProperty(), vm.queryProperty(), vm.guessedTypeProperty(), i18n.localeProperty()));
        guess.setMinWidth(Region.USE_PREF_SIZE);
        HBox typeRow = row(type, guess);

        TextField ticket = new TextField();
        ticket.setId("lookupTicket");
        ticket.setPrefColumnCount(14);
        ticket.setMaxWidth(Region.USE_PREF_SIZE);
        ticket.textProperty().bindBidirectional(vm.ticketProperty());
        ticket.promptTextProperty().bind(i18n.text("lookup.ticket.prompt"));
        ticket.setOnAction(e -> vm.lookUp());
        HBox ticketRow = row(ticket, busy());

        GridPane form = new GridPane();
        form.getStyleClass().add("lookup-form");
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        form.getColumnConstraints().setAll(labels, fields);
        form.addRow(0, Controls.label(i18n, "lookup.query", query), queryRow);
        form.addRow(1, Controls.label(i18n, "lookup.type", type), typeRow);
        form.addRow(2, Controls.label(i18n, "lookup.ticket", ticket), ticketRow);
        return form;
    }

    private static HBox row(Node... nodes) {
        HBox box = new HBox(8, nodes);
        box.getStyleClass().add("lookup-bar");
        return box;
    }

    private ComboBox<Optional<UserIdType>> typePicker() {
        ComboBox<Optional<UserIdType>> type = new ComboBox<>();
        type.setId("lookupType");
        List<Optional<UserIdType>> choices = new ArrayList<>(List.of(Optional.empty()));
        for (UserIdType t : new UserIdType[] {UserIdType.EMAIL, UserIdType.PHONE, UserIdType.USERNAME, UserIdType.USER_ID,
                UserIdType.EXTERNAL_ID}) {
            choices.add(Optional.of(t));
        }
        type.getItems().setAll(choices);
        type.setValue(Optional.empty());
        FormRows.localized(type, i18n, o -> o.map(this::typeName).orElseGet(() -> i18n.get("lookup.type.auto")));
        type.valueProperty().addListener((obs, old, now) -> vm.chosenTypeProperty().set(now == null ? null : now.orElse(null)));
        vm.chosenTypeProperty().addListener((obs, old, now) -> type.setValue(Optional.ofNullable(now)));
        type.setMinWidth(Region.USE_PREF_SIZE);
        return type;
    }

    /** The spinner, "Looking up..." and Cancel while a look-up runs. */
    private Node busy() {
        BusySpinner progress = new BusySpinner(vm.runningProperty(), 18);
        Label running = new Label();
        running.textProperty().bind(i18n.text("lookup.running"));
        Button cancel = Controls.button(i18n, "lookupCancel", "lookup.cancel", vm::cancel);
        HBox busy = new HBox(8, progress, running, cancel);
        busy.getStyleClass().add("lookup-busy");
        FormRows.showWhen(vm.runningProperty(), busy);
        return busy;
    }

    private Node credentialsHint(ObservableBooleanValue ready, Runnable openManagement) {
        Label text = new Label();
        text.setId("lookupNeedsCredentials");
        text.setWrapText(true);
        text.textProperty().bind(i18n.text("lookup.needsCredentials"));
        HBox.setHgrow(text, Priority.ALWAYS);
        Button open = Controls.button(i18n, "openManagementButton", "lookup.openManagement", openManagement);
        HBox box = new HBox(10, text, open);
        box.getStyleClass().add("lookup-hint");
        BooleanBinding missing = Bindings.createBooleanBinding(() -> !ready.get(), ready);
        FormRows.showWhen(missing, box);
        return box;
    }

    private Node results() {
        Node placeholder = placeholder();
        Node card = this.card.node();
        Node matches = MatchList.create(vm, i18n);
        BooleanBinding hasUser = Bindings.createBooleanBinding(
                () -> vm.resultProperty().get() != null && vm.resultProperty().get().user() != null, vm.resultProperty());
        BooleanBinding hasMatches = Bindings.createBooleanBinding(
                () -> vm.resultProperty().get() != null && vm.resultProperty().get().user() == null, vm.resultProperty());
        placeholder.visibleProperty().bind(vm.resultProperty().isNull());
        card.visibleProperty().bind(hasUser);
        matches.visibleProperty().bind(hasMatches);
        StackPane stack = new StackPane(placeholder, card, matches);
        VBox.setVgrow(stack, Priority.ALWAYS);
        // Registered after the bindings above, so it runs once the new result is the one shown.
        vm.resultProperty().addListener((obs, old, now) -> keepFocus(stack, matches.lookup("#matchTable"), old, now));
        return stack;
    }

    /**
     * Keeps the focus in the look-up area when what it was on is hidden (the window would move it
     * to the side column): on Back (else Copy summary) of a card opened from the pick list, on the
     * list when it comes back, else on the search box.
     */
    private void keepFocus(Node results, Node matchTable, LookupResult old, LookupResult now) {
        Node focused = root.getScene() == null ? null : root.getScene().getFocusOwner();
        boolean lost = focused == null || inside(focused, results);
        if (now != null && now.user() != null && vm.listBehindProperty().get() != null) {
            card.firstAction().requestFocus();
        } else if (now != null && now.user() == null && old != null && old.user() != null) {
            matchTable.requestFocus();
        } else if (lost) {
            query.requestFocus();
        }
    }

    private static boolean inside(Node n, Node parent) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p == parent) {
                return true;
            }
        }
        return false;
    }

    private Node placeholder() {
        Label title = new Label(null, new Group(FactorTypeIcon.OTHER.newNode()));
        title.setContentDisplay(ContentDisplay.TOP);
        title.textProperty().bind(i18n.text("lookup.placeholder.title"));
        title.getStyleClass().add(Styles.TITLE_3);
        Label text = new Label();
        text.setId("lookupPlaceholder");
        text.setWrapText(true);
        text.textProperty().bind(i18n.text("lookup.placeholder.text"));
        text.getStyleClass().add("factors-muted");
        VBox box = new VBox(8, title, text);
        box.getStyleClass().add("factors-placeholder");
        return box;
    }

    private String typeName(UserIdType t) {
        return i18n.get("lookup.type." + t.name());
    }
}
