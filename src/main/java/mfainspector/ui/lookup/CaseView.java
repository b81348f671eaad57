package mfainspector.ui.lookup;

import atlantafx.base.theme.Styles;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import mfainspector.lookup.AccountHealth;
import mfainspector.lookup.ActivityEvent;
import mfainspector.lookup.ActivityKind;
import mfainspector.lookup.ActivityPeriod;
import mfainspector.lookup.Finding;
import mfainspector.lookup.ManagedUser;
import mfainspector.text.TimeText;
import mfainspector.ui.BusySpinner;
import mfainspector.ui.FormRows;
import mfainspector.ui.I18n;
import mfainspector.ui.factors.FactorTypeIcon;

/**
 * The case view on a user's card: the diagnosis (blockers first, in a warning style), the
 * account's health, and the activity timeline with its period, "Failures only", "Load older" and
 * a way to copy an event's request id. Built the first time a card is shown; the sections are
 * re-drawn with the card, the timeline's table keeps its place.
 */
final class CaseView {

    private final CaseViewModel vm;
    private final I18n i18n;
    private final ZoneId zone;
    private final VBox diagnosis = new VBox();
    private final VBox health = new VBox();
    private final Node timeline;
    private final TableView<ActivityEvent> table = new TableView<>();
    private final Node caller;
    private final Label callerResult = new Label();
    private ActionsView actions;

    CaseView(CaseViewModel vm, I18n i18n, ZoneId zone) {
        this.vm = vm;
        this.i18n = i18n;
        this.zone = zone;
        diagnosis.setId("caseDiagnosis");
        diagnosis.getStyleClass().add("case-diagnosis");
        health.getStyleClass().add("case-health");
        timeline = timeline();
        caller = caller();
        vm.findings().addListener((ListChangeListener<Finding>) c -> renderDiagnosis());
        i18n.localeProperty().addListener((obs, old, now) -> {
            renderDiagnosis();
            table.refresh();
        });
        renderDiagnosis();
    }

    Node diagnosis() {
        return diagnosis;
    }

    Node timelineNode() {
        return timeline;
    }

    Node callerNode() {
        return caller;
    }

    /** The helpdesk actions, built once with the case view. */
    Node actionsNode() {
        if (actions == null) {
            actions = new ActionsView(vm.actions(), i18n);
        }
        return actions.node();
    }

    /**
     * Verify the caller: with an authenticator app bound and the profile's setting on, the code the
     * caller reads out (hidden as typed, cleared after each check); otherwise a checklist of other
     * ways to tick, recorded as confirmed or as could not confirm. Either check is noted in the
     * lookup log.
     */
    private Node caller() {
        Label title = new Label();
        title.textProperty().bind(i18n.text("case.caller.title"));
        title.getStyleClass().add("factors-section-title");

        PasswordField code = new PasswordField();
        code.setId("callerCode");
        code.setPrefColumnCount(8);
        code.setMaxWidth(Region.USE_PREF_SIZE);
        code.promptTextProperty().bind(i18n.text("case.caller.code.prompt"));
        Button verify = new Button();
        verify.setId("callerVerify");
        verify.setMnemonicParsing(false);
        verify.textProperty().bind(i18n.text("case.caller.verify"));
        verify.setMinWidth(Region.USE_PREF_SIZE);
        verify.disableProperty().bind(vm.checkingProperty().or(code.textProperty().isEmpty()));
        Runnable check = () -> {
            CharSequence typed = code.getCharacters();
            char[] chars = new char[typed.length()];
            for (int i = 0; i < chars.length; i++) {
                chars[i] = typed.charAt(i);
            }
            code.clear();
            vm.verifyCode(chars);
        };
        verify.setOnAction(e -> check.run());
        code.setOnAction(e -> {
            if (!verify.isDisabled()) {
                check.run();
            }
        });
        Label reads = new Label();
        reads.setWrapText(true);
        reads.getStyleClass().add("factors-muted");
        reads.textProperty().bind(i18n.text("case.caller.reads"));
        HBox codeRow = new HBox(8, code, verify, new BusySpinner(vm.checkingProperty(), 16));
        codeRow.getStyleClass().add("lookup-bar");
        VBox otp = new VBox(6, codeRow, reads);
        otp.setId("callerOtp");

        Label manualNote = new Label();
        manualNote.setWrapText(true);
        manualNote.getStyleClass().add("factors-muted");
        manualNote.textProperty().bind(i18n.text("case.caller.manual"));
        VBox manual = new VBox(6, manualNote);
        manual.setId("callerManual");
        List<CheckBox> boxes = new java.util.ArrayList<>();
        for (String method : List.of("callback", "manager", "in-person")) {
            CheckBox box = new CheckBox();
            box.setId("callerMethod-" + method);
            box.setUserData(method);
            box.setMnemonicParsing(false);
            box.setWrapText(true);
            box.textProperty().bind(i18n.text("case.caller.method." + method));
            boxes.add(box);
            manual.getChildren().add(box);
        }
        Button record = new Button();
        record.setId("callerRecord");
        record.setMnemonicParsing(false);
        record.textProperty().bind(i18n.text("case.caller.record"));
        record.setMinWidth(Region.USE_PREF_SIZE);
        record.disableProperty().bind(Bindings.createBooleanBinding(() -> vm.checkingProperty().get()
                || boxes.stream().noneMatch(CheckBox::isSelected), boxes.stream().map(b -> (javafx.beans.Observable) b.selectedProperty())
                .toList().toArray(new javafx.beans.Observable[0])).or(vm.checkingProperty()));
        java.util.function.Consumer<Boolean> recordAs = confirmed -> {
            vm.recordManual(boxes.stream().filter(CheckBox::isSelected).map(b -> (String) b.getUserData()).toList(),
                    confirmed);
            boxes.forEach(b -> b.setSelected(false));
        };
        record.setOnAction(e -> recordAs.accept(true));
        Button notConfirmed = new Button();
        notConfirmed.setId("callerNotConfirmed");
        notConfirmed.setMnemonicParsing(false);
        notConfirmed.textProperty().bind(i18n.text("case.caller.recordNotConfirmed"));
        notConfirmed.setMinWidth(Region.USE_PREF_SIZE);
        notConfirmed.disableProperty().bind(record.disableProperty());
        notConfirmed.setOnAction(e -> recordAs.accept(false));
        HBox records = new HBox(8, record, notConfirmed);
        records.getStyleClass().add("lookup-bar");
        manual.getChildren().add(records);
        vm.userProperty().addListener((obs, old, now) -> boxes.forEach(b -> b.setSelected(false)));

        FormRows.showWhen(vm.otpCheckProperty(), otp);
        FormRows.showWhen(vm.otpCheckProperty().not(), manual);

        callerResult.setId("callerResult");
        callerResult.setWrapText(true);
        callerResult.setMinHeight(Region.USE_PREF_SIZE);
        vm.callerResultProperty().addListener((obs, old, now) -> renderCallerResult());
        i18n.localeProperty().addListener((obs, old, now) -> renderCallerResult());
        renderCallerResult();

        VBox box = new VBox(8, title, otp, manual, callerResult);
        box.setId("callerSection");
        box.getStyleClass().add("case-caller");
        return box;
    }

    private void renderCallerResult() {
        CaseViewModel.CallerResult r = vm.callerResultProperty().get();
        ManagedUser u = vm.userProperty().get();
        callerResult.getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER, "case-finding");
        if (r == null || u == null) {
            callerResult.setText("");
            callerResult.setVisible(false);
            callerResult.setManaged(false);
            return;
        }
        String who = !u.maskedEmail().isEmpty() ? u.maskedEmail() : u.username().isEmpty() ? u.displayName() : u.username();
        callerResult.setText(TimeText.clock(r.at(), zone) + "  " + callerSentence(r, who));
        callerResult.getStyleClass().addAll("case-finding",
                r.outcome() == mfainspector.lookup.CallerOutcome.VERIFIED ? Styles.SUCCESS : Styles.DANGER);
        callerResult.setVisible(true);
        callerResult.setManaged(true);
    }

    /** How a check ended; for a manual one, also the ways tried. */
    private String callerSentence(CaseViewModel.CallerResult r, String who) {
        if (r.ways().isEmpty()) {
            return r.outcome().sentence(i18n.locale(), who);
        }
        String first = r.outcome() == mfainspector.lookup.CallerOutcome.VERIFIED
                ? i18n.get("case.caller.manualVerified", who) : r.outcome().sentence(i18n.locale(), who);
        String ways = String.join(i18n.get("case.caller.waysSeparator"),
                r.ways().stream().map(w -> i18n.get("case.caller.way." + w)).toList());
        return first + " " + i18n.get("case.caller.tried", ways);
    }

    /** The account's health of {@code u}, drawn anew (the card re-draws it with the language). */
    Node health(ManagedUser u) {
        AccountHealth h = u.health();
        GridPane grid = new GridPane();
        grid.getStyleClass().add("lookup-details");
        int row = 0;
        String status = statusText(h) + h.statusChangedAt().map(t -> " " + i18n.get("case.health.since", time(t))).orElse("");
        row = field(grid, row, "case.health.status", status, "caseStatus");
        row = field(grid, row, "case.health.lastLogin", h.lastLogin().map(this::time).orElse(""), "caseLastLogin");
        row = field(grid, row, "case.health.lastIp", h.maskedLastIp(), "caseLastIp");
        row = field(grid, row, "case.health.logins", h.loginsCount().isPresent()
                ? String.valueOf(h.loginsCount().getAsInt()) : "", "caseLogins");
        row = field(grid, row, "case.health.password", h.passwordLastSetAt().map(this::time).orElse(""), "casePassword");
        row = field(grid, row, "case.health.emailVerified", yesNo(h.emailVerified()), "caseEmailVerified");
        row = field(grid, row, "case.health.phoneVerified", yesNo(h.phoneVerified()), "casePhoneVerified");
        field(grid, row, "case.health.lastMfa", h.lastMfaTime().map(this::time).orElse(""), "caseLastMfa");
        Label title = new Label(i18n.get("case.health.title"));
        title.getStyleClass().add("factors-section-title");
        health.getChildren().setAll(title, grid);
        return health;
    }

    private String statusText(AccountHealth h) {
        return switch (h.status()) {
            case OTHER -> h.rawStatus();
            case UNKNOWN -> "";
            default -> i18n.get("case.status." + h.status().name());
        };
    }

    private String yesNo(Optional<Boolean> b) {
        return b.map(v -> i18n.get(v ? "case.yes" : "case.no")).orElse("");
    }

    private String time(Instant t) {
        return TimeText.dateTime(t, zone);
    }

    private int field(GridPane grid, int row, String key, String value, String id) {
        Label label = new Label(i18n.get(key));
        label.getStyleClass().add("lookup-field-label");
        label.setMinWidth(Region.USE_PREF_SIZE);
        Label v = new Label(value.isBlank() ? i18n.get("case.unknown") : value);
        v.setId(id);
        v.setWrapText(true);
        grid.addRow(row, label, v);
        return row + 1;
    }

    private void renderDiagnosis() {
        Label title = new Label(i18n.get("case.diagnosis.title"));
        title.getStyleClass().add("factors-section-title");
        diagnosis.getChildren().setAll(title);
        Locale locale = i18n.locale();
        int i = 0;
        for (Finding f : vm.findings()) {
            Label line = new Label("\u2022 " + f.text(locale));
            line.setId("caseFinding" + i++);
            line.setWrapText(true);
            line.setMinHeight(Region.USE_PREF_SIZE);
            line.getStyleClass().add("case-finding");
            if (f.severity() == Finding.Severity.BLOCKER) {
                line.getStyleClass().addAll("case-blocker", Styles.DANGER);
            } else if (f.severity() == Finding.Severity.WARNING) {
                line.getStyleClass().add(Styles.WARNING);
            }
            diagnosis.getChildren().add(line);
        }
    }

    private Node timeline() {
        Label title = new Label();
        title.textProperty().bind(i18n.text("case.timeline.title"));
        title.getStyleClass().add("factors-section-title");

        ComboBox<ActivityPeriod> period = new ComboBox<>();
        period.setId("casePeriod");
        period.getItems().setAll(ActivityPeriod.values());
        period.valueProperty().bindBidirectional(vm.periodProperty());
        FormRows.localized(period, i18n, p -> i18n.get("case.period." + p.name()));
        period.setMinWidth(Region.USE_PREF_SIZE);
        period.setTooltip(Controls.tooltip(i18n, "case.period.tooltip"));

        CheckBox failures = new CheckBox();
        failures.setId("caseFailuresOnly");
        failures.textProperty().bind(i18n.text("case.failuresOnly"));
        failures.selectedProperty().bindBidirectional(vm.failuresOnlyProperty());
        failures.setMinWidth(Region.USE_PREF_SIZE);

        Button older = new Button();
        older.setId("caseLoadOlder");
        older.textProperty().bind(i18n.text("case.loadOlder"));
        older.setOnAction(e -> vm.loadOlder());
        older.disableProperty().bind(vm.canLoadOlderProperty().not());
        older.setMinWidth(Region.USE_PREF_SIZE);

        Button copy = new Button();
        copy.setId("caseCopyRequestId");
        copy.textProperty().bind(i18n.text("case.copyRequestId"));
        copy.setOnAction(e -> copyRequestId());
        copy.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            ActivityEvent ev = table.getSelectionModel().getSelectedItem();
            return ev == null || ev.requestId().isEmpty();
        }, table.getSelectionModel().selectedItemProperty()));
        copy.setMinWidth(Region.USE_PREF_SIZE);

        BusySpinner spinner = new BusySpinner(vm.loadingProperty(), 16);
        Label loading = new Label();
        loading.textProperty().bind(i18n.text("case.loading"));
        loading.setMinWidth(Region.USE_PREF_SIZE);
        Button cancel = new Button();
        cancel.setId("caseCancel");
        cancel.textProperty().bind(i18n.text("lookup.cancel"));
        cancel.setOnAction(e -> vm.cancel());
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        HBox busy = new HBox(6, spinner, loading, cancel);
        busy.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        FormRows.showWhen(vm.loadingProperty(), busy);

        HBox bar = new HBox(8, period, failures, busy, stopped());
        bar.getStyleClass().add("lookup-bar");
        HBox below = new HBox(8, older, copy);
        below.getStyleClass().add("lookup-bar");

        table.setId("caseTimeline");
        table.setItems(vm.events());
        table.setPrefHeight(300);
        table.setMinHeight(200);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        Label empty = new Label();
        empty.textProperty().bind(Bindings.createStringBinding(() -> i18n.get(vm.loadingProperty().get()
                ? "case.loading" : vm.stoppedProperty().get() ? "case.stopped" : "case.timeline.empty"),
                vm.loadingProperty(), vm.stoppedProperty(), i18n.localeProperty()));
        table.setPlaceholder(empty);
        // Widths that show each column's words whole at the default window size; the request ID, a
        // long random string, is in the event's tooltip and copied with the button or the menu.
        TableColumn<ActivityEvent, ActivityEvent> when = Controls.column(i18n, "case.column.time", 150,
                e -> TimeText.plain(e.time(), zone), e -> TimeText.dateTime(e.time(), zone) + " (" + TimeText.utc(e.time()) + ")");
        TableColumn<ActivityEvent, ActivityEvent> event = Controls.column(i18n, "case.column.event", 175, this::eventText);
        event.setCellFactory(col -> new EventCell());
        TableColumn<ActivityEvent, ActivityEvent> result = Controls.column(i18n, "case.column.result", 85, this::resultText);
        result.setCellFactory(col -> new ResultCell());
        TableColumn<ActivityEvent, ActivityEvent> app = Controls.column(i18n, "case.column.app", 110, ActivityEvent::app);
        TableColumn<ActivityEvent, ActivityEvent> from = Controls.column(i18n, "case.column.from", 90,
                e -> join(" \u00b7 ", e.maskedIp(), e.place(), e.agent()));
        List<TableColumn<ActivityEvent, ?>> columns = List.of(when, event, result, app, from);
        columns.forEach(c -> c.setSortable(false));
        table.getColumns().setAll(columns);

        MenuItem copyItem = new MenuItem();
        copyItem.setId("caseCopyRequestIdItem");
        copyItem.textProperty().bind(i18n.text("case.copyRequestId"));
        copyItem.setOnAction(e -> copyRequestId());
        copyItem.disableProperty().bind(copy.disableProperty());
        table.setContextMenu(new ContextMenu(copyItem));

        VBox box = new VBox(8, title, bar, table, below);
        box.setId("caseTimelineSection");
        box.getStyleClass().add("case-timeline");
        return box;
    }

    /** "Loading stopped" and a way to load again, after Cancel or Esc stopped a load. */
    private Node stopped() {
        Label said = new Label();
        said.setId("caseStopped");
        said.textProperty().bind(i18n.text("case.stopped"));
        said.setMinWidth(Region.USE_PREF_SIZE);
        Button again = new Button();
        again.setId("caseLoadAgain");
        again.textProperty().bind(i18n.text("case.loadAgain"));
        again.setOnAction(e -> vm.resume());
        again.setMinWidth(Region.USE_PREF_SIZE);
        HBox box = new HBox(6, said, again);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        FormRows.showWhen(vm.stoppedProperty(), box);
        return box;
    }

    /** Puts the selected event's request id on the clipboard. */
    void copyRequestId() {
        ActivityEvent ev = table.getSelectionModel().getSelectedItem();
        if (ev == null || ev.requestId().isEmpty()) {
            return;
        }
        ClipboardContent clip = new ClipboardContent();
        clip.putString(ev.requestId());
        Clipboard.getSystemClipboard().setContent(clip);
    }

    private static String join(String separator, String... parts) {
        return java.util.Arrays.stream(parts).filter(p -> !p.isEmpty()).collect(java.util.stream.Collectors.joining(separator));
    }

    /** The event in plain words: the known kinds from the bundle, the raw type otherwise. */
    String eventText(ActivityEvent e) {
        if (e.kind() == ActivityKind.OTHER) {
            return e.eventType().isEmpty() ? i18n.get("case.unknown") : e.eventType();
        }
        String text = i18n.get("case.event." + e.kind().name());
        return e.factor().map(f -> text + " (" + f.name() + ")").orElse(text);
    }

    private String resultText(ActivityEvent e) {
        return e.success().map(ok -> i18n.get(ok ? "case.result.success" : "case.result.failure"))
                .orElseGet(() -> i18n.get(e.succeeded() ? "case.result.success" : "case.result.unknown"));
    }

    private final class EventCell extends TableCell<ActivityEvent, ActivityEvent> {
        private final Tooltip tip = new Tooltip();

        @Override
        protected void updateItem(ActivityEvent item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                setTooltip(null);
            } else {
                setText(eventText(item));
                setGraphic(item.factor().map(f -> (Node) new Group(FactorTypeIcon.of(f).newNode())).orElse(null));
                tip.setText(eventText(item) + (item.kind() == ActivityKind.OTHER ? "" : " [" + item.eventType() + "]")
                        + (item.requestId().isEmpty() ? "" : "\n" + i18n.get("case.column.requestId") + ": " + item.requestId()));
                setTooltip(tip);
            }
        }
    }

    private final class ResultCell extends TableCell<ActivityEvent, ActivityEvent> {
        private final Tooltip tip = new Tooltip();

        @Override
        protected void updateItem(ActivityEvent item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll("case-failed");
            if (empty || item == null) {
                setText(null);
                setTooltip(null);
            } else {
                setText(resultText(item));
                tip.setText(resultText(item));
                setTooltip(tip);
                if (item.failed()) {
                    getStyleClass().add("case-failed");
                }
            }
        }
    }
}
