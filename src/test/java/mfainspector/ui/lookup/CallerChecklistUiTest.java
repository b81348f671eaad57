package mfainspector.ui.lookup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import mfainspector.lookup.CallerOutcome;
import mfainspector.ui.AppUiTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The manual checklist of the case view: a check that could not confirm the caller is shown and logged with the ways tried. */
class CallerChecklistUiTest extends AppUiTestBase {

    @BeforeEach
    void lookupTab() throws Exception {
        lookupTabOnTheDemo();
    }

    private void lookUpDave() throws Exception {
        retype(find(app, "lookupTicket"), "INC-78");
        retype(find(app, "lookupQuery"), "dave");
        type(KeyCode.ENTER);
        await(() -> !app.context().lookup().runningProperty().get() && shown(find(app, "cardName")));
        assertThat(shown(find(app, "callerManual"))).isTrue();
    }

    private List<String> logLines() throws Exception {
        Path file = app.context().lookupLog().file();
        return Files.exists(file) ? Files.readAllLines(file) : List.of();
    }

    @Test
    void couldNotConfirmIsShownWithTheWaysTriedAndLoggedWithTheTicket() throws Exception {
        lookUpDave();
        Button notConfirmed = find(app, "callerNotConfirmed");
        assertThat(shown(notConfirmed)).isTrue();
        assertThat(notConfirmed.getText()).isEqualTo("Could not confirm");
        assertThat(notConfirmed.isDisabled()).as("nothing ticked yet").isTrue();
        int before = logLines().size();

        clickOn(CaseViewUiTest.inView((CheckBox) find(app, "callerMethod-callback")));
        clickOn((CheckBox) find(app, "callerMethod-in-person"));
        clickOn(notConfirmed);
        await(() -> app.context().lookup().caseView().callerResultProperty().get() != null);

        assertThat(app.context().lookup().caseView().callerResultProperty().get().outcome())
                .isEqualTo(CallerOutcome.NOT_CONFIRMED);
        Label result = find(app, "callerResult");
        assertThat(shown(result)).isTrue();
        assertThat(result.getText()).contains("Not verified: the check of ").contains(" by another way did not confirm the caller.")
                .endsWith("Ways tried: call-back on the number on file; in person with an ID document.");
        assertThat(result.getStyleClass()).contains("danger");
        List<String> added = logLines().subList(before, logLines().size());
        assertThat(added).hasSize(1);
        assertThat(added.get(0)).contains("\"ticket\":\"INC-78\"",
                "\"verification\":{\"outcome\":\"not_confirmed\",\"method\":\"callback_in-person\"}");
        assertThat(((CheckBox) find(app, "callerMethod-callback")).isSelected()).isFalse();
        assertThat(notConfirmed.isDisabled()).isTrue();

        clickOn((CheckBox) find(app, "callerMethod-manager"));
        clickOn((Button) find(app, "callerRecord"));
        await(() -> app.context().lookup().caseView().callerResultProperty().get().outcome() == CallerOutcome.VERIFIED);
        assertThat(((Label) find(app, "callerResult")).getText())
                .contains("Verified: the caller was confirmed as ").contains(" another way.")
                .endsWith("Ways tried: the user's manager.");
        assertThat(logLines().get(logLines().size() - 1))
                .contains("\"verification\":{\"outcome\":\"verified\",\"method\":\"manager\"}");
    }

    @Test
    void theChecklistSpeaksChinese() throws Exception {
        lookUpDave();
        interact(() -> menuItem(app, "language.zh").fire());
        try {
            assertThat(((Button) find(app, "callerNotConfirmed")).getText()).isEqualTo("无法确认");
            clickOn(CaseViewUiTest.inView((CheckBox) find(app, "callerMethod-manager")));
            clickOn((Button) find(app, "callerNotConfirmed"));
            await(() -> app.context().lookup().caseView().callerResultProperty().get() != null);
            assertThat(((Label) find(app, "callerResult")).getText()).endsWith("尝试过的方式：询问该用户的主管。");
        } finally {
            interact(() -> menuItem(app, "language.en").fire());
        }
    }
}
