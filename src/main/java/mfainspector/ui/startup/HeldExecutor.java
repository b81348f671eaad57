package mfainspector.ui.startup;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * Holds work back until {@link #release()}, then passes everything on. The window uses it so that
 * start-up work (the demo tenant, the secret store probe, the OS theme query) does not compete
 * with the first frame for the CPU: on two cores that delays the window noticeably.
 */
public final class HeldExecutor implements Executor {

    private final Executor target;
    private List<Runnable> held = new ArrayList<>();

    public HeldExecutor(Executor target) {
        this.target = Objects.requireNonNull(target, "target");
    }

    @Override
    public void execute(Runnable work) {
        synchronized (this) {
            if (held != null) {
                held.add(work);
                return;
            }
        }
        target.execute(work);
    }

    /** Runs what was held, in order of arrival, and everything from now on at once. Idempotent. */
    public void release() {
        List<Runnable> waiting;
        synchronized (this) {
            waiting = held;
            held = null;
        }
        if (waiting != null) {
            waiting.forEach(target::execute);
        }
    }
}
