package mfainspector.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The busy spinner stays hidden for quick work, shows for longer work and goes when the work ends. */
@ExtendWith(ApplicationExtension.class)
class BusySpinnerUiTest {

    private final BooleanProperty running = new SimpleBooleanProperty();
    private BusySpinner spinner;

    @Start
    void start(Stage stage) {
        spinner = new BusySpinner(running, 20);
        stage.setScene(new Scene(new StackPane(spinner), 100, 100));
        stage.show();
    }

    @Test
    void hiddenUntilTheWorkHasRunForTheDelayThenShownUntilItEnds(FxRobot robot) throws Exception {
        assertThat(spinner.isVisible()).isFalse();
        robot.interact(() -> running.set(true));
        assertThat(spinner.isVisible()).as("not at once").isFalse();
        assertThat(spinner.isManaged()).as("takes no room while hidden").isFalse();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, spinner::isVisible);
        assertThat(spinner.shownProperty().get()).isTrue();
        assertThat(spinner.isManaged()).isTrue();

        robot.interact(() -> running.set(false));
        assertThat(spinner.isVisible()).as("gone as soon as the work ends").isFalse();
        assertThat(spinner.shownProperty().get()).isFalse();
    }

    @Test
    void workThatEndsBeforeTheDelayNeverShowsIt(FxRobot robot) throws Exception {
        robot.interact(() -> {
            running.set(true);
            running.set(false);
        });
        Thread.sleep((long) BusySpinner.SHOW_DELAY.toMillis() * 2);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(spinner.isVisible()).isFalse();
    }
}
