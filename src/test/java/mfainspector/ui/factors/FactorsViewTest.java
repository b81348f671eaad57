package mfainspector.ui.factors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.shape.SVGPath;
import javafx.stage.Stage;
import mfainspector.ui.I18n;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class FactorsViewTest {

    private final I18n i18n = new I18n(I18n.ENGLISH);
    private final FactorsViewModel model = new FactorsViewModel(i18n);

    private FactorsView view;

    @Start
    void start(Stage stage) {
        view = new FactorsView(model, i18n);
        stage.setScene(new Scene(view.node(), 800, 520));
        stage.show();
    }

    @Test
    void beforeSignInAPlaceholderAsksToSignIn(FxRobot robot) {
        Label placeholder = robot.lookup("#signin-placeholder").queryAs(Label.class);

        assertThat(placeholder.isVisible()).isTrue();
        assertThat(placeholder.getText()).isEqualTo("Sign in to see the user's MFA factors.");
        assertThat(robot.lookup("#factor-table").tryQuery()).as("built when first needed").isEmpty();
    }

    @Test
    void preparedAheadTheTableIsThereButHiddenUntilAResultComes(FxRobot robot) {
        robot.interact(view::prepare);
        TableView<?> table = robot.lookup("#factor-table").queryAs(TableView.class);
        assertThat(table.getScene()).isNotNull();
        boolean hidden = false;
        for (Node n = table; n != null; n = n.getParent()) {
            hidden |= !n.isVisible();
        }
        assertThat(hidden).as("inside the hidden results").isTrue();
        show(robot, SampleResults.allTypes());
        assertThat(robot.lookup("#factor-table").queryAs(TableView.class)).isSameAs(table);
    }

    @Test
    void eachRowShowsTheIconAndWordsOfItsType(FxRobot robot) {
        show(robot, SampleResults.allTypes());

        Map<String, SVGPath> iconByLabel = robot.lookup(".factor-type-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.getItem() != null)
                .collect(Collectors.toMap(TableCell::getText, c -> (SVGPath) c.getGraphic()));

        assertThat(iconByLabel).hasSize(5);
        assertIcon(iconByLabel.get("Text message (SMS)"), "factor-icon-sms", "Text message (SMS)");
        assertIcon(iconByLabel.get("Email code"), "factor-icon-email", "Email code");
        assertIcon(iconByLabel.get("Authenticator app (TOTP)"), "factor-icon-otp", "Authenticator app (TOTP)");
        assertIcon(iconByLabel.get("Face recognition"), "factor-icon-face", "Face recognition");
        assertIcon(iconByLabel.get("PASSKEY"), "factor-icon-other", "PASSKEY");
    }

    @Test
    void noFactorsShowsTheEmptyStateAndWhatCouldBeEnrolledInsteadOfAGrid(FxRobot robot) {
        show(robot, SampleResults.noFactors());

        Label empty = robot.lookup("#empty-state").queryAs(Label.class);
        assertThat(empty.isVisible()).isTrue();
        assertThat(empty.getText()).isEqualTo("No MFA factors enrolled");
        assertThat(robot.lookup("#factor-table").query().isVisible()).isFalse();
        assertThat(robot.lookup("#to-enroll .factor-chip").queryAllAs(Label.class))
                .extracting(Label::getText).containsExactly("Text message (SMS)", "Authenticator app (TOTP)");
    }

    @Test
    void theRevealToggleShowsAndHidesDetails(FxRobot robot) {
        show(robot, SampleResults.allTypes());

        assertThat(cellTexts(robot, "factor-detail-column")).contains("+1 202****0103", "c***@example.com").doesNotContain("carol@example.com");
        robot.clickOn("#reveal-toggle");
        assertThat(cellTexts(robot, "factor-detail-column")).contains("+1 2025550103", "carol@example.com");
        robot.clickOn("#reveal-toggle");
        assertThat(cellTexts(robot, "factor-detail-column")).contains("c***@example.com").doesNotContain("carol@example.com");
    }

    @Test
    void ctrlCCopiesTheSelectedFactorId(FxRobot robot) {
        show(robot, SampleResults.allTypes());

        robot.clickOn(idCell(robot, "f-otp-03"));
        robot.push(KeyCode.SHORTCUT, KeyCode.C);

        assertThat(clipboardText()).isEqualTo("f-otp-03");
    }

    @Test
    void theContextMenuCopiesTheFactorIdAndTheSummary(FxRobot robot) {
        show(robot, SampleResults.allTypes());

        Node cell = idCell(robot, "f-face-04");
        robot.clickOn(cell);
        openContextMenu(robot, cell);
        robot.clickOn(menuItem(robot, "Copy factor ID"));
        assertThat(clipboardText()).isEqualTo("f-face-04");

        openContextMenu(robot, cell);
        robot.clickOn(menuItem(robot, "Copy summary"));
        assertThat(clipboardText()).isEqualTo(model.ticketSummary()).contains("f-face-04", "c***@example.com");
    }

    @Test
    void ctrlShiftCCopiesTheSummaryMaskedEvenWhileRevealed(FxRobot robot) {
        show(robot, SampleResults.allTypes());
        robot.clickOn("#reveal-toggle");

        robot.push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.C);

        assertThat(clipboardText()).contains("Carol Chen", "c***@example.com", "f-sms-01")
                .doesNotContain("carol@example.com");
    }

    @Test
    void switchingToChineseRelabelsHeadersAndTypes(FxRobot robot) {
        show(robot, SampleResults.allTypes());

        robot.interact(() -> i18n.setLocale(I18n.CHINESE));

        TableView<?> table = robot.lookup("#factor-table").queryAs(TableView.class);
        assertThat(table.getColumns()).extracting(c -> c.getText()).containsExactly("类型", "因素 ID", "详情");
        assertThat(robot.lookup("#reveal-toggle").queryLabeled().getText()).isEqualTo("显示详情");
        assertThat(cellTexts(robot, "factor-type-cell")).contains("短信验证码 (SMS)", "PASSKEY");
    }

    private void show(FxRobot robot, FactorsResult result) {
        robot.interact(() -> model.show(result));
        try {
            // cells are made on the next layout pulse
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                    () -> cellTexts(robot, "factor-id-column").size() == result.enrolled().size());
        } catch (TimeoutException e) {
            throw new AssertionError("the table did not show " + result.enrolled().size() + " rows", e);
        }
    }

    private static void assertIcon(SVGPath icon, String styleClass, String accessibleText) {
        assertThat(icon).as(accessibleText).isNotNull();
        assertThat(icon.getStyleClass()).contains(FactorTypeIcon.BASE_STYLE_CLASS, styleClass);
        assertThat(icon.getAccessibleText()).isEqualTo(accessibleText);
    }

    private static Node idCell(FxRobot robot, String factorId) {
        return robot.lookup(".table-cell.factor-id-column").match((TableCell<?, ?> c) -> factorId.equals(c.getText())).query();
    }

    /*
     * The headless platform turns neither a right click nor the menu key into a context-menu
     * request, so the test sends the request a desktop platform sends for a right click.
     */
    private static void openContextMenu(FxRobot robot, Node target) {
        robot.interact(() -> {
            Bounds b = target.localToScreen(target.getBoundsInLocal());
            Event.fireEvent(target, new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                    b.getWidth() / 2, b.getHeight() / 2, b.getCenterX(), b.getCenterY(), false, null));
        });
    }

    /** The item of the table's open context menu (a popup window of its own). */
    private static Node menuItem(FxRobot robot, String text) {
        ContextMenu menu = robot.lookup("#factor-table").queryAs(TableView.class).getContextMenu();
        assertThat(menu.isShowing()).as("context menu open").isTrue();
        return robot.from(menu.getSkin().getNode()).lookup(LabeledMatchers.hasText(text)).query();
    }

    /** Visible itself and through all its parents. */

    private static List<String> cellTexts(FxRobot robot, String styleClass) {
        return robot.lookup(".table-cell." + styleClass).queryAllAs(TableCell.class).stream()
                .filter(c -> c.getItem() != null).map(TableCell::getText).toList();
    }

    private static String clipboardText() {
        try {
            return WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("could not read the clipboard", e);
        }
    }
}
