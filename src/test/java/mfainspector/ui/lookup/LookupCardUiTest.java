package mfainspector.ui.lookup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import mfainspector.lookup.ManagedUser;
import mfainspector.ui.AppUiTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The card of a user opened from the pick list: Back to the list, Copy summary, where the focus goes. */
class LookupCardUiTest extends AppUiTestBase {

    @BeforeEach
    void pickListOfTheDemoUsers() throws Exception {
        lookupTabOnTheDemo();
        retype(find(app, "lookupTicket"), "INC-4711");
        retype(find(app, "lookupQuery"), "example");
        clickOn((Node) find(app, "searchButton"));
        await(() -> !app.context().lookup().runningProperty().get() && matchTable().getItems().size() == 7);
    }

    private static TableView<ManagedUser> matchTable() {
        return find(app, "matchTable");
    }

    /** Opens carol's card by double-clicking her row, as a person does. */
    private void openCarol() throws Exception {
        Node row = lookup(n -> n instanceof TableRow<?> r && r.getTableView() == matchTable() && r.getItem() instanceof ManagedUser u
                && "carol".equals(u.username())).query();
        doubleClickOn(row);
        await(() -> !app.context().lookup().runningProperty().get() && shown(find(app, "cardName")));
        assertThat(((Label) find(app, "cardName")).getText()).isEqualTo("Carol Nguyen");
    }

    private List<String> logLines() throws Exception {
        Path file = app.context().lookupLog().file();
        return Files.exists(file) ? Files.readAllLines(file) : List.of();
    }

    @Test
    void backToResultsShowsTheListAgainWithoutANewRequestAndTheFocusStaysInTheLookup() throws Exception {
        openCarol();
        Button back = find(app, "backToResults");
        assertThat(shown(back)).isTrue();
        assertThat(back.getText()).isEqualTo("_Back to results (7)");
        assertThat(app.stage().getScene().getFocusOwner()).as("focus after opening a result").isSameAs(back);
        List<String> before = logLines();

        clickOn(back);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(shown(matchTable())).isTrue();
        assertThat(matchTable().getItems()).hasSize(7);
        assertThat(shown(back)).isFalse();
        assertThat(app.context().lookup().runningProperty().get()).isFalse();
        Thread.sleep(300); // a request would have noted a line by now
        assertThat(logLines()).as("no new lookup was made").isEqualTo(before);
        assertThat(app.stage().getScene().getFocusOwner()).as("focus back on the list").isSameAs(matchTable());

        // A new search replaces both: its own card has no way back to the old list.
        retype(find(app, "lookupQuery"), "bob@example.com");
        type(KeyCode.ENTER);
        await(() -> !app.context().lookup().runningProperty().get() && shown(find(app, "cardName")));
        assertThat(shown(back)).isFalse();
    }

    @Test
    void copySummaryHoldsMaskedValuesOnlyAlsoWithRevealOnAndCtrlShiftCCopiesItToo() throws Exception {
        openCarol();
        clickOn((ToggleButton) find(app, "cardReveal"));
        assertThat(((Label) find(app, "cardEmail")).getText()).isEqualTo("carol@example.com");

        clickOn((Node) find(app, "cardCopySummary"));
        String copied = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get();

        assertThat(copied).contains("MFA status of Carol Nguyen").contains("c***@example.com").contains("+1 202****0103")
                .contains(app.context().lookup().resultProperty().get().user().userId()).contains("Account status: Active")
                .contains("Text message (SMS) [SMS]: Bound").contains("Face recognition [FACE]: Bound")
                .containsPattern("Fetched at: \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ \\(\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d \\S+\\)")
                .contains("Ticket: INC-4711")
                .doesNotContain("carol@example.com").doesNotContain("2025550103");
        assertThat(((Label) find(app, "cardCopied")).getText()).isEqualTo("Summary copied");

        interact(() -> {
            ClipboardContent empty = new ClipboardContent();
            empty.putString("");
            Clipboard.getSystemClipboard().setContent(empty);
        });
        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.C).release(KeyCode.C, KeyCode.SHIFT, KeyCode.CONTROL);
        String again = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get();
        assertThat(again).isEqualTo(copied);
    }
}
