package mfainspector.ui.startup;

import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;

/**
 * The longest time between two JavaFX pulses while running: the timer itself keeps the pulses
 * coming, so a long gap is the JavaFX thread being blocked.
 */
final class PulseGaps extends AnimationTimer {
    private long last;
    private long maxGap;

    @Override
    public void handle(long now) {
        if (last != 0) {
            maxGap = Math.max(maxGap, now - last);
        }
        last = now;
    }

    long maxGapMs() {
        return TimeUnit.NANOSECONDS.toMillis(maxGap);
    }
}
