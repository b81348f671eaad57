package mfainspector.ui.factors;

import atlantafx.base.theme.Styles;
import java.util.Objects;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import mfainspector.ui.startup.Deferred;
import mfainspector.ui.I18n;

/**
 * The results pane: who is signed in, the enrolled factors, and what could still be enrolled.
 * Shows a placeholder before sign-in and an explicit empty state instead of an empty grid.
 */
public final class FactorsView {

    public static final KeyCombination REFRESH_KEY = new KeyCodeCombination(KeyCode.F5);
    public static final KeyCombination REFRESH_SHORTCUT = new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination COPY_ID_KEY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination COPY_SUMMARY_KEY =
            new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

    private final FactorsViewModel model;
    private final I18n i18n;
    private final TableView<FactorRow> table;
    private final Label copiedNote = new Label();
    private final PauseTransition copiedNoteTimer = new PauseTransition(Duration.seconds(2.5));
    private final StackPane root;
    private final Deferred content;

    public FactorsView(FactorsViewModel model, I18n i18n) {
        this.model = Objects.requireNonNull(model, "model");
        this.i18n = Objects.requireNonNull(i18n, "i18n");
        this.table = FactorTable.create(model, i18n, this::copyFactorId, this::copyTicketSummary);
        Node placeholder = placeholder();
        placeholder.visibleProperty().bind(model.loadedProperty().not());
        // The results are built when first shown, or by prepare() once the window is up.
        content = Deferred.showWhen(model.loadedProperty(),
                () -> new VBox(header(), factorsSection(), EnrollOptions.create(model.toEnroll(), i18n)));
        root = new StackPane(placeholder, content.node());
        root.getStyleClass().add("factors-view");
        root.getStylesheets().add(stylesheet());
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        copiedNoteTimer.setOnFinished(e -> {
            copiedNote.textProperty().unbind();
            copiedNote.setText("");
        });
    }

    /** The URL of this pane's stylesheet (the pane adds it itself; a scene may add it too). */
    public static String stylesheet() {
        return FactorsView.class.getResource("factors.css").toExternalForm();
    }

    /**
     * Builds the result controls ahead of the first result, so that the first sign-in does not
     * wait for them; the window calls it once it is up and idle.
     */
    public void prepare() {
        content.build();
    }

    /** The node to put in the window. */
    public Parent node() {
        return root;
    }

    /** F5 and Ctrl+R (Cmd+R on macOS) refresh from anywhere in the window. */
    public void installAccelerators(Scene scene) {
        scene.getAccelerators().put(REFRESH_KEY, model::refresh);
        scene.getAccelerators().put(REFRESH_SHORTCUT, model::refresh);
    }

    /** Copies the ID of the selected (or focused) factor; nothing when no row is chosen. */
    public void copySelectedFactorId() {
        FactorRow row = table.getSelectionModel().getSelectedItem();
        copyFactorId(row != null ? row : table.getFocusModel().getFocusedItem());
    }

    public void copyTicketSummary() {
        if (model.loadedProperty().get()) {
            copy(model.ticketSummary(), "factors.copied.summary");
        }
    }

    private void copyFactorId(FactorRow row) {
        if (row != null) {
            copy(row.factorId(), "factors.copied.id");
        }
    }

    private void copy(String text, String noteKey) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
        copiedNote.textProperty().bind(i18n.text(noteKey));
        copiedNoteTimer.playFromStart();
    }

    private void onKey(KeyEvent e) {
        if (COPY_SUMMARY_KEY.match(e)) {
            copyTicketSummary();
            e.consume();
        } else if (COPY_ID_KEY.match(e) && table.isFocused()) {
            copySelectedFactorId();
            e.consume();
        }
    }

    private Node placeholder() {
        Label title = new Label(null, new Group(Glyph.PERSON.node("glyph-large")));
        title.setContentDisplay(ContentDisplay.TOP);
        title.textProperty().bind(i18n.text("factors.placeholder.title"));
        title.getStyleClass().add(Styles.TITLE_3);
        Label text = new Label();
        text.setId("signin-placeholder");
        text.textProperty().bind(i18n.text("factors.placeholder.text"));
        text.getStyleClass().add("factors-muted");
        VBox box = new VBox(title, text);
        box.getStyleClass().add("factors-placeholder");
        return box;
    }

    private Node header() {
        Label name = new Label();
        name.setId("signed-in-user");
        name.textProperty().bind(Bindings.createStringBinding(() -> user(UserSummary::headline),
                model.signedInUserProperty(), model.revealProperty()));
        name.getStyleClass().add(Styles.TITLE_3);
        Label meta = new Label();
        meta.setId("fetched-at");
        StringBinding fetched = model.fetchedAtTextProperty();
        meta.textProperty().bind(Bindings.createStringBinding(() -> {
            String contact = user(UserSummary::contact);
            return contact.isEmpty() ? fetched.get() : contact + "  \u00b7  " + fetched.get();
        }, model.signedInUserProperty(), model.revealProperty(), fetched));
        meta.getStyleClass().add("factors-muted");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(new VBox(name, meta), spacer,
                button("refresh-button", "factors.refresh", Glyph.REFRESH, model::refresh),
                button("signout-button", "factors.signOut", Glyph.SIGN_OUT, model::signOut));
        header.getStyleClass().add("factors-header");
        return header;
    }

    /** Part of who is signed in, masked like the table's details unless they are revealed. */
    private String user(Function<UserSummary, String> part) {
        UserSummary u = model.signedInUserProperty().get();
        return u == null ? "" : part.apply(model.revealProperty().get() ? u : u.masked());
    }

    private Button button(String id, String key, Glyph glyph, Runnable action) {
        Button b = new Button(null, glyph.node());
        b.setId(id);
        b.setMnemonicParsing(true);
        b.textProperty().bind(i18n.text(key));
        b.setTooltip(tooltip(key + ".tooltip"));
        b.disableProperty().bind(model.actionsDisabledProperty());
        b.setOnAction(e -> action.run());
        return b;
    }

    private Tooltip tooltip(String key) {
        Tooltip t = new Tooltip();
        t.textProperty().bind(i18n.text(key));
        return t;
    }

    private Node factorsSection() {
        Label title = new Label();
        title.textProperty().bind(i18n.text("factors.enrolled.title"));
        title.getStyleClass().add("factors-section-title");
        Label count = new Label();
        count.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.get("factors.enrolled.count", model.rows().size()), model.rows(), i18n.localeProperty()));
        count.getStyleClass().add("factors-muted");
        copiedNote.getStyleClass().add("factors-copied");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button copySummary = new Button(null, Glyph.COPY.node());
        copySummary.setId("copy-summary-button");
        copySummary.textProperty().bind(i18n.text("factors.copySummary"));
        copySummary.setTooltip(tooltip("factors.copySummary.tooltip"));
        copySummary.setOnAction(e -> copyTicketSummary());
        copySummary.getStyleClass().add(Styles.FLAT);
        ToggleButton reveal = new ToggleButton(null, Glyph.EYE.node());
        reveal.setId("reveal-toggle");
        reveal.selectedProperty().bindBidirectional(model.revealProperty());
        reveal.textProperty().bind(Bindings.when(reveal.selectedProperty())
                .then(i18n.text("factors.reveal.hide")).otherwise(i18n.text("factors.reveal")));
        reveal.setTooltip(tooltip("factors.reveal.tooltip"));
        reveal.disableProperty().bind(model.emptyProperty());
        HBox bar = new HBox(title, count, spacer, copiedNote, copySummary, reveal);
        bar.getStyleClass().add("factors-toolbar");

        Node empty = emptyState();
        empty.visibleProperty().bind(model.emptyProperty());
        table.visibleProperty().bind(model.emptyProperty().not());
        StackPane body = new StackPane(table, empty);
        VBox.setVgrow(body, Priority.ALWAYS);
        VBox section = new VBox(bar, body);
        section.getStyleClass().add("factors-section");
        VBox.setVgrow(section, Priority.ALWAYS);
        return section;
    }

    private Node emptyState() {
        Label title = new Label(null, new Group(Glyph.NO_FACTOR.node("glyph-large", "glyph-warning")));
        title.setId("empty-state");
        title.setContentDisplay(ContentDisplay.TOP);
        title.textProperty().bind(i18n.text("factors.empty.title"));
        title.getStyleClass().add(Styles.TITLE_4);
        Label text = new Label();
        text.setWrapText(true);
        text.textProperty().bind(Bindings.createStringBinding(() -> i18n.get(model.toEnroll().isEmpty()
                ? "factors.empty.textNone" : "factors.empty.text"), model.toEnroll(), i18n.localeProperty()));
        text.getStyleClass().add("factors-muted");
        VBox box = new VBox(title, text);
        box.getStyleClass().add("factors-empty");
        return box;
    }
}
