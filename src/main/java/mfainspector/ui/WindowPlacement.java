package mfainspector.ui;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import mfainspector.settings.WindowBounds;

/** Restores the saved window size and position, unless that would put the window off every screen. */
final class WindowPlacement {

    private WindowPlacement() {
    }

    static void restore(Stage stage, WindowBounds saved) {
        if (saved == null || saved.width() < 400 || saved.height() < 300) {
            return;
        }
        boolean visible = Screen.getScreens().stream().map(Screen::getVisualBounds)
                .anyMatch(b -> b.intersects(new Rectangle2D(saved.x(), saved.y(), saved.width(), saved.height())));
        if (visible) {
            stage.setX(saved.x());
            stage.setY(saved.y());
        }
        stage.setWidth(saved.width());
        stage.setHeight(saved.height());
        stage.setMaximized(saved.maximized());
    }

    static WindowBounds of(Stage stage) {
        return new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized());
    }
}
