package mfainspector.ui.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Controls of a deferred place are built once, when first shown or asked for, and not before. */
@ExtendWith(ApplicationExtension.class)
class DeferredUiTest {

    private final BooleanProperty shown = new SimpleBooleanProperty();
    private final AtomicInteger builds = new AtomicInteger();
    private final VBox root = new VBox();

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(root, 200, 100));
        stage.show();
    }

    private Deferred place(FxRobot robot) {
        Deferred[] d = new Deferred[1];
        robot.interact(() -> {
            d[0] = Deferred.showWhen(shown, () -> {
                builds.incrementAndGet();
                Label l = new Label("content");
                l.setId("deferredContent");
                return l;
            });
            root.getChildren().add(d[0].node());
        });
        return d[0];
    }

    @Test
    void builtTheFirstTimeItIsShownAndOnlyThen(FxRobot robot) {
        Deferred d = place(robot);
        assertThat(builds).hasValue(0);
        assertThat(d.isBuilt()).isFalse();
        assertThat(d.node().getChildren()).isEmpty();
        assertThat(d.node().isVisible()).isFalse();

        robot.interact(() -> shown.set(true));
        assertThat(builds).hasValue(1);
        assertThat(d.node().isVisible()).isTrue();
        assertThat(robot.lookup("#deferredContent").queryLabeled().getText()).isEqualTo("content");

        robot.interact(() -> {
            shown.set(false);
            shown.set(true);
        });
        assertThat(builds).as("kept, not built again").hasValue(1);
    }

    @Test
    void buildAheadBuildsOnceAndStaysHiddenUntilShown(FxRobot robot) {
        Deferred d = place(robot);
        robot.interact(d::build);
        robot.interact(d::build);
        assertThat(builds).hasValue(1);
        assertThat(d.node().getChildren()).hasSize(1);
        assertThat(d.node().isVisible()).isFalse();
        robot.interact(() -> shown.set(true));
        assertThat(builds).hasValue(1);
    }

    @Test
    void alreadyShownIsBuiltAtOnce(FxRobot robot) {
        robot.interact(() -> shown.set(true));
        Deferred d = place(robot);
        assertThat(d.isBuilt()).isTrue();
        assertThat(builds).hasValue(1);
    }
}
