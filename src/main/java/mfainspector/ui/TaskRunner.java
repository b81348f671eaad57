package mfainspector.ui;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The one way view models run background work: the work runs on {@code background}, its result
 * or failure is delivered on {@code uiThread}. The app passes daemon threads and
 * {@code Platform::runLater}; tests pass direct executors, so view models need no toolkit.
 */
public final class TaskRunner {

    private final Executor background;
    private final Executor uiThread;

    public TaskRunner(Executor background, Executor uiThread) {
        this.background = Objects.requireNonNull(background, "background");
        this.uiThread = Objects.requireNonNull(uiThread, "uiThread");
    }

    /** Background work on named daemon threads, so an open call never keeps the JVM alive. */
    public static TaskRunner daemon(String threadName, Executor uiThread) {
        return new TaskRunner(daemonPool(threadName), uiThread);
    }

    /** Everything on the calling thread: for tests of view models without a toolkit. */
    public static TaskRunner sameThread() {
        return new TaskRunner(Runnable::run, Runnable::run);
    }

    /** A pool of named daemon threads; also used for the ordered settings writer (one thread). */
    public static ExecutorService daemonPool(String threadName) {
        AtomicInteger count = new AtomicInteger();
        return Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, threadName + "-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    public Executor uiThread() {
        return uiThread;
    }

    /**
     * Starts {@code work} on a background thread beside the calling one, for calls that can
     * overlap; the future gives its result or its exception. With {@link #sameThread()} it has
     * already run when this returns.
     */
    public <T> Future<T> fork(Callable<T> work) {
        FutureTask<T> task = new FutureTask<>(work);
        background.execute(task);
        return task;
    }

    /** Runs {@code work} in the background; exactly one of the two callbacks follows on the UI thread. */
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
        background.execute(() -> {
            T value;
            try {
                value = work.call();
            } catch (Exception e) {
                uiThread.execute(() -> onFailure.accept(e));
                return;
            } catch (Error e) {
                // Still reported, so the view model leaves its running state; its handler shows the details.
                uiThread.execute(() -> onFailure.accept(new ExecutionException(e)));
                return;
            }
            uiThread.execute(() -> onSuccess.accept(value));
        });
    }
}
