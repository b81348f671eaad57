package mfainspector.ui.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import mfainspector.demo.DemoOptions;
import mfainspector.settings.SettingsStore;
import mfainspector.ui.AppSession;
import mfainspector.ui.AppUiTestBase;
import org.junit.jupiter.api.Test;

/** The coverage scan's rate, chosen to suit the tenant's limit, is there again after a restart. */
class CoverageRateRestartUiTest extends AppUiTestBase {

    @Test
    void theRateTypedOnTheCoverageTabIsKeptAcrossARestart() throws Exception {
        Path dir = Files.createDirectories(settingsDir.resolve("coverage-rate"));
        AppSession first = open(dir, DemoOptions.defaults());
        try {
            selectTab(first, "coverageTab");
            await(() -> find(first, "coverageRate") != null);
            TextField editor = ((Spinner<?>) find(first, "coverageRate")).getEditor();
            retype(editor, "37");
            type(KeyCode.TAB);
            assertThat(first.context().coverage().rateProperty().get()).isEqualTo(37);
            await(() -> new SettingsStore(dir).load().settings().coverageRate() == 37);
        } finally {
            closeAll(first);
        }

        AppSession second = open(dir, DemoOptions.defaults());
        try {
            assertThat(second.context().coverage().rateProperty().get()).isEqualTo(37);
            selectTab(second, "coverageTab");
            await(() -> find(second, "coverageRate") != null);
            assertThat(((Spinner<?>) find(second, "coverageRate")).getEditor().getText()).isEqualTo("37");
        } finally {
            closeAll(second);
        }
    }
}
