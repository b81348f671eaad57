package mfainspector.ui;

import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import mfainspector.demo.DemoOptions;
import mfainspector.demo.DemoTenant;
import mfainspector.settings.SettingsStore;
import mfainspector.ui.signin.SignInViewModel.State;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The sign-in tab read at the default window size and at the smallest the window allows, in both
 * languages: the side column, the result's header, the factor table and the status bar show every
 * text whole. The side column can be dragged narrower, down to a width where its fields still fit.
 */
class SignInLayoutUiTest extends AppUiTestBase {

    @BeforeEach
    void demoSignedOut() throws Exception {
        resetToDemoSignedOut();
    }

    @Test
    void atTheDefaultSizeNothingIsCutInEitherLanguage() throws Exception {
        checkAt(AppSession.WIDTH, AppSession.HEIGHT);
    }

    @Test
    void atTheWindowsMinimumSizeNothingIsCutInEitherLanguage() throws Exception {
        checkAt(AppSession.MIN_WIDTH, AppSession.MIN_HEIGHT);
        // The windowing system keeps a person from making it smaller (headless, only the hint can be checked).
        assertThat(app.stage().getMinWidth()).isEqualTo(AppSession.MIN_WIDTH);
        assertThat(app.stage().getMinHeight()).isEqualTo(AppSession.MIN_HEIGHT);
    }

    @Test
    void theSideColumnCanBeDraggedNarrowerWithNothingCutAndKeepsItsWidthWhenTheWindowGrows() throws Exception {
        SplitPane columns = find(app, "columns");
        Parent side = (Parent) columns.getItems().get(0);
        try {
            interact(() -> columns.setDividerPositions(0.05));
            await(() -> side.getLayoutBounds().getWidth() < MainWindow.SIDE_WIDTH);
            assertThat(side.getLayoutBounds().getWidth()).as("no narrower than its fields allow").isEqualTo(MainWindow.SIDE_MIN_WIDTH);
            for (String language : List.of("language.en", "language.zh")) {
                interact(() -> menuItem(app, language).fire());
                assertThat(CutTexts.in(side, List.of(side))).as("side column at its narrowest, " + language).isEmpty();
            }
            interact(() -> app.stage().setWidth(app.stage().getWidth() + 100));
            assertThat(side.getLayoutBounds().getWidth()).isEqualTo(MainWindow.SIDE_MIN_WIDTH);
        } finally {
            interact(() -> {
                menuItem(app, "language.en").fire();
                app.stage().setWidth(AppSession.WIDTH);
            });
            interact(() -> columns.setDividerPositions(MainWindow.SIDE_WIDTH / AppSession.WIDTH));
            await(() -> Math.abs(side.getLayoutBounds().getWidth() - MainWindow.SIDE_WIDTH) < 2);
        }
    }

    @Test
    void theSideColumnsWidthIsThereAgainAfterARestart() throws Exception {
        Path dir = settingsDir.resolve("side-width");
        AppSession first = open(dir, DemoOptions.defaults());
        SplitPane columns = find(first, "columns");
        Node side = columns.getItems().get(0);
        interact(() -> columns.setDividerPositions(400 / columns.getWidth()));
        await(() -> Math.abs(side.getLayoutBounds().getWidth() - 400) < 2);
        interact(() -> menuItem(first, "menu.file.quit").fire());
        assertThat(new SettingsStore(dir).load().settings().sideWidth()).as("saved on quit").isCloseTo(400, within(2.0));
        AppSession again = open(dir, DemoOptions.defaults());
        try {
            Node sideAgain = ((SplitPane) find(again, "columns")).getItems().get(0);
            await(() -> Math.abs(sideAgain.getLayoutBounds().getWidth() - 400) < 2);
            assertThat(new SettingsStore(dir).load().settings().sideWidth()).isCloseTo(400, within(2.0));
        } finally {
            closeAll(again);
        }
    }

    private void checkAt(double width, double height) throws Exception {
        interact(() -> {
            app.stage().setWidth(width);
            app.stage().setHeight(height);
        });
        for (String user : List.of("carol", "erin")) {
            signIn(app, user, DemoTenant.DEMO_PASSWORD);
            awaitSettled(app);
            assertThat(app.context().signIn().stateProperty().get()).isEqualTo(State.SHOWN);
            for (String language : List.of("language.en", "language.zh")) {
                interact(() -> menuItem(app, language).fire());
                String where = user + " at " + (int) width + "x" + (int) height + ", " + language;
                TableView<?> table = find(app, "factor-table");
                assertThat(CutTexts.in(table, CutTexts.firstRows(table, 4))).as(where + ", factor table").isEmpty();
                Parent header = ((Node) find(app, "signed-in-user")).getParent().getParent();
                assertThat(CutTexts.in(header, List.of(header))).as(where + ", result header").isEmpty();
                Parent status = ((Node) find(app, "statusUser")).getParent();
                assertThat(CutTexts.in(status, List.of(status))).as(where + ", status bar").isEmpty();
                Parent side = (Parent) ((SplitPane) find(app, "columns")).getItems().get(0);
                assertThat(CutTexts.in(side, List.of(side))).as(where + ", side column").isEmpty();
            }
            interact(() -> menuItem(app, "language.en").fire());
        }
    }
}
