package mfainspector.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.api.FxAssert.verifyThat;
import static org.testfx.matcher.control.LabeledMatchers.hasText;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Proves that UI tests run without a display: a real Stage on the headless Monocle platform. */
@ExtendWith(ApplicationExtension.class)
class HeadlessToolkitTest {

    @Start
    void start(Stage stage) {
        Label label = new Label("waiting");
        label.setId("status");
        Button button = new Button("Check");
        button.setOnAction(event -> label.setText("clicked"));
        stage.setScene(new Scene(new VBox(label, button), 200, 100));
        stage.show();
    }

    @Test
    void runsOnTheHeadlessMonoclePlatformNotOnTheDesktop() throws ReflectiveOperationException {
        // Glass is internal API: looked up by name so the test compiles against exported packages only.
        Object glass = Class.forName("com.sun.glass.ui.Application").getMethod("GetApplication").invoke(null);
        assertThat(glass.getClass().getName()).isEqualTo("com.sun.glass.ui.monocle.MonocleApplication");
    }

    @Test
    void clickingAButtonInAShownStageUpdatesItsLabel(FxRobot robot) {
        verifyThat("#status", hasText("waiting"));
        robot.clickOn("Check");
        verifyThat("#status", hasText("clicked"));
    }
}
