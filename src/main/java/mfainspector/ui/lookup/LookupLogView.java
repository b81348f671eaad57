package mfainspector.ui.lookup;

import java.io.File;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import mfainspector.lookup.LookupLogEntry;
import mfainspector.lookup.ReportRun;
import mfainspector.ui.I18n;

/**
 * The lookup log: date range and ticket filters, the entries (times local, identifiers masked),
 * the selected entry in full below them, CSV export. The table keeps what tells lookups apart
 * (time, masked identifier, outcome, ticket), so that every column fits a narrow window; the
 * identifier's type (also in the identifier's tooltip), the agent's OS account and the profile,
 * the same on most lines of one machine, are in the detail below it.
 */
public final class LookupLogView {

    private final LookupLogViewModel vm;
    private final I18n i18n;
    private final VBox root = new VBox();

    public LookupLogView(LookupLogViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        TableView<LookupLogEntry> table = table();
        Label detail = detail(table);
        Label status = new Label();
        status.setId("logStatus");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());
        status.getStyleClass().add("factors-muted");
        root.getChildren().addAll(filters(), table, detail, status);
        VBox.setVgrow(table, Priority.ALWAYS);
        root.getStyleClass().add("lookup-log-view");
    }

    public Parent node() {
        return root;
    }

    private Node filters() {
        DatePicker from = new DatePicker();
        from.setId("logFrom");
        from.valueProperty().bindBidirectional(vm.fromProperty());
        DatePicker to = new DatePicker();
        to.setId("logTo");
        to.valueProperty().bindBidirectional(vm.toProperty());
        for (DatePicker p : List.of(from, to)) {
            p.setPrefWidth(140);
            p.setMinWidth(140);
        }
        TextField ticket = new TextField();
        ticket.setId("logTicket");
        ticket.setPrefColumnCount(13);
        ticket.textProperty().bindBidirectional(vm.ticketProperty());
        ticket.promptTextProperty().bind(i18n.text("log.ticket.prompt"));
        Button clear = Controls.button(i18n, "logClear", "log.clear", vm::clearFilters);
        Button reload = Controls.button(i18n, "logReload", "log.refresh", vm::reload);
        Button export = Controls.button(i18n, "logExport", "log.export", this::export);
        export.disableProperty().bind(vm.busyProperty());
        // Each label stays with its field; the groups wrap onto a second line when the window is narrow.
        FlowPane bar = new FlowPane(12, 8,
                group(Controls.label(i18n, "log.from", from), from),
                group(Controls.label(i18n, "log.to", to), to),
                group(Controls.label(i18n, "log.ticket", ticket), ticket),
                group(clear, reload, export));
        bar.getStyleClass().add("lookup-filters");
        return bar;
    }

    private static HBox group(Node... nodes) {
        HBox box = new HBox(8, nodes);
        box.getStyleClass().add("lookup-bar");
        return box;
    }

    private TableView<LookupLogEntry> table() {
        TableView<LookupLogEntry> table = new TableView<>(vm.entries());
        table.setId("logTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        TableColumn<LookupLogEntry, LookupLogEntry> time = Controls.column(i18n, "log.column.time", 195,
                e -> vm.localTime(e.time()), e -> vm.zonedAndUtc(e.time()));
        ((Label) time.getGraphic()).textProperty().bind(Bindings.createStringBinding(
                () -> i18n.get("log.column.time", vm.zoneName()), i18n.localeProperty()));
        table.getColumns().setAll(List.of(time,
                Controls.column(i18n, "log.column.identifier", 155, this::identifier,
                        e -> e.isReport() ? identifier(e) : type(e) + ": " + e.maskedIdentifier()),
                Controls.column(i18n, "log.column.outcome", 140, this::outcome),
                Controls.column(i18n, "log.column.ticket", 85, LookupLogEntry::ticket)));
        Label empty = new Label();
        empty.textProperty().bind(i18n.text("log.empty"));
        table.setPlaceholder(empty);
        // Cells keep their words until their item changes: a new language redraws them.
        i18n.localeProperty().addListener((obs, old, now) -> table.refresh());
        return table;
    }

    /** The selected entry with every field, the ones the table leaves out included. */
    private Label detail(TableView<LookupLogEntry> table) {
        Label detail = new Label();
        detail.setId("logDetail");
        detail.setWrapText(true);
        detail.setMinHeight(Region.USE_PREF_SIZE);
        detail.setMaxWidth(Double.MAX_VALUE);
        detail.getStyleClass().add("lookup-log-detail");
        detail.textProperty().bind(Bindings.createStringBinding(() -> {
            LookupLogEntry e = table.getSelectionModel().getSelectedItem();
            return e == null ? i18n.get("log.detail.none") : i18n.get("log.detail", vm.zonedAndUtc(e.time()), e.osAccount(),
                    e.profile(), type(e), e.report().map(ReportRun::userPoolId).orElse(e.maskedIdentifier()), outcome(e), e.ticket().isEmpty() ? "-" : e.ticket())
                    + e.action().map(a -> "\n" + i18n.get("log.detail.action", actionName(a), resultWords(a.result()),
                            dash(a.before()), dash(a.after()), dash(a.reason()), dash(a.justification()))).orElse("")
                    + e.report().map(r -> "\n" + i18n.get("log.detail.report", r.host(), r.userPoolId(), r.scanned(),
                            r.exportPath().isEmpty() ? i18n.get("log.report.noExport")
                                    : i18n.get(r.masked() ? "log.report.export" : "log.report.exportUnmasked",
                                            r.exportPath(), r.format(), r.rows()))).orElse("");
        }, table.getSelectionModel().selectedItemProperty(), i18n.localeProperty()));
        return detail;
    }

    private String type(LookupLogEntry e) {
        return e.isReport() ? i18n.get("log.report.type") : i18n.get("lookup.type." + e.identifierType().name());
    }

    /** The masked identifier looked up, or for a coverage report run the pool it scanned: it names no user. */
    private String identifier(LookupLogEntry e) {
        return e.report().map(r -> i18n.get("log.report.identifier", r.userPoolId())).orElse(e.maskedIdentifier());
    }

    private String outcome(LookupLogEntry e) {
        if (e.action().isPresent()) {
            return i18n.get("log.outcome.action", actionName(e.action().get()), resultWords(e.action().get().result()));
        }
        return e.outcome().error().map(c -> i18n.get("log.outcome.error", c.name()))
                .orElseGet(() -> i18n.get("log.outcome." + e.outcome().kindName()));
    }

    private String actionName(mfainspector.lookup.ActionNote a) {
        return mfainspector.action.HelpdeskAction.parse(a.action()).map(x -> ActionTexts.name(i18n, x)).orElse(a.action());
    }

    /**
     * How an action ended in the window's words: the log's {@code failed:TIMEOUT} reads "Failed
     * (TIMEOUT)", {@code sending} "Sending" (a line written before the call); an ending the app
     * does not know is shown as written.
     */
    private String resultWords(String result) {
        int colon = result.indexOf(':');
        String word = colon < 0 ? result : result.substring(0, colon);
        String detail = colon < 0 ? "" : result.substring(colon + 1);
        if (!i18n.has("log.action.result." + word)) {
            return result;
        }
        String words = i18n.get("log.action.result." + word);
        return detail.isEmpty() ? words : i18n.get("log.action.resultWithDetail", words, detail);
    }

    private static String dash(String s) {
        return s.isEmpty() ? "-" : s;
    }

    private void export() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.get("log.export.title"));
        chooser.setInitialFileName("lookups-" + LocalDate.now() + ".csv");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        File file = chooser.showSaveDialog(root.getScene() == null ? null : root.getScene().getWindow());
        if (file != null) {
            vm.exportCsv(file.toPath());
        }
    }
}
