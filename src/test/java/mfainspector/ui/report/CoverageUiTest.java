package mfainspector.ui.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.chart.PieChart;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Spinner;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.shape.Arc;
import javafx.scene.text.Text;
import mfainspector.demo.DemoOptions;
import mfainspector.demo.DemoScale;
import mfainspector.demo.DemoTenant;
import mfainspector.genauth.HostAddress;
import mfainspector.lookup.LookupLog;
import mfainspector.lookup.LookupLogEntry;
import mfainspector.lookup.UserIdType;
import mfainspector.report.Category;
import mfainspector.report.ExportFormat;
import mfainspector.report.ReportRow;
import mfainspector.report.ScanFolder;
import mfainspector.report.ScanSummary;
import mfainspector.ui.AppSession;
import mfainspector.ui.AppUiTestBase;
import mfainspector.ui.CutTexts;
import mfainspector.ui.connection.ProfileViewModel;
import mfainspector.ui.lookup.LookupTarget;
import mfainspector.ui.lookup.LookupViewModel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The coverage tab against a demo tenant of a few hundred synthetic users, over real sockets: a
 * scan whose chart, counts and table agree, the filters, Cancel then Resume, a row opening the
 * user's case view, and the exports.
 */
class CoverageUiTest extends AppUiTestBase {

    private static final int USERS = 300;
    private static DemoTenant tenant;

    @BeforeAll
    static void startTenant() throws Exception {
        tenant = DemoTenant.start(DemoOptions.defaults(), DemoScale.none().withUsers(USERS));
    }

    @AfterAll
    static void stopTenant() {
        if (tenant != null) {
            tenant.close();
        }
    }

    @BeforeEach
    void coverageTabOnTheScaledTenant() throws Exception {
        interact(() -> {
            menuItem(app, "language.en").fire();
            app.context().banner().clear();
            app.stage().toFront();
            ProfileViewModel p = app.context().profiles();
            if (p.profiles().stream().noneMatch(x -> x.name().equals("Coverage"))) {
                p.create("Coverage");
            } else {
                p.select(p.profiles().stream().filter(x -> x.name().equals("Coverage")).findFirst().orElseThrow());
            }
            p.management().hostProperty().set(tenant.baseUrl());
            p.management().userPoolIdProperty().set(tenant.userPoolId());
            p.management().poolSecretProperty().set(tenant.userPoolSecret().reveal());
        });
        await(() -> LookupTarget.ready(app.context().profiles()).get());
        selectTab(app, "coverageTab");
        await(() -> find(app, "coverageView") != null);
    }

    private static CoverageViewModel vm() {
        return app.context().coverage();
    }

    private static CoverageView view() {
        return (CoverageView) find(app, "coverageView").getProperties().get(CoverageView.class);
    }

    /** Starts a new scan at {@code rate} with the Start button (or Start over) and waits for its report. */
    private ScanSummary scanAt(int rate) throws Exception {
        interact(() -> vm().rateProperty().set(rate));
        await(() -> vm().canStartProperty().get());
        Button start = find(app, "coverageStart");
        clickOn(start);
        await(() -> vm().stateProperty().get() == CoverageViewModel.State.IDLE && vm().summaryProperty().get() != null);
        return vm().summaryProperty().get();
    }

    @Test
    void aScanShowsAChartAndCountsThatMatchTheTable() throws Exception {
        ScanSummary s = scanAt(200);
        assertThat(s.complete()).isTrue();
        assertThat(s.scanned()).isEqualTo(s.listed()).isGreaterThanOrEqualTo(USERS);
        long sum = 0;
        for (Category c : Category.values()) {
            sum += s.count(c);
        }
        assertThat(sum).isEqualTo(s.scanned());
        // The synthetic pool has users in several categories: the chart is not one slice.
        assertThat(List.of(Category.values()).stream().filter(c -> s.count(c) > 0).count()).isGreaterThan(2);

        PieChart chart = find(app, "coverageChart");
        for (Category c : Category.values()) {
            PieChart.Data slice = chart.getData().get(c.ordinal());
            assertThat(slice.getPieValue()).as("slice of %s", c).isEqualTo((double) s.count(c));
            Label count = find(app, "coverageCount-" + c.wireName());
            assertThat(count.getText()).startsWith(String.format("%,d", s.count(c)));
        }

        await(() -> vm().matchingProperty().get() == s.scanned());
        TableView<ReportRow> table = find(app, "coverageTable");
        await(() -> table.getItems().size() == s.scanned());
        assertThat(table.getItems().stream().map(ReportRow::userId).distinct().count()).isEqualTo(s.scanned());
        for (Category c : Category.values()) {
            assertThat(table.getItems().stream().filter(r -> r.category() == c).count()).as("rows of %s", c)
                    .isEqualTo(s.count(c));
        }
        assertThat(((Label) find(app, "coverageWindow")).getText()).contains(String.format("%,d", s.scanned()));
        // Contact details are masked in the table.
        ReportRow withEmail = table.getItems().stream().filter(r -> !r.email().isEmpty()).findFirst().orElseThrow();
        assertThat(withEmail.maskedEmail()).isNotEqualTo(withEmail.email());

        // Category filter, as a person picks it.
        Category weakest = Category.NO_MFA;
        ComboBox<Category> category = find(app, "coverageCategory");
        clickOn(category);
        clickOn(lookup(".list-cell").match((ListCell<?> cell) -> "No MFA".equals(cell.getText()))
                .<Node>query());
        await(() -> vm().matchingProperty().get() == s.count(weakest) && table.getItems().size() == s.count(weakest));
        assertThat(table.getItems()).allMatch(r -> r.category() == weakest);

        // Text filter: one user's id, within the category and then across all.
        ReportRow one = table.getItems().get(0);
        TextField text = find(app, "coverageText");
        retype(text, one.userId());
        await(() -> table.getItems().size() == 1 && vm().matchingProperty().get() == 1);
        assertThat(table.getItems().get(0).userId()).isEqualTo(one.userId());
        interact(() -> category.setValue(null));
        await(() -> vm().matchingProperty().get() == 1);
        interact(text::clear);
        await(() -> vm().matchingProperty().get() == s.scanned());

        // A click on a slice shows that category's users.
        clickOn(insideOf((Region) chart.getData().get(Category.STRONG.ordinal()).getNode()));
        await(() -> vm().matchingProperty().get() == s.count(Category.STRONG));
        assertThat(category.getValue()).isEqualTo(Category.STRONG);
        interact(() -> category.setValue(null));
        await(() -> vm().matchingProperty().get() == s.scanned());
        retype(text, "example.org");
        await(() -> vm().matchingProperty().get() > 1 && vm().matchingProperty().get() < s.scanned());
        assertThat(table.getItems()).allMatch(r -> r.email().contains("example.org"));
        interact(text::clear);
        await(() -> vm().matchingProperty().get() == s.scanned());
    }

    @Test
    void cancelThenResumeScansEveryUserExactlyOnce() throws Exception {
        interact(() -> vm().rateProperty().set(60));
        await(() -> vm().canStartProperty().get());
        Button start = find(app, "coverageStart");
        clickOn(start);
        // Past the first page of users, so that the checkpoint has some behind it.
        // Within a page of users (50 a page), whose rows are kept only once the page is whole.
        await(() -> vm().progressProperty().get() != null && vm().progressProperty().get().done() >= 120
                && vm().progressProperty().get().done() % 50 != 0);
        assertThat(((Label) find(app, "coverageProgress")).getText()).contains("of").contains("users/s");
        // Start, pressed and then disabled, hands the focus to Cancel, not to the window's first field.
        await(() -> app.stage().getScene().getFocusOwner() == find(app, "coverageCancel"));
        type(KeyCode.ESCAPE);
        await(() -> vm().stateProperty().get() == CoverageViewModel.State.IDLE && vm().unfinishedProperty().get() != null);
        // And Cancel, once the scan stopped, hands it to Resume.
        await(() -> app.stage().getScene().getFocusOwner() == find(app, "coverageResume"));
        long stoppedAt = vm().unfinishedProperty().get().done();
        assertThat(stoppedAt).isGreaterThanOrEqualTo(100).isLessThan(vm().unfinishedProperty().get().total());
        assertThat(vm().summaryProperty().get()).isNull();
        // The status line under the offer says the same place (not the users of a page Resume reads again).
        await(() -> ((Label) find(app, "coverageStatus")).getText().contains(String.format("%,d of", stoppedAt)));

        // The offer comes back when the tab is opened again, as after a restart.
        selectTab(app, "logTab");
        selectTab(app, "coverageTab");
        await(() -> find(app, "coverageResumeOffer").isVisible());
        String offer = ((Label) find(app, "coverageResumeText")).getText();
        assertThat(offer).contains(tenant.userPoolId()).contains(String.format("%,d", stoppedAt));
        Parent offerBox = find(app, "coverageResumeOffer");
        assertThat(CutTexts.in(offerBox, List.of(offerBox))).as("the offer").isEmpty();

        interact(() -> vm().rateProperty().set(200));
        clickOn((Button) find(app, "coverageResume"));
        await(() -> vm().stateProperty().get() == CoverageViewModel.State.IDLE && vm().summaryProperty().get() != null);
        ScanSummary s = vm().summaryProperty().get();
        assertThat(s.scanned()).isEqualTo(s.listed());
        await(() -> vm().matchingProperty().get() == s.scanned());
        List<ReportRow> rows = List.copyOf(vm().rows());
        Set<String> ids = new HashSet<>();
        for (ReportRow r : rows) {
            assertThat(ids.add(r.userId())).as("%s once", r.userId()).isTrue();
        }
        assertThat(ids).hasSize((int) s.listed());
        assertThat(find(app, "coverageResumeOffer").isVisible()).isFalse();
    }

    @Test
    void aRowOpensTheUsersCaseView() throws Exception {
        if (vm().summaryProperty().get() == null) {
            scanAt(200);
        }
        TableView<ReportRow> table = find(app, "coverageTable");
        await(() -> !table.getItems().isEmpty());
        Node row = lookup("#coverageTable .table-row-cell").match((TableRow<?> r) -> !r.isEmpty() && r.getIndex() == 2)
                .query();
        ReportRow picked = table.getItems().get(2);
        doubleClickOn(row);
        LookupViewModel lookup = app.context().lookup();
        await(() -> lookup.stateProperty().get() == LookupViewModel.State.FOUND);
        assertThat(app.context().lookup().chosenTypeProperty().get()).isEqualTo(UserIdType.USER_ID);
        assertThat(lookup.queryProperty().get()).isEqualTo(picked.userId());
        assertThat(lookup.resultProperty().get().user().userId()).isEqualTo(picked.userId());
        assertThat(((TabPane) find(app, "modeTabs")).getSelectionModel().getSelectedItem().getId())
                .isEqualTo("lookupTab");

        // Enter on a selected row does the same.
        selectTab(app, "coverageTab");
        ReportRow other = table.getItems().get(5);
        interact(() -> {
            table.getSelectionModel().select(5);
            table.requestFocus();
        });
        type(KeyCode.ENTER);
        await(() -> lookup.stateProperty().get() == LookupViewModel.State.FOUND
                && lookup.resultProperty().get().user().userId().equals(other.userId()));
    }

    @Test
    void afterARowOpensItsCaseViewATypedUsernameIsLookedUpAsAUsername() throws Exception {
        if (vm().summaryProperty().get() == null) {
            scanAt(200);
        }
        TableView<ReportRow> table = find(app, "coverageTable");
        await(() -> table.getItems().size() > 3);
        ReportRow picked = table.getItems().get(1);
        ReportRow next = table.getItems().get(3);
        doubleClickOn(lookup("#coverageTable .table-row-cell").match((TableRow<?> r) -> !r.isEmpty() && r.getIndex() == 1)
                .<Node>query());
        LookupViewModel lookup = app.context().lookup();
        await(() -> lookup.stateProperty().get() == LookupViewModel.State.FOUND
                && lookup.resultProperty().get().user().userId().equals(picked.userId()));

        // The next caller gives a username: typed into the same field, Enter.
        retype(find(app, "lookupQuery"), next.username());
        type(KeyCode.ENTER);
        await(() -> lookup.stateProperty().get() == LookupViewModel.State.ERROR
                || lookup.stateProperty().get() == LookupViewModel.State.FOUND
                && lookup.resultProperty().get().user().userId().equals(next.userId()));
        assertThat(lookup.stateProperty().get()).as("found by username").isEqualTo(LookupViewModel.State.FOUND);
        assertThat(lookup.chosenTypeProperty().get()).as("Look up as: recognise automatically").isNull();
    }

    @Test
    void exportsAreMaskedUnlessUnmaskedIsConfirmed() throws Exception {
        if (vm().summaryProperty().get() == null) {
            scanAt(200);
        }
        TableView<ReportRow> table = find(app, "coverageTable");
        await(() -> vm().matchingProperty().get() == vm().summaryProperty().get().scanned());
        ReportRow withEmail = table.getItems().stream().filter(r -> !r.email().isEmpty()).findFirst().orElseThrow();
        Path dir = Files.createTempDirectory("coverage-export");
        Path csv = dir.resolve("report.csv");
        Path json = dir.resolve("report.json");
        CoverageView view = view();
        interact(() -> view.setFileChooser(format -> Optional.of(format == ExportFormat.CSV ? csv : json)));

        clickOn((Button) find(app, "coverageExportCsv"));
        await(() -> Files.exists(csv) && !vm().exportingProperty().get());
        String masked = Files.readString(csv, StandardCharsets.UTF_8);
        assertThat(masked).contains(withEmail.userId()).contains(withEmail.maskedEmail()).doesNotContain(withEmail.email());

        // Unmasked, refused at the warning: nothing is written.
        CheckBox unmasked = find(app, "coverageUnmasked");
        clickOn(unmasked);
        interact(() -> view.setUnmaskedConfirmation(() -> false));
        clickOn((Button) find(app, "coverageExportJson"));
        Thread.sleep(300);
        assertThat(json).doesNotExist();
        assertThat(unmasked.isSelected()).as("still chosen after the warning was refused").isTrue();

        // Unmasked, confirmed: the full contact details.
        interact(() -> view.setUnmaskedConfirmation(() -> true));
        clickOn((Button) find(app, "coverageExportJson"));
        await(() -> Files.exists(json) && !vm().exportingProperty().get());
        String full = Files.readString(json, StandardCharsets.UTF_8);
        assertThat(full).startsWith("{").contains(withEmail.email());
        assertThat(unmasked.isSelected()).as("the next export is masked again").isFalse();
        assertThat(((Label) find(app, "coverageStatus")).getText()).contains("UNMASKED");

        // Both exports are in the lookup log, the unmasked one said so.
        List<LookupLogEntry> entries = new LookupLog(settingsDir).read(null, null, null).entries();
        assertThat(entries.stream().filter(e -> e.report().isPresent() && csv.toString().equals(e.report().get().exportPath())))
                .singleElement().matches(e -> e.report().get().masked());
        assertThat(entries.stream().filter(e -> e.report().isPresent() && json.toString().equals(e.report().get().exportPath())))
                .singleElement().matches(e -> !e.report().get().masked());

        // The log tab shows them as reports of the pool, not as look-ups of an empty user id.
        selectTab(app, "logTab");
        TableView<LookupLogEntry> log = find(app, "logTable");
        await(() -> log.getItems().stream().anyMatch(e -> e.report().isPresent()
                && json.toString().equals(e.report().get().exportPath())));
        String pool = vm().summaryProperty().get().userPoolId();
        assertThat(lookup(".table-row-cell .table-cell").match((javafx.scene.control.TableCell<?, ?> c) ->
                ("Report: pool " + pool).equals(c.getText())).queryAll()).isNotEmpty();
        LookupLogEntry unmaskedLine = log.getItems().stream().filter(e -> e.report().isPresent()
                && json.toString().equals(e.report().get().exportPath())).findFirst().orElseThrow();
        interact(() -> log.getSelectionModel().select(unmaskedLine));
        assertThat(((Label) find(app, "logDetail")).getText()).contains("Coverage report of pool " + pool)
                .contains("exported to " + json).contains("UNMASKED").doesNotContain("User ID: ");
        selectTab(app, "coverageTab");
    }

    @Test
    void narrowIdsAndNamesLoseTheirMiddleNotTheEndThatTellsThemApart() throws Exception {
        if (vm().summaryProperty().get() == null) {
            scanAt(200);
        }
        TableView<ReportRow> table = find(app, "coverageTable");
        await(() -> !table.lookupAll(".table-cell.cut-in-the-middle").isEmpty());
        List<javafx.scene.control.Labeled> cells = table.lookupAll(".table-cell.cut-in-the-middle").stream()
                .map(n -> (javafx.scene.control.Labeled) n).toList();
        assertThat(cells).allMatch(c -> c.getTextOverrun() == javafx.scene.control.OverrunStyle.CENTER_ELLIPSIS);
        assertThat(cells.stream().map(c -> ((javafx.scene.control.TableCell<?, ?>) c).getTableColumn().getId()).distinct())
                .containsExactlyInAnyOrder("coverage.column.userId", "coverage.column.username", "coverage.column.email",
                        "coverage.column.phone");
    }

    @Test
    void aCellsTooltipIsMadeWhenThePointerComesOverItAndHoldsTheWholeText() throws Exception {
        if (vm().summaryProperty().get() == null) {
            scanAt(200);
        }
        TableView<ReportRow> table = find(app, "coverageTable");
        await(() -> !table.lookupAll(".table-cell.cut-in-the-middle").isEmpty());
        javafx.scene.control.TableCell<?, ?> id = table.lookupAll(".table-cell.cut-in-the-middle").stream()
                .map(n -> (javafx.scene.control.TableCell<?, ?>) n)
                .filter(c -> "coverage.column.userId".equals(c.getTableColumn().getId()) && c.getItem() != null)
                .findFirst().orElseThrow();
        String userId = ((ReportRow) id.getItem()).userId();
        assertThat(id.getTooltip()).as("no tooltip made before the pointer came").isNull();
        moveTo(id);
        moveBy(3, 1);
        await(() -> id.getTooltip() != null);
        assertThat(id.getTooltip().getText()).isEqualTo(userId);
        moveTo((javafx.scene.Node) find(app, "coverageRate"));
    }

    @Test
    void nothingIsCutAtTheDefaultOrTheMinimumSizeInEitherLanguage() throws Exception {
        if (vm().summaryProperty().get() == null) {
            scanAt(200);
        }
        TableView<ReportRow> table = find(app, "coverageTable");
        Parent view = find(app, "coverageView");
        try {
            for (double[] size : new double[][] {{1180, 800}, {AppSession.MIN_WIDTH, AppSession.MIN_HEIGHT}}) {
                interact(() -> {
                    app.stage().setWidth(size[0]);
                    app.stage().setHeight(size[1]);
                });
                for (String language : List.of("language.en", "language.zh")) {
                    String where = language + " at " + (int) size[0] + "x" + (int) size[1];
                    interact(() -> menuItem(app, language).fire());
                    await(() -> !CutTexts.firstRows(table, 5).isEmpty());
                    List<Node> rows = CutTexts.firstRows(table, 5);
                    assertThat(rows).as(where + ", rows shown").hasSizeGreaterThanOrEqualTo(3);
                    assertThat(CutTexts.in(table, rows)).as(where + ", table").isEmpty();
                    List<Node> rest = view.getChildrenUnmodifiable().stream().filter(n -> n != table).toList();
                    assertThat(CutTexts.in(view, rest)).as(where + ", summary, chart and bars").isEmpty();
                    for (var column : table.getColumns()) {
                        Label header = (Label) column.getGraphic();
                        assertThat(header.getTooltip().getText()).as(where + ", header tooltip").contains(header.getText());
                        // A header is seen whole, not only in its tooltip.
                        assertThat(((Text) header.lookup(".text")).getText()).as(where + ", header").isEqualTo(header.getText());
                    }
                }
            }
        } finally {
            interact(() -> {
                menuItem(app, "language.en").fire();
                app.stage().setWidth(1180);
                app.stage().setHeight(800);
            });
        }
    }

    @Test
    void usernamesAndCategoriesAreReadableInTheTableAtTheDefaultSize() throws Exception {
        if (vm().summaryProperty().get() == null) {
            scanAt(200);
        }
        TableView<ReportRow> table = find(app, "coverageTable");
        var username = table.getColumns().get(1);
        var category = table.getColumns().get(table.getColumns().size() - 1);
        try {
            interact(() -> {
                app.stage().setWidth(1180);
                app.stage().setHeight(800);
                // The longest category word in the table.
                vm().categoryProperty().set(Category.SMS_AND_EMAIL);
            });
            for (String language : List.of("language.en", "language.zh")) {
                interact(() -> menuItem(app, language).fire());
                await(() -> CutTexts.firstRows(table, 5).size() >= 3
                        && table.getItems().stream().allMatch(r -> r.category() == Category.SMS_AND_EMAIL));
                for (Node row : CutTexts.firstRows(table, 5)) {
                    for (Node n : row.lookupAll(".table-cell")) {
                        if (n instanceof TableCell<?, ?> cell && (cell.getTableColumn() == username
                                || cell.getTableColumn() == category) && cell.getText() != null) {
                            String drawn = cell.getChildrenUnmodifiable().stream().filter(Text.class::isInstance)
                                    .map(t -> ((Text) t).getText()).findFirst().orElse("");
                            assertThat(drawn).as("%s, a cell of %s", language, cell.getTableColumn().getId())
                                    .isEqualTo(cell.getText());
                        }
                    }
                }
            }
        } finally {
            interact(() -> {
                vm().categoryProperty().set(null);
                menuItem(app, "language.en").fire();
            });
        }
    }

    @Test
    void theCountsBesideTheChartFollowTheWindowLanguage() throws Exception {
        ScanSummary s = vm().summaryProperty().get() == null ? scanAt(200) : vm().summaryProperty().get();
        Label noMfa = find(app, "coverageCount-" + Category.NO_MFA.wireName());
        long n = s.count(Category.NO_MFA);
        try {
            interact(() -> menuItem(app, "language.zh").fire());
            assertThat(noMfa.getText()).startsWith(String.format("%,d（", n));
            interact(() -> menuItem(app, "language.en").fire());
            assertThat(noMfa.getText()).startsWith(String.format("%,d (", n)).endsWith("%)");
        } finally {
            interact(() -> menuItem(app, "language.en").fire());
        }
    }

    @Test
    void anotherProfileShowsItsOwnPoolAndTheReportComesBackFromDisk() throws Exception {
        if (vm().summaryProperty().get() == null) {
            scanAt(200);
        }
        ScanSummary shown = vm().summaryProperty().get();
        ProfileViewModel p = app.context().profiles();
        var coverageProfile = p.selectedProperty().get();
        interact(() -> p.select(p.profiles().stream().filter(x -> x.demo()).findFirst().orElseThrow()));
        await(() -> vm().summaryProperty().get() == null);
        // The other pool's rows are gone; the empty table says there is no report.
        TableView<ReportRow> table = find(app, "coverageTable");
        await(() -> table.getItems().isEmpty());
        assertThat(((Label) table.getPlaceholder()).getText()).isEqualTo(app.context().i18n().get("coverage.empty.noReport"));
        assertThat(find(app, "coverageResults").isVisible()).isFalse();
        interact(() -> p.select(coverageProfile));
        await(() -> vm().summaryProperty().get() != null);
        assertThat(vm().summaryProperty().get()).isEqualTo(shown);
        await(() -> vm().matchingProperty().get() == shown.scanned());
    }

    @Test
    void aTypedRateIsKeptWithinOneToTwoHundred() throws Exception {
        TextField editor = ((Spinner<?>) find(app, "coverageRate")).getEditor();
        retype(editor, "500");
        type(KeyCode.TAB);
        assertThat(vm().rateProperty().get()).isEqualTo(200);
        retype(editor, "0");
        type(KeyCode.TAB);
        assertThat(vm().rateProperty().get()).isEqualTo(1);
        retype(editor, "fast");
        type(KeyCode.TAB);
        assertThat(vm().rateProperty().get()).isEqualTo(1);
        assertThat(editor.getText()).isEqualTo("1");
        interact(() -> vm().rateProperty().set(10));
    }

    @Test
    void closingTheWindowStopsTheScanAndKeepsItsCheckpoint() throws Exception {
        Path dir = settingsDir.resolve("closing");
        AppSession other = open(dir, DemoOptions.defaults());
        try {
            interact(() -> {
                ProfileViewModel p = other.context().profiles();
                p.create("Coverage");
                p.management().hostProperty().set(tenant.baseUrl());
                p.management().userPoolIdProperty().set(tenant.userPoolId());
                p.management().poolSecretProperty().set(tenant.userPoolSecret().reveal());
                other.context().coverage().rateProperty().set(5);
            });
            await(() -> other.context().coverage().canStartProperty().get());
            interact(() -> other.context().coverage().start());
            await(() -> other.context().coverage().progressProperty().get() != null);
        } finally {
            closeAll(other);
        }
        CoverageViewModel closed = other.context().coverage();
        await(() -> closed.stateProperty().get() == CoverageViewModel.State.IDLE);
        assertThat(closed.summaryProperty().get()).isNull();
        var folder = ScanFolder.of(dir.resolve("reports"),
                HostAddress.parse(tenant.baseUrl()), tenant.userPoolId());
        assertThat(folder.unfinished()).as("the checkpoint is kept for Resume").isPresent();
    }

    /** A point well inside a pie slice (its arc's middle, half-way out), where a person clicks it. */
    private static Point2D insideOf(Region slice) {
        Arc arc = (Arc) slice.getShape();
        double middle = Math.toRadians(arc.getStartAngle() + arc.getLength() / 2);
        double x = arc.getCenterX() + Math.cos(middle) * arc.getRadiusX() / 2;
        double y = arc.getCenterY() - Math.sin(middle) * arc.getRadiusY() / 2;
        return slice.localToScreen(x, y);
    }
}
