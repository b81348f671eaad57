package baseline;

import java.time.Instant;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * One stage with one label. Prints {@code first-frame-ms=N} (process start to the stage's
 * onShown, the way the app's self-test measures) and exits after the next pulse.
 */
public final class BaselineApp extends Application {

    public static void main(String[] args) {
        launch(args);
    }

    @Override
    public void start(Stage stage) {
        long processStart = ProcessHandle.current().info().startInstant()
                .map(Instant::toEpochMilli).orElseThrow();
        stage.setTitle("Baseline");
        stage.setScene(new Scene(new StackPane(new Label("Hello")), 320, 120));
        stage.setOnShown(event -> {
            System.out.println("first-frame-ms=" + (System.currentTimeMillis() - processStart));
            Platform.runLater(Platform::exit);
        });
        stage.show();
    }
}
