package mfainspector.ui.startup;

import java.util.function.LongConsumer;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;

/** Waiting on the JavaFX pulse: the turn in which the toolkit styles, lays out and draws scenes. */
public final class Pulses {

    private Pulses() {
    }

    /** Runs {@code then} at the start of the {@code count}th pulse from now: the pulses before it are done. */
    public static void after(int count, Runnable then) {
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses == count) {
                    stop();
                    then.run();
                }
            }
        }.start();
    }

    /**
     * Runs {@code then} with {@link System#nanoTime()} once the next pulse has applied CSS to
     * {@code scene} and laid it out: the end of the JavaFX thread's work for what changed
     * (drawing follows on the render thread). {@code then} runs just after that pulse.
     */
    public static void afterNextLayout(Scene scene, LongConsumer then) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            long laidOut = System.nanoTime();
            // Not removed in the middle of the scene's own loop over its listeners.
            Platform.runLater(() -> {
                scene.removePostLayoutPulseListener(listener[0]);
                then.accept(laidOut);
            });
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }
}
