package mfainspector.ui.lookup;

import atlantafx.base.theme.Styles;
import java.time.ZoneId;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import mfainspector.factor.FactorType;
import mfainspector.lookup.ApplicationMfaPolicy;
import mfainspector.lookup.Enablement;
import mfainspector.lookup.ManagedUser;
import mfainspector.lookup.UserMfaState;
import javafx.util.Duration;
import mfainspector.ui.FormRows;
import mfainspector.ui.I18n;
import mfainspector.ui.factors.FactorTypeIcon;
import mfainspector.ui.factors.FactorTypeText;

/**
 * The card of one looked-up user: who they are, their account's status and times, one row per
 * MFA type with the factor table's icons, the app's MFA policies, and the way to their factor IDs
 * (signing in as them). Re-drawn when the user, the Reveal toggle or the language changes.
 */
final class UserCard {

    private final LookupViewModel vm;
    private final I18n i18n;
    private final ZoneId zone;
    private final VBox content = new VBox();
    private final ScrollPane root = new ScrollPane(content);
    private final ToggleButton reveal = new ToggleButton();
    private final Button back;
    private final Button copySummary;
    private final Label copiedNote = new Label();
    private final PauseTransition copiedNoteTimer = new PauseTransition(Duration.seconds(2.5));
    private final Node toolbar;
    /** Built the first time a user's card is shown. */
    private CaseView caseView;

    UserCard(LookupViewModel vm, I18n i18n, ZoneId zone) {
        this.vm = vm;
        this.i18n = i18n;
        this.zone = zone;
        content.getStyleClass().add("lookup-card");
        root.setFitToWidth(true);
        root.getStyleClass().add("lookup-card-scroll");
        reveal.setId("cardReveal");
        reveal.selectedProperty().bindBidirectional(vm.revealProperty());
        reveal.textProperty().bind(Bindings.when(reveal.selectedProperty())
                .then(i18n.text("factors.reveal.hide")).otherwise(i18n.text("factors.reveal")));
        reveal.setMinWidth(Region.USE_PREF_SIZE);
        back = Controls.button(i18n, "backToResults", "lookup.back", vm::backToResults);
        // Never an empty text while hidden: the skin of a button with a mnemonic fails on one as it is clicked.
        back.textProperty().bind(Bindings.createStringBinding(() -> i18n.get("lookup.back",
                vm.listBehindProperty().get() == null ? 0 : vm.listBehindProperty().get().matches().size()),
                vm.listBehindProperty(), i18n.localeProperty()));
        back.setTooltip(Controls.tooltip(i18n, "lookup.back.tooltip"));
        FormRows.showWhen(vm.listBehindProperty().isNotNull(), back);
        copySummary = Controls.button(i18n, "cardCopySummary", "factors.copySummary", this::copySummary);
        copySummary.setMnemonicParsing(false);
        copySummary.setTooltip(Controls.tooltip(i18n, "factors.copySummary.tooltip"));
        copiedNote.setId("cardCopied");
        copiedNote.getStyleClass().add("factors-copied");
        copiedNoteTimer.setOnFinished(e -> {
            copiedNote.textProperty().unbind();
            copiedNote.setText("");
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, back, spacer, copiedNote, copySummary, reveal);
        bar.getStyleClass().add("lookup-card-header");
        toolbar = bar;
        vm.resultProperty().addListener((obs, old, now) -> {
            render();
            // Another user's card starts at its top (diagnosis first), not where the last one was scrolled to.
            if (old == null || now == null || old.user() == null || now.user() == null
                    || !old.user().userId().equals(now.user().userId())) {
                root.setVvalue(0);
            }
        });
        vm.revealProperty().addListener((obs, old, now) -> render());
        i18n.localeProperty().addListener((obs, old, now) -> render());
    }

    Node node() {
        return root;
    }

    /** Where the focus goes when the card is opened from the pick list: Back when it is there, else Copy summary. */
    Node firstAction() {
        return back.isVisible() ? back : copySummary;
    }

    /** Puts the ticket summary (masked values only) on the clipboard and says so for a moment. */
    void copySummary() {
        String text = vm.summary();
        if (text.isEmpty()) {
            return;
        }
        ClipboardContent clip = new ClipboardContent();
        clip.putString(text);
        Clipboard.getSystemClipboard().setContent(clip);
        copiedNote.textProperty().bind(i18n.text("factors.copied.summary"));
        copiedNoteTimer.playFromStart();
    }

    private void render() {
        LookupResult r = vm.resultProperty().get();
        if (r == null || r.user() == null) {
            content.getChildren().clear();
            return;
        }
        ManagedUser u = r.user();
        if (caseView == null) {
            caseView = new CaseView(vm.caseView(), i18n, zone);
        }
        content.getChildren().setAll(toolbar, header(u), caseView.diagnosis(), details(u), caseView.health(u),
                caseView.callerNode(), mfa(r.mfa()), caseView.actionsNode(), caseView.timelineNode(), signInNote());
    }

    private Node header(ManagedUser u) {
        Label name = new Label(u.displayName());
        name.setId("cardName");
        name.getStyleClass().add(Styles.TITLE_3);
        Label status = new Label(StatusText.of(i18n, u.status()));
        status.setId("cardStatus");
        status.getStyleClass().addAll("user-status", "activated".equalsIgnoreCase(u.status()) ? Styles.SUCCESS : Styles.WARNING);
        HBox header = new HBox(10, name, status);
        header.getStyleClass().add("lookup-card-header");
        return header;
    }

    private Node details(ManagedUser u) {
        boolean clear = vm.revealProperty().get();
        GridPane grid = new GridPane();
        grid.getStyleClass().add("lookup-details");
        int row = 0;
        row = field(grid, row, "lookup.card.username", u.username(), "cardUsername");
        row = field(grid, row, "lookup.card.userId", u.userId(), "cardUserId");
        row = field(grid, row, "lookup.card.email", clear ? u.email() : u.maskedEmail(), "cardEmail");
        row = field(grid, row, "lookup.card.phone", clear ? (u.phoneCountryCode() + " " + u.phone()).strip() : u.maskedPhone(), "cardPhone");
        // Last sign-in and last MFA are in the account health below, with what they mean.
        field(grid, row, "lookup.card.created", LocalTimes.zoned(i18n, zone, u.createdAt()), "cardCreated");
        return grid;
    }

    private int field(GridPane grid, int row, String key, String value, String id) {
        Label label = new Label(i18n.get(key));
        label.getStyleClass().add("lookup-field-label");
        Label v = new Label(value.isBlank() ? i18n.get("lookup.card.none") : value);
        v.setId(id);
        grid.addRow(row, label, v);
        return row + 1;
    }

    private Node mfa(UserMfaState state) {
        Label title = new Label(i18n.get("lookup.mfa.title"));
        title.getStyleClass().add("factors-section-title");
        VBox rows = new VBox(title);
        rows.getStyleClass().add("mfa-rows");
        boolean clear = vm.revealProperty().get();
        for (MfaRow row : vm.mfaRows()) {
            rows.getChildren().add(mfaRow(row, clear));
        }
        Label policies = new Label(policies(state));
        policies.setId("mfaPolicies");
        policies.setWrapText(true);
        policies.getStyleClass().add("factors-muted");
        rows.getChildren().add(policies);
        return rows;
    }

    private Node mfaRow(MfaRow row, boolean clear) {
        String kind = row.type().kind().name().toLowerCase(Locale.ROOT);
        Label type = new Label(FactorTypeText.label(i18n, row.type()), new Group(FactorTypeIcon.of(row.type()).newNode()));
        type.getStyleClass().add("mfa-type");
        Label state = new Label(i18n.get(row.bindingKey()));
        state.setId("mfaState-" + kind);
        state.getStyleClass().addAll("mfa-state", row.binding() == Enablement.ENABLED ? Styles.SUCCESS : "mfa-state-off");
        Label detail = new Label(row.detail(clear));
        detail.setId("mfaDetail-" + kind);
        detail.getStyleClass().add("mfa-detail");
        HBox box = new HBox(12, type, state, detail);
        box.setId("mfaRow-" + kind);
        box.getStyleClass().add("mfa-row");
        return box;
    }

    private String policies(UserMfaState state) {
        if (state.applicationMfa().isEmpty()) {
            return i18n.get("lookup.mfa.policies.none");
        }
        return i18n.get("lookup.mfa.policies", state.applicationMfa().stream().map(this::policy).collect(Collectors.joining(", ")));
    }

    private String policy(ApplicationMfaPolicy p) {
        FactorType type = p.mfaPolicy();
        return i18n.get(p.status().isEnabled() ? "lookup.mfa.policy.on" : "lookup.mfa.policy.off", FactorTypeText.label(i18n, type));
    }

    private Node signInNote() {
        Label note = new Label(i18n.get("lookup.mfa.note"));
        note.setWrapText(true);
        note.getStyleClass().add("sample-note");
        Button signIn = new Button(i18n.get("lookup.signInAs"));
        signIn.setId("signInAsButton");
        signIn.setOnAction(e -> vm.signInAsShownUser());
        VBox box = new VBox(6, note, signIn);
        box.getStyleClass().add("lookup-signin-note");
        return box;
    }
}
