package mfainspector.ui;

import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;

/** Counts whole seconds down on a daemon timer and reports each step on the UI thread. */
public final class Countdown {

    /** One shared daemon thread, so a pending retry never keeps the app alive. */
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "mfa-inspector-countdown");
        t.setDaemon(true);
        return t;
    });

    private final Executor uiThread;

    public Countdown(Executor uiThread) {
        this.uiThread = uiThread;
    }

    /**
     * Calls {@code onTick} with {@code seconds}, then once a second with one less down to 1, then
     * {@code onDone}; all on the UI thread. The returned action stops it: nothing is called after.
     */
    public Runnable start(int seconds, IntConsumer onTick, Runnable onDone) {
        var state = new Object() {
            boolean stopped;
            int left = seconds;
            ScheduledFuture<?> ticks;
        };
        Runnable stop = () -> {
            state.stopped = true;
            if (state.ticks != null) {
                state.ticks.cancel(false);
            }
        };
        state.ticks = TIMER.scheduleAtFixedRate(() -> uiThread.execute(() -> {
            if (state.stopped) {
                return;
            }
            if (state.left <= 0) {
                stop.run();
                onDone.run();
            } else {
                onTick.accept(state.left--);
            }
        }), 0, 1, TimeUnit.SECONDS);
        return stop;
    }
}
