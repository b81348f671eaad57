package mfainspector.ui.report;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import mfainspector.demo.DemoOptions;
import mfainspector.demo.DemoScale;
import mfainspector.demo.DemoTenant;
import mfainspector.report.ReportRow;
import mfainspector.ui.AppUiTestBase;
import mfainspector.ui.I18n;
import mfainspector.ui.connection.ProfileViewModel;
import mfainspector.ui.lookup.LookupTarget;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The coverage tab opened for the first time, before any report: it builds its report's parts
 * unseen on stand-ins in its first layout (so that the first report does not hold the window),
 * then shows an empty table that says what to do, nothing of the stand-ins, and no results.
 */
class CoverageFirstShowUiTest extends AppUiTestBase {

    private static DemoTenant tenant;

    @BeforeAll
    static void startTenant() throws Exception {
        tenant = DemoTenant.start(DemoOptions.defaults(), DemoScale.none().withUsers(120));
    }

    @AfterAll
    static void stopTenant() {
        if (tenant != null) {
            tenant.close();
        }
    }

    @Test
    void theFirstOpeningBuildsTheRowsUnseenThenShowsAnEmptyTableAndAScanFillsIt() throws Exception {
        interact(() -> {
            ProfileViewModel p = app.context().profiles();
            p.create("Coverage");
            p.management().hostProperty().set(tenant.baseUrl());
            p.management().userPoolIdProperty().set(tenant.userPoolId());
            p.management().poolSecretProperty().set(tenant.userPoolSecret().reveal());
        });
        await(() -> LookupTarget.ready(app.context().profiles()).get());
        selectTab(app, "coverageTab");
        await(() -> find(app, "coverageTable") != null);
        TableView<ReportRow> table = find(app, "coverageTable");
        I18n i18n = app.context().i18n();

        // Once primed: shown, usable, empty, saying what to do; the results and exports still hidden.
        await(() -> table.getOpacity() == 1 && !table.isMouseTransparent());
        assertThat(shown(table)).isTrue();
        assertThat(table.getItems()).isEmpty();
        assertThat(((Label) table.getPlaceholder()).getText()).isEqualTo(i18n.get("coverage.empty.noReport"));
        assertThat(shown(find(app, "coverageResults"))).isFalse();
        assertThat(shown(find(app, "coverageFilters"))).isFalse();
        assertThat(shown(find(app, "coverageExportCsv"))).isFalse();
        assertThat(find(app, "coverageResults").getOpacity()).isEqualTo(1);
        assertThat(table.isFocusTraversable()).as("an empty table is no stop for Tab").isFalse();
        // The stand-ins left their cells behind for the report's rows, and none of their text shows.
        long builtRows = table.lookupAll(".table-row-cell").stream().filter(n -> n instanceof TableRow<?>).count();
        assertThat(builtRows).as("rows built while priming").isGreaterThanOrEqualTo(10);
        for (Node n : table.lookupAll(".table-row-cell")) {
            if (n instanceof IndexedCell<?> cell && cell.isVisible()) {
                assertThat(cell.isEmpty()).as("a shown row of an empty table").isTrue();
            }
        }

        // During the scan the table says the report comes at its end; then it holds every user.
        interact(() -> app.context().coverage().rateProperty().set(40));
        clickOn((Button) find(app, "coverageStart"));
        await(() -> app.context().coverage().stateProperty().get() != CoverageViewModel.State.IDLE);
        assertThat(((Label) table.getPlaceholder()).getText()).isEqualTo(i18n.get("coverage.empty.scanning"));
        await(() -> app.context().coverage().summaryProperty().get() != null);
        long scanned = app.context().coverage().summaryProperty().get().scanned();
        await(() -> table.getItems().size() == scanned);
        assertThat(table.getItems()).noneMatch(r -> r.username().equals("sample.user"));
        assertThat(shown(find(app, "coverageResults"))).isTrue();
        assertThat(table.isFocusTraversable()).isTrue();
    }
}
