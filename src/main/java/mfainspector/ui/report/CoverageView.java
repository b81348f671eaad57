package mfainspector.ui.report;

import java.io.File;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.chart.PieChart;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.Duration;
import javafx.util.StringConverter;
import mfainspector.report.Category;
import mfainspector.report.ExportFormat;
import mfainspector.report.ReportRow;
import mfainspector.report.ScanSettings;
import mfainspector.report.ScanSummary;
import mfainspector.ui.GradualRows;
import mfainspector.ui.I18n;
import mfainspector.ui.lookup.Controls;
import mfainspector.ui.startup.Pulses;

/**
 * The coverage tab: the rate with Start and Cancel, the offer to resume an unfinished scan, the
 * progress, then the summary with a chart of the categories, the filtered rows (double-click or
 * Enter opens the user's case view) and the exports.
 */
public final class CoverageView {

    /** New rows the table builds in one pulse while its first screen fills (about 5-9 ms each). */
    static final int ROWS_PER_PULSE = 2;

    private final CoverageViewModel vm;
    private final I18n i18n;
    private final VBox root = new VBox();
    private final TableView<ReportRow> table;
    private final Map<Category, Tooltip> sliceTips = new EnumMap<>(Category.class);
    /** True for the tab's first pulse: the results and the table are laid out and drawn on stand-ins, unseen. */
    private final BooleanProperty priming = new SimpleBooleanProperty();
    private final Spinner<Integer> rate = new Spinner<>();
    private final CheckBox unmasked = new CheckBox();
    private Button startButton;
    private Button cancelButton;
    private Button resumeButton;
    /** Where an export goes; the native dialog unless a test supplies the path. */
    private Function<ExportFormat, Optional<Path>> chooseFile = this::showFileChooser;
    /** Whether the person confirmed an unmasked export; a dialog unless a test answers. */
    private BooleanSupplier confirmUnmasked = this::askUnmasked;

    public CoverageView(CoverageViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        // Shown before there is a report too (its placeholder says what to do): built with the tab, its
        // parts do not add to the pulse that shows the first report.
        this.table = new TableView<>();
        // A report's first screen of rows comes in over a few pulses, not in one long one: with a scan
        // running, the window's longest stall was the pulse that built every visible row at once.
        GradualRows<ReportRow> rows = GradualRows.fill(table, vm.rows(), ROWS_PER_PULSE);
        buildTable();
        table.setId("coverageTable");
        // An empty table (its placeholder only) is no stop for Tab, nor where the focus falls when a
        // pressed button is disabled.
        table.focusTraversableProperty().bind(Bindings.isNotEmpty(vm.rows()));
        // Cells keep their words until their item changes: a new language redraws them.
        i18n.localeProperty().addListener((obs, old, now) -> table.refresh());
        Label window = wrapped("coverageWindow", vm.windowTextProperty(), "coverage-muted");
        Label status = wrapped("coverageStatus", vm.statusProperty(), "coverage-muted");
        Node results = results();
        root.getChildren().addAll(scanBar(), resumeOffer(), progress(), results, filters(), table, window, status);
        // A button the person pressed is disabled by what it started or stopped: the focus goes to
        // the one that is of use now, not to the window's first field (the profile box).
        keepFocusOnTheBar(startButton, () -> cancelButton);
        keepFocusOnTheBar(resumeButton, () -> cancelButton);
        // A stopped scan is offered for resuming (once its checkpoint has been read); a complete one is not.
        keepFocusOnTheBar(cancelButton, () -> vm.summaryProperty().get() == null ? resumeButton : startButton);
        VBox.setVgrow(table, Priority.ALWAYS);
        root.setId("coverageView");
        root.getStyleClass().add("coverage-view");
        root.getProperties().put(CoverageView.class, this);
        primeOnFirstShow(rows);
    }

    public Parent node() {
        return root;
    }

    /** The control that takes the focus when the tab is opened. */
    public Node firstControl() {
        return rate;
    }

    private Node scanBar() {
        rate.setId("coverageRate");
        rate.setEditable(true);
        SpinnerValueFactory.IntegerSpinnerValueFactory values = new SpinnerValueFactory.IntegerSpinnerValueFactory(
                ScanSettings.MIN_RATE, ScanSettings.MAX_RATE, vm.rateProperty().get());
        // The spinner's own converter throws on text that is not a number: ours keeps the rate as it was.
        values.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer n) {
                return n == null ? "" : n.toString();
            }

            @Override
            public Integer fromString(String s) {
                try {
                    int n = Integer.parseInt(s.strip());
                    return Math.max(ScanSettings.MIN_RATE, Math.min(ScanSettings.MAX_RATE, n));
                } catch (NumberFormatException e) {
                    return values.getValue();
                }
            }
        });
        rate.setValueFactory(values);
        rate.setPrefWidth(90);
        rate.setMinWidth(90);
        values.valueProperty().addListener((obs, old, now) -> vm.rateProperty().set(now == null ? ScanSettings.DEFAULT_RATE : now));
        vm.rateProperty().addListener((obs, old, now) -> values.setValue(now.intValue()));
        // A typed rate counts when the field loses the focus too, not only on Enter.
        rate.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                commitTypedRate(values);
            }
        });
        rate.disableProperty().bind(vm.stateProperty().isNotEqualTo(CoverageViewModel.State.IDLE));
        Button start = Controls.button(i18n, "coverageStart", "coverage.start", () -> {
            commitTypedRate(values);
            vm.start();
        });
        start.disableProperty().bind(vm.canStartProperty().not());
        start.setDefaultButton(false);
        startButton = start;
        Button cancel = Controls.button(i18n, "coverageCancel", "coverage.cancel", vm::cancel);
        cancelButton = cancel;
        cancel.disableProperty().bind(vm.stateProperty().isNotEqualTo(CoverageViewModel.State.SCANNING));
        cancel.setTooltip(Controls.tooltip(i18n, "coverage.cancel.tooltip"));
        Label rateLabel = Controls.label(i18n, "coverage.rate", rate);
        rateLabel.setTooltip(Controls.tooltip(i18n, "coverage.rate.tooltip"));
        Label intro = shownWhen(wrapped("coverageIntro", i18n.text("coverage.intro"), "coverage-muted"),
                vm.summaryProperty().isNull());
        FlowPane bar = new FlowPane(12, 8, group(rateLabel, rate), group(start, cancel), exports());
        return new VBox(6, intro, bar);
    }

    /** A typed rate, clamped to 1..200; anything that is not a number puts the current rate back. */
    private void commitTypedRate(SpinnerValueFactory.IntegerSpinnerValueFactory values) {
        String typed = rate.getEditor().getText().strip();
        try {
            int n = Integer.parseInt(typed);
            values.setValue(Math.max(ScanSettings.MIN_RATE, Math.min(ScanSettings.MAX_RATE, n)));
        } catch (NumberFormatException e) {
            // Not a number: the rate stays as it was.
        }
        rate.getEditor().setText(String.valueOf(values.getValue()));
    }

    /** Export CSV and JSON of the rows the filters keep, masked unless Unmasked is ticked (and confirmed). */
    private Node exports() {
        Button csv = Controls.button(i18n, "coverageExportCsv", "coverage.export.csv", () -> export(ExportFormat.CSV));
        Button json = Controls.button(i18n, "coverageExportJson", "coverage.export.json", () -> export(ExportFormat.JSON));
        BooleanBinding cannotExport = vm.summaryProperty().isNull().or(vm.exportingProperty());
        csv.disableProperty().bind(cannotExport);
        json.disableProperty().bind(cannotExport);
        unmasked.setId("coverageUnmasked");
        unmasked.textProperty().bind(i18n.text("coverage.export.unmasked"));
        unmasked.setTooltip(Controls.tooltip(i18n, "coverage.export.unmasked.tooltip"));
        unmasked.setMinWidth(Region.USE_PREF_SIZE);
        unmasked.disableProperty().bind(vm.summaryProperty().isNull());
        return shownWithReport(group(csv, json, unmasked));
    }

    private Node resumeOffer() {
        Label text = wrapped("coverageResumeText", vm.unfinishedTextProperty());
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        Button resume = Controls.button(i18n, "coverageResume", "coverage.resume", vm::resume);
        resumeButton = resume;
        Button over = Controls.button(i18n, "coverageStartOver", "coverage.startOver", vm::start);
        BooleanBinding offered = vm.unfinishedProperty().isNotNull().and(vm.stateProperty().isEqualTo(CoverageViewModel.State.IDLE));
        resume.disableProperty().bind(vm.canStartProperty().not());
        over.disableProperty().bind(vm.canStartProperty().not());
        HBox box = new HBox(10, text, resume, over);
        box.setId("coverageResumeOffer");
        box.getStyleClass().addAll("lookup-hint", "coverage-offer");
        return shownWhen(box, offered);
    }

    private void keepFocusOnTheBar(Button from, java.util.function.Supplier<Button> to) {
        from.disabledProperty().addListener((obs, was, disabled) -> {
            if (disabled && from.isFocused()) {
                // Once the other bindings of the same change have settled.
                javafx.application.Platform.runLater(() -> focusWhenUsable(to.get(), from));
            }
        });
    }

    /**
     * Focuses {@code target} now, or as soon as it is shown and enabled, unless the person has put
     * the focus somewhere of their own in the meantime.
     */
    private void focusWhenUsable(Button target, Button lostFrom) {
        if (usable(target)) {
            target.requestFocus();
            return;
        }
        javafx.beans.InvalidationListener[] once = new javafx.beans.InvalidationListener[1];
        once[0] = obs -> {
            Node owner = root.getScene() == null ? null : root.getScene().getFocusOwner();
            boolean lost = owner == null || owner == lostFrom || !isInside(owner);
            if (!lost || usable(target)) {
                target.getParent().visibleProperty().removeListener(once[0]);
                target.disabledProperty().removeListener(once[0]);
                if (lost) {
                    target.requestFocus();
                }
            }
        };
        // The button's own row is what shows and hides (the resume offer).
        target.getParent().visibleProperty().addListener(once[0]);
        target.disabledProperty().addListener(once[0]);
    }

    /** Shown (with every parent) and enabled: it can take the focus. */
    private static boolean usable(Node n) {
        if (n.isDisabled() || n.getScene() == null) {
            return false;
        }
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private boolean isInside(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p == root) {
                return true;
            }
        }
        return false;
    }

    private Node progress() {
        ProgressBar bar = new ProgressBar();
        bar.setId("coverageProgressBar");
        bar.progressProperty().bind(Bindings.createDoubleBinding(() -> vm.progressProperty().get() == null
                || vm.progressProperty().get().total() <= 0 ? ProgressBar.INDETERMINATE_PROGRESS
                : vm.progressProperty().get().fraction(), vm.progressProperty()));
        bar.setMaxWidth(Double.MAX_VALUE);
        Label text = wrapped("coverageProgress", vm.progressTextProperty());
        return shownWhen(new VBox(4, bar, text), vm.stateProperty().isNotEqualTo(CoverageViewModel.State.IDLE));
    }

    /** The summary: the chart of the categories beside their counts. */
    private Node results() {
        PieChart chart = new PieChart();
        chart.setId("coverageChart");
        chart.setLegendVisible(false);
        chart.setLabelsVisible(false);
        chart.setAnimated(false);
        chart.setStartAngle(90);
        chart.setPrefSize(124, 124);
        chart.setMinSize(124, 124);
        chart.setMaxSize(124, 124);
        chart.getStyleClass().add("coverage-chart");
        GridPane counts = new GridPane();
        counts.setId("coverageCounts");
        counts.getStyleClass().add("coverage-counts");
        int r = 0;
        for (Category c : Category.values()) {
            Region swatch = new Region();
            swatch.getStyleClass().addAll("coverage-swatch", styleClass(c));
            Label name = new Label();
            name.textProperty().bind(Bindings.createStringBinding(() -> vm.categoryName(c), i18n.localeProperty()));
            name.setMinWidth(Region.USE_PREF_SIZE);
            Label count = new Label();
            count.setId("coverageCount-" + c.wireName());
            count.setMinWidth(Region.USE_PREF_SIZE);
            count.getStyleClass().add("coverage-count");
            // In the language of now: a count written once kept the other language's brackets after a switch.
            count.textProperty().bind(Bindings.createStringBinding(() -> {
                ScanSummary s = vm.summaryProperty().get();
                return s == null ? "" : i18n.get("coverage.count", s.count(c), percent(s.count(c), s.scanned()));
            }, vm.summaryProperty(), i18n.localeProperty()));
            // Two columns of three: the summary stays short, so the table keeps the height.
            int column = r / 3 * 3;
            counts.add(swatch, column, r % 3);
            counts.add(name, column + 1, r % 3);
            counts.add(count, column + 2, r % 3);
            r++;
        }
        Label head = wrapped("coverageSummary", vm.summaryTextProperty(), "coverage-summary");
        Label weak = wrapped("coverageWeak", vm.riskTextProperty());
        for (Category c : Category.values()) {
            sliceTips.put(c, Controls.tooltip(i18n, "coverage.category." + c.name()));
        }
        vm.summaryProperty().addListener((obs, old, s) -> showSlices(chart, c -> s == null ? 0 : s.count(c)));
        priming.addListener((obs, was, now) -> showSlices(chart, c -> now ? 1 : 0));
        VBox words = new VBox(6, head, counts, weak);
        HBox.setHgrow(words, Priority.ALWAYS);
        HBox box = new HBox(16, chart, words);
        box.setId("coverageResults");
        box.getStyleClass().add("coverage-results");
        return shownWithReport(box);
    }

    /** New slices for each report: a pie whose values all went to 0 and back kept its empty shapes. */
    private void showSlices(PieChart chart, ToLongFunction<Category> count) {
        List<PieChart.Data> slices = new ArrayList<>();
        for (Category c : Category.values()) {
            slices.add(new PieChart.Data(c.wireName(), count.applyAsLong(c)));
        }
        chart.setData(FXCollections.observableArrayList(slices));
        // Each slice keeps its category's colour, and a click on it shows that category's users.
        for (Category c : Category.values()) {
            PieChart.Data d = slices.get(c.ordinal());
            styleSlice(d.getNode(), c);
            d.nodeProperty().addListener((o, was, node) -> styleSlice(node, c));
        }
    }

    private void styleSlice(Node node, Category c) {
        if (node != null && !node.getStyleClass().contains(styleClass(c))) {
            node.getStyleClass().add(styleClass(c));
            node.setOnMouseClicked(e -> vm.categoryProperty().set(c));
            // One tooltip per category, made with the tab: each report's new slices share them.
            Tooltip.install(node, sliceTips.get(c));
        }
    }

    private static String percent(long n, long of) {
        return of <= 0 ? "0" : String.format(Locale.ROOT, "%.1f", 100.0 * n / of);
    }

    /** The style class that gives a category its colour in the chart and the counts. */
    static String styleClass(Category c) {
        return "coverage-" + c.wireName();
    }

    private Node filters() {
        ComboBox<Category> category = new ComboBox<>();
        category.setId("coverageCategory");
        List<Category> choices = new ArrayList<>();
        choices.add(null);
        choices.addAll(List.of(Category.values()));
        category.getItems().setAll(choices);
        category.setCellFactory(list -> new CategoryCell());
        category.setButtonCell(new CategoryCell());
        category.valueProperty().bindBidirectional(vm.categoryProperty());
        category.setMinWidth(Region.USE_PREF_SIZE);
        i18n.localeProperty().addListener((obs, old, now) -> category.setButtonCell(new CategoryCell()));
        TextField text = new TextField();
        text.setId("coverageText");
        text.setPrefColumnCount(22);
        text.promptTextProperty().bind(i18n.text("coverage.filter.prompt"));
        text.setTooltip(Controls.tooltip(i18n, "coverage.filter.prompt"));
        // The rows are read back from disk: wait until the typing pauses.
        PauseTransition typing = new PauseTransition(Duration.millis(250));
        typing.setOnFinished(e -> vm.textProperty().set(text.getText()));
        text.textProperty().addListener((obs, old, now) -> typing.playFromStart());
        text.setOnAction(e -> {
            typing.stop();
            vm.textProperty().set(text.getText());
        });
        FlowPane bar = new FlowPane(12, 8,
                group(Controls.label(i18n, "coverage.filter.category", category), category),
                group(Controls.label(i18n, "coverage.filter.text", text), text));
        bar.setId("coverageFilters");
        bar.getStyleClass().add("lookup-filters");
        return shownWithReport(bar);
    }

    private final class CategoryCell extends ListCell<Category> {
        @Override
        protected void updateItem(Category item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : vm.categoryName(item));
        }
    }

    /** A label of several lines when narrow, never cut short in height. */
    private static Label wrapped(String id, ObservableValue<String> text, String... styleClasses) {
        Label l = new Label();
        l.setId(id);
        l.textProperty().bind(text);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.getStyleClass().addAll(styleClasses);
        return l;
    }

    /** {@code node}, shown with a report, and laid out and drawn unseen while the tab primes its parts. */
    private <N extends Node> N shownWithReport(N node) {
        unseenWhilePriming(node);
        return shownWhen(node, vm.summaryProperty().isNotNull().or(priming));
    }

    /** {@code node} drawn at {@link #PRIMING_OPACITY}, out of the mouse's way, while the tab primes its parts. */
    private void unseenWhilePriming(Node node) {
        node.opacityProperty().bind(Bindings.when(priming).then(PRIMING_OPACITY).otherwise(1.0));
        node.mouseTransparentProperty().bind(priming);
    }

    /** {@code node}, taking no room while {@code when} is false. */
    private static <N extends Node> N shownWhen(N node, ObservableBooleanValue when) {
        node.visibleProperty().bind(when);
        node.managedProperty().bind(when);
        return node;
    }

    private static HBox group(Node... nodes) {
        HBox box = new HBox(8, nodes);
        box.getStyleClass().add("lookup-bar");
        return box;
    }

    /** The report table's columns, rows and placeholder. */
    private void buildTable() {
        TableView<ReportRow> t = table;
        t.getStyleClass().addAll("coverage-table", "dense");
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        TableColumn<ReportRow, ReportRow> last = sized(Controls.column(i18n, "coverage.column.lastLogin", 0, vm::lastLogin), 94, 140);
        ((Label) last.getGraphic()).getTooltip().textProperty().bind(Bindings.createStringBinding(
                () -> i18n.get("coverage.column.lastLogin.tooltip", vm.zoneName()), i18n.localeProperty()));
        // Each column at least as wide as its header's word; the text columns take what is left
        // (a cut cell has its whole text in its tooltip). The username and the category, the words
        // an agent reads down the table, are whole at the default size (not at the minimum); the user ID gives way first.
        t.getColumns().setAll(List.of(
                cutInTheMiddle(sized(Controls.column(i18n, "coverage.column.userId", 0, ReportRow::userId), 62, 62)),
                cutInTheMiddle(sized(Controls.column(i18n, "coverage.column.username", 0, ReportRow::username), 82, 150)),
                cutInTheMiddle(sized(Controls.column(i18n, "coverage.column.email", 0, ReportRow::maskedEmail), 48, 110)),
                cutInTheMiddle(sized(Controls.column(i18n, "coverage.column.phone", 0, ReportRow::maskedPhone), 54, 100)),
                sized(Controls.column(i18n, "coverage.column.status", 0, vm::statusWord, vm::statusSentence), 56, 80),
                last,
                sized(Controls.column(i18n, "coverage.column.sms", 0, r -> vm.bound(r.smsMfa())), 40, 40),
                sized(Controls.column(i18n, "coverage.column.emailMfa", 0, r -> vm.bound(r.emailMfa())), 40, 40),
                sized(Controls.column(i18n, "coverage.column.otp", 0, r -> vm.bound(r.otpMfa())), 40, 40),
                sized(Controls.column(i18n, "coverage.column.face", 0, r -> vm.bound(r.faceMfa())), 42, 42),
                sized(Controls.column(i18n, "coverage.column.category", 0, r -> vm.categoryShortName(r.category()),
                        r -> r.reason().isEmpty() ? vm.categoryName(r.category())
                                : vm.categoryName(r.category()) + ": " + r.reason()), 75, 140)));
        Label empty = new Label();
        empty.textProperty().bind(Bindings.createStringBinding(() -> i18n.get(vm.summaryProperty().get() != null
                ? "coverage.empty.noMatch" : vm.stateProperty().get() != CoverageViewModel.State.IDLE
                ? "coverage.empty.scanning" : "coverage.empty.noReport"),
                vm.summaryProperty(), vm.stateProperty(), i18n.localeProperty()));
        empty.setWrapText(true);
        t.setPlaceholder(empty);
        t.setRowFactory(view -> {
            TableRow<ReportRow> row = new TableRow<>() {
                @Override
                protected boolean isItemChanged(ReportRow oldItem, ReportRow newItem) {
                    // Rows are immutable: the same object is the same row (no record equals per move).
                    return oldItem != newItem;
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    vm.openUser(row.getItem());
                }
            });
            return row;
        });
        t.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && t.getSelectionModel().getSelectedItem() != null) {
                vm.openUser(t.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        t.setTooltip(Controls.tooltip(i18n, "coverage.table.tooltip"));
    }

    /**
     * The tab's first layout builds and draws the report's parts on fictional stand-ins, unseen
     * ({@link #PRIMING_OPACITY}) for that one pulse when the tab first opens: the chart's slices
     * and counts, the filters and a few table rows. Then the table shows the report's rows and
     * keeps the cells it built for them. A table's first rows cost 60-160 ms in one pulse
     * (styling each new cell: every candidate selector of the theme tested against it), the
     * results' first showing about 60 ms more and their first drawing 38-48 ms in the software
     * renderer; later reports only refill them. Paid when the tab opens, that cost no longer
     * holds the window when the first report appears at the end of a scan.
     */
    private void primeOnFirstShow(GradualRows<ReportRow> rows) {
        if (!vm.rows().isEmpty() || vm.summaryProperty().get() != null) {
            return;
        }
        unseenWhilePriming(table);
        priming.set(true);
        table.setItems(FXCollections.observableArrayList(Collections.nCopies(PRIMING_ROWS, SAMPLE_ROW)));
        root.sceneProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Scene> obs, Scene old, Scene scene) {
                if (scene == null) {
                    return;
                }
                root.sceneProperty().removeListener(this);
                Pulses.afterNextLayout(scene, laidOut -> {
                    table.setItems(rows.items());
                    priming.set(false);
                });
            }
        });
    }

    /** Stand-in rows for {@link #primeOnFirstShow}: enough to style a row the first time; the rest of a screen comes a few rows a pulse. */
    private static final int PRIMING_ROWS = 4;

    /**
     * How visible the stand-ins are for that one pulse: not at all to a person, but drawn, so that
     * the renderer's first drawing of the report's text and shapes is paid then too.
     */
    static final double PRIMING_OPACITY = 0.01;

    /** A fictional user (reserved example domain, fictional number) for {@link #primeOnFirstShow}. */
    private static final ReportRow SAMPLE_ROW = new ReportRow("000000000000000000000000", "sample.user",
            "sample.user@example.org", "5550100", "+1", "Activated", Optional.of(Instant.EPOCH),
            true, false, false, false, Category.SMS_ONLY, "");

    /**
     * A column at least {@code min} wide (its header's word whole, in either language, at the
     * table's header font) and {@code pref} when there is room. Fixed numbers rather than a
     * binding to the header's width: the resize policy spreads the columns once it knows them.
     */
    /**
     * A narrow cell of this column loses the middle of its text, not its end: user ids of one pool
     * share their first characters, usernames often too, so the end is what tells them apart.
     */
    private static <T> TableColumn<T, T> cutInTheMiddle(TableColumn<T, T> c) {
        c.getStyleClass().add("cut-in-the-middle");
        return c;
    }

    private static <T> TableColumn<T, T> sized(TableColumn<T, T> c, double min, double pref) {
        c.setMinWidth(min);
        c.setPrefWidth(pref);
        return c;
    }

    private void export(ExportFormat format) {
        boolean full = unmasked.isSelected();
        if (full && !confirmUnmasked.getAsBoolean()) {
            return;
        }
        chooseFile.apply(format).ifPresent(path -> {
            vm.export(path, format, full);
            // One unmasked file at a time: the next export is masked unless chosen again.
            unmasked.setSelected(false);
        });
    }

    private boolean askUnmasked() {
        Alert confirm = new Alert(Alert.AlertType.WARNING, i18n.get("coverage.export.unmasked.confirm"),
                ButtonType.OK, ButtonType.CANCEL);
        if (root.getScene() != null) {
            confirm.initOwner(root.getScene().getWindow());
        }
        confirm.setTitle(i18n.get("coverage.export.unmasked.title"));
        confirm.setHeaderText(null);
        ((Button) confirm.getDialogPane().lookupButton(ButtonType.OK)).setText(i18n.get("coverage.export.unmasked.ok"));
        ((Button) confirm.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        ((Button) confirm.getDialogPane().lookupButton(ButtonType.OK)).setDefaultButton(false);
        return confirm.showAndWait().filter(ButtonType.OK::equals).isPresent();
    }

    private Optional<Path> showFileChooser(ExportFormat format) {
        String ext = format.name().toLowerCase(Locale.ROOT);
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.get("coverage.export.title"));
        ScanSummary s = vm.summaryProperty().get();
        chooser.setInitialFileName("mfa-coverage-" + (s == null ? "" : safe(s.userPoolId()) + "-") + LocalDate.now() + "." + ext);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(format.name(), "*." + ext));
        File file = chooser.showSaveDialog(root.getScene() == null ? null : root.getScene().getWindow());
        return Optional.ofNullable(file).map(File::toPath);
    }

    private static String safe(String s) {
        return s.replaceAll("[^A-Za-z0-9_-]", "");
    }

    /** Tests choose the export's file here instead of in the native dialog. */
    void setFileChooser(Function<ExportFormat, Optional<Path>> chooser) {
        this.chooseFile = chooser;
    }

    /** Tests answer the unmasked export's warning here instead of in a dialog. */
    void setUnmaskedConfirmation(BooleanSupplier confirmation) {
        this.confirmUnmasked = confirmation;
    }

    TableView<ReportRow> table() {
        return table;
    }
}
