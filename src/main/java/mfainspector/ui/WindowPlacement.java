package mfainspector.ui;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import mfainspector.settings.WindowBounds;

/** Restores the saved window size and position; bounds off every screen open centred on the main one instead. */
final class WindowPlacement {

    private WindowPlacement() {
    }

    static void restore(Stage stage, WindowBounds saved) {
        if (saved == null || saved.width() < 400 || saved.height() < 300) {
            return;
        }
        boolean visible = Screen.getScreens().stream().map(Screen::getVisualBounds)
                .anyMatch(b -> b.intersects(new Rectangle2D(saved.x(), saved.y(), saved.width(), saved.height())));
        stage.setWidth(saved.width());
        stage.setHeight(saved.height());
        if (visible) {
            stage.setX(saved.x());
            stage.setY(saved.y());
        } else {
            stage.centerOnScreen();
        }
        stage.setMaximized(saved.maximized());
    }

    static WindowBounds of(Stage stage) {
        return new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized());
    }
}
