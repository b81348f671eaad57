package mfainspector.genauth;

import java.util.ArrayList;
import java.util.List;

/**
 * Lets another thread cancel the HTTP calls of a running operation at once: each call registers
 * how to abort itself; {@link #cancel()} aborts every registered call and any registered later.
 */
public final class CancelSignal {

    private final List<Runnable> aborts = new ArrayList<>();
    private boolean cancelled;

    /** A signal that is never cancelled, for callers that do not need to cancel. */
    public static CancelSignal none() {
        return new CancelSignal();
    }

    public void cancel() {
        List<Runnable> toRun;
        synchronized (this) {
            if (cancelled) {
                return;
            }
            cancelled = true;
            toRun = new ArrayList<>(aborts);
            aborts.clear();
        }
        toRun.forEach(Runnable::run);
    }

    public synchronized boolean isCancelled() {
        return cancelled;
    }

    /**
     * Registers how to abort a call in flight; runs it at once if already cancelled.
     * Returns a handle that unregisters it when the call has finished.
     */
    public AutoCloseable onCancel(Runnable abort) {
        boolean runNow;
        synchronized (this) {
            runNow = cancelled;
            if (!runNow) {
                aborts.add(abort);
            }
        }
        if (runNow) {
            abort.run();
        }
        return () -> {
            synchronized (this) {
                aborts.remove(abort);
            }
        };
    }
}
