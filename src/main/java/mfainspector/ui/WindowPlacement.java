package mfainspector.ui;

import javafx.beans.InvalidationListener;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import mfainspector.settings.WindowBounds;

/**
 * Restores the saved window size and position (bounds off every screen open centred on the main
 * one instead) and keeps the window's normal bounds while it is maximized, so that a window closed
 * maximized opens maximized and, when restored, at the size it had before.
 */
final class WindowPlacement {

    private final Stage stage;
    private Rectangle2D normal;

    private WindowPlacement(Stage stage) {
        this.stage = stage;
    }

    /** Puts {@code stage} where {@code saved} says and follows its normal bounds from then on. */
    static WindowPlacement restore(Stage stage, WindowBounds saved) {
        WindowPlacement placement = new WindowPlacement(stage);
        if (saved != null && saved.width() >= 400 && saved.height() >= 300) {
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
            placement.normal = new Rectangle2D(stage.getX(), stage.getY(), saved.width(), saved.height());
            stage.setMaximized(saved.maximized());
        }
        InvalidationListener follow = o -> {
            if (!stage.isMaximized() && !stage.isIconified()) {
                placement.normal = new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
            }
        };
        stage.xProperty().addListener(follow);
        stage.yProperty().addListener(follow);
        stage.widthProperty().addListener(follow);
        stage.heightProperty().addListener(follow);
        return placement;
    }

    /** The bounds to save: the normal bounds (also while maximized) and whether it is maximized. */
    WindowBounds bounds() {
        Rectangle2D b = normal != null ? normal : new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
        return new WindowBounds(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight(), stage.isMaximized());
    }
}
