package mfainspector.ui;

import javafx.animation.Animation;
import javafx.animation.Interpolator;
import javafx.animation.PauseTransition;
import javafx.animation.RotateTransition;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.AccessibleRole;
import javafx.scene.CacheHint;
import javafx.scene.Group;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Arc;
import javafx.scene.shape.ArcType;
import javafx.scene.shape.Circle;
import javafx.scene.shape.StrokeLineCap;
import javafx.util.Duration;

/**
 * The busy sign of background work: one arc turning. It appears only once the work has run for
 * {@link #SHOW_DELAY}, so a quick answer makes nothing flicker, and it stops when the work ends.
 *
 * <p>Why not {@code ProgressIndicator}: its indeterminate form is twelve shaped regions, and the
 * software renderer (the one JavaFX uses without a GPU, as on remote desktops) took 15 to 30 ms
 * to draw them on every frame, which kept the JavaFX thread waiting for the renderer. This arc is
 * drawn once into a cached image that is then only rotated.
 */
public final class BusySpinner extends StackPane {

    /** How long work runs before the spinner shows; shorter work shows no spinner at all. */
    public static final Duration SHOW_DELAY = Duration.millis(300);

    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper(this, "shown");
    private final PauseTransition delay = new PauseTransition(SHOW_DELAY);
    private final RotateTransition turn;

    /** A spinner {@code size} pixels wide that follows {@code running}. */
    public BusySpinner(ObservableBooleanValue running, double size) {
        double stroke = Math.max(2, size / 8);
        double radius = (size - stroke) / 2;
        Arc arc = new Arc(0, 0, radius, radius, 90, 270);
        arc.setType(ArcType.OPEN);
        arc.setFill(null);
        arc.setStrokeWidth(stroke);
        arc.setStrokeLineCap(StrokeLineCap.ROUND);
        arc.getStyleClass().add("busy-arc");
        // An invisible full circle, so that the group's centre, the pivot of the rotation, is the arc's centre.
        Circle frame = new Circle(radius, Color.TRANSPARENT);
        frame.setStroke(Color.TRANSPARENT);
        frame.setStrokeWidth(stroke);
        Group wheel = new Group(frame, arc);
        wheel.setCache(true);
        wheel.setCacheHint(CacheHint.ROTATE);
        getChildren().add(wheel);
        getStyleClass().add("busy-spinner");
        setMinSize(size, size);
        setPrefSize(size, size);
        setMaxSize(size, size);
        setAccessibleRole(AccessibleRole.PROGRESS_INDICATOR);

        turn = new RotateTransition(Duration.seconds(1), wheel);
        turn.setByAngle(360);
        turn.setInterpolator(Interpolator.LINEAR);
        turn.setCycleCount(Animation.INDEFINITE);
        delay.setOnFinished(e -> {
            shown.set(true);
            turn.play();
        });
        FormRows.showWhen(shown, this);
        running.addListener((obs, was, now) -> follow(now));
        follow(running.get());
    }

    private void follow(boolean running) {
        if (running) {
            delay.playFromStart();
        } else {
            delay.stop();
            turn.stop();
            shown.set(false);
        }
    }

    /** True while the spinner shows: from {@link #SHOW_DELAY} after the work started until it ends. */
    public ReadOnlyBooleanProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }
}
