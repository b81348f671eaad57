package mfainspector.ui.lookup;

import java.io.File;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import mfainspector.lookup.LookupLogEntry;
import mfainspector.ui.I18n;

/** The lookup log: date range and ticket filters, the entries (times local, identifiers masked), CSV export. */
public final class LookupLogView {

    private final LookupLogViewModel vm;
    private final I18n i18n;
    private final VBox root = new VBox();

    public LookupLogView(LookupLogViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        TableView<LookupLogEntry> table = table();
        Label status = new Label();
        status.setId("logStatus");
        status.textProperty().bind(vm.statusProperty());
        status.getStyleClass().add("factors-muted");
        root.getChildren().addAll(filters(), table, status);
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
            p.setPrefWidth(170);
        }
        TextField ticket = new TextField();
        ticket.setId("logTicket");
        ticket.setPrefColumnCount(12);
        ticket.textProperty().bindBidirectional(vm.ticketProperty());
        ticket.promptTextProperty().bind(i18n.text("log.ticket.prompt"));
        Button clear = Controls.button(i18n, "logClear", "log.clear", vm::clearFilters);
        Button reload = Controls.button(i18n, "logReload", "log.refresh", vm::reload);
        Button export = Controls.button(i18n, "logExport", "log.export", this::export);
        export.disableProperty().bind(vm.busyProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, Controls.label(i18n, "log.from", from), from, Controls.label(i18n, "log.to", to), to,
                Controls.label(i18n, "log.ticket", ticket), ticket, clear, spacer, reload, export);
        bar.getStyleClass().add("lookup-bar");
        return bar;
    }

    private TableView<LookupLogEntry> table() {
        TableView<LookupLogEntry> table = new TableView<>(vm.entries());
        table.setId("logTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                Controls.column(i18n, "log.column.time", e -> vm.localTime(e.time())),
                Controls.column(i18n, "log.column.agent", LookupLogEntry::osAccount),
                Controls.column(i18n, "log.column.profile", LookupLogEntry::profile),
                Controls.column(i18n, "log.column.type", e -> i18n.get("lookup.type." + e.identifierType().name())),
                Controls.column(i18n, "log.column.identifier", LookupLogEntry::maskedIdentifier),
                Controls.column(i18n, "log.column.outcome", this::outcome),
                Controls.column(i18n, "log.column.ticket", LookupLogEntry::ticket)));
        table.getColumns().get(0).setPrefWidth(180);
        Label empty = new Label();
        empty.textProperty().bind(i18n.text("log.empty"));
        table.setPlaceholder(empty);
        // Cells keep their words until their item changes: a new language redraws them.
        i18n.localeProperty().addListener((obs, old, now) -> table.refresh());
        return table;
    }

    private String outcome(LookupLogEntry e) {
        return e.outcome().error().map(c -> i18n.get("log.outcome.error", c.name()))
                .orElseGet(() -> i18n.get("log.outcome." + e.outcome().kindName()));
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
