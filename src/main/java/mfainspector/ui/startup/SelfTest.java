package mfainspector.ui.startup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import mfainspector.demo.DemoOptions;
import mfainspector.demo.DemoTenant;
import mfainspector.genauth.AccountType;
import mfainspector.settings.LoadResult;
import mfainspector.settings.SettingsStore;
import mfainspector.ui.connection.ProfileViewModel.DemoState;
import mfainspector.ui.signin.SignInViewModel;
import mfainspector.ui.AppSession;

/**
 * {@code --self-test}: opens the real main window the way the app does (its outline first, then
 * the controls) on a throw-away settings folder, signs in to the demo tenant as {@code carol} the
 * way a person does (fills the fields, presses Sign in), waits until a pulse has laid out the rows,
 * prints {@code first-frame-ms=N fetch-ms=N rows=N} and optionally a screenshot. first-frame-ms
 * runs from the process's start to the window's show; fetch-ms from the press to the rows laid out.
 *
 * <p>With {@code --benchmark} it waits a second, signs in a second time (the warm fetch) and adds
 * {@code warm-fetch-ms=N max-fx-stall-ms=N ready-ms=N}: the longest gap between two JavaFX pulses
 * while the first fetch ran (an animation timer keeps pulses coming, so a gap is the FX thread
 * being blocked), and the time from the process's start until the controls were laid out in the
 * window. {@code --slow-server-ms N} makes the demo tenant wait that long before every answer.
 */
public final class SelfTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    /**
     * The pause between the first sign-in's rows and the second sign-in: a person's next lookup
     * comes seconds later, and by then the first rows are drawn and the idle-time preparations done.
     */
    private static final long SETTLE_MS = 1000;

    /** What the command line asked for. */
    public record Options(Path screenshot, boolean benchmark, Duration serverDelay) {
    }

    private SelfTest() {
    }

    /** 0 on success, 1 on any failure or timeout (with a one-line reason on stderr). */
    public static int run(Options options) {
        long jvmStart = ProcessHandle.current().info().startInstant().map(Instant::toEpochMilli).orElse(System.currentTimeMillis());
        return inWindow("mfa-inspector-self-test", DemoOptions.defaults().withResponseDelay(options.serverDelay()),
                TIMEOUT, "no factors shown", (opened, openReturnedAt, outcome) -> {
                    // Called once a pulse has laid out the controls.
                    long ready = System.currentTimeMillis() - jvmStart;
                    whenDemoReady(opened, () -> new Run(opened, options, openReturnedAt - jvmStart, ready, outcome).start());
                });
    }

    /** What a self-test does in the window once its controls are laid out; it completes {@code outcome} with its result line. */
    @FunctionalInterface
    interface Script {
        /** @param openReturnedAt when {@code AppSession.open} returned, the window shown (epoch milliseconds) */
        void start(AppSession opened, long openReturnedAt, CompletableFuture<String> outcome);
    }

    /**
     * Opens the window on a new settings folder, runs {@code script} once its controls are laid out,
     * prints the result line and returns 0; on a failure, or no result within {@code timeout}
     * ("self-test failed: {@code timedOut} within N s"), says so on stderr and returns 1. However it
     * ends, the window closes as on quit and the toolkit exits.
     */
    static int inWindow(String folderPrefix, DemoOptions demo, Duration timeout, String timedOut, Script script) {
        CompletableFuture<String> outcome = new CompletableFuture<>();
        AppSession[] session = new AppSession[1];
        Thread[] fxThread = new Thread[1];
        try {
            Path dir = Files.createTempDirectory(folderPrefix);
            SettingsStore store = new SettingsStore(dir);
            LoadResult loaded = store.load();
            Platform.startup(() -> {
                fxThread[0] = Thread.currentThread();
                try {
                    long[] openReturnedAt = new long[1];
                    AppSession.open(new Stage(), store, loaded, demo, opened -> {
                        session[0] = opened;
                        script.start(opened, openReturnedAt[0], outcome);
                    });
                    openReturnedAt[0] = System.currentTimeMillis();
                } catch (RuntimeException e) {
                    outcome.completeExceptionally(e);
                }
            });
            System.out.println(outcome.get(timeout.toMillis(), TimeUnit.MILLISECONDS));
            return 0;
        } catch (TimeoutException e) {
            System.err.println("self-test failed: " + timedOut + " within " + timeout.toSeconds() + " s");
            return 1;
        } catch (Exception e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            System.err.println("self-test failed: " + cause.getMessage());
            return 1;
        } finally {
            if (fxThread[0] != null) {
                Platform.runLater(() -> {
                    if (session[0] != null) {
                        session[0].close(); // stops a running coverage scan too
                        session[0].stage().hide();
                    }
                    // Exit one turn later, so the pulse already queued for the hidden window is done.
                    Platform.runLater(Platform::exit);
                });
                awaitToolkitExit(fxThread[0]);
            }
        }
    }

    /**
     * Waits (a few seconds at most) for the JavaFX thread to end: the caller exits the JVM next,
     * and a pulse still running then would find the renderer already shut down.
     */
    static void awaitToolkitExit(Thread fxThread) {
        if (fxThread == null) {
            return;
        }
        try {
            fxThread.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void whenDemoReady(AppSession s, Runnable then) {
        var state = s.context().profiles().demoStateProperty();
        if (state.get() == DemoState.READY) {
            // The demo's values come with the controls' first frame now: the press waits four pulses
            // (about 67 ms), as no person presses sooner, for the start-up work the window releases
            // two pulses after that frame, which would otherwise be counted as a stall of the sign-in.
            Pulses.after(4, then);
            return;
        }
        state.addListener((obs, old, now) -> {
            if (now == DemoState.READY) {
                then.run();
            }
        });
    }

    /** One self-test: the sign-ins, their timings and the result line; every step on the FX thread. */
    private static final class Run {
        private final AppSession s;
        private final Options options;
        private final long firstFrame;
        private final long ready;
        private final CompletableFuture<String> outcome;
        private final SignInViewModel vm;
        private final PulseGaps pulses = new PulseGaps();
        private long fetchMs = -1;
        private long clicked;

        Run(AppSession s, Options options, long firstFrame, long ready, CompletableFuture<String> outcome) {
            this.s = s;
            this.options = options;
            this.firstFrame = firstFrame;
            this.ready = ready;
            this.outcome = outcome;
            this.vm = s.context().signIn();
        }

        void start() {
            vm.stateProperty().addListener((obs, old, now) -> {
                if (now == SignInViewModel.State.SHOWN) {
                    Pulses.afterNextLayout(s.stage().getScene(), this::shown);
                } else if (now == SignInViewModel.State.ERROR) {
                    pulses.stop();
                    outcome.completeExceptionally(new IllegalStateException("sign-in as carol failed: "
                            + vm.errorProperty().get().codes() + " " + vm.errorProperty().get().category()));
                }
            });
            if (options.benchmark()) {
                pulses.start();
            }
            signIn();
        }

        private void signIn() {
            vm.accountTypeProperty().set(AccountType.ACCOUNT);
            vm.accountProperty().set("carol");
            vm.passwordProperty().set(DemoTenant.DEMO_PASSWORD);
            clicked = System.nanoTime();
            Button button = (Button) s.stage().getScene().lookup("#signInButton");
            if (button == null || button.isDisabled()) {
                outcome.completeExceptionally(new IllegalStateException("the Sign in button is not available"));
                return;
            }
            button.fire();
        }

        private void shown(long laidOut) {
            long elapsed = TimeUnit.NANOSECONDS.toMillis(laidOut - clicked);
            if (fetchMs < 0) {
                fetchMs = elapsed;
                pulses.stop();
                if (options.benchmark()) {
                    // The warm fetch: the same person signs in again once the window has settled,
                    // as nobody clicks again within a frame of the rows appearing.
                    PauseTransition settle = new PauseTransition(javafx.util.Duration.millis(SETTLE_MS));
                    settle.setOnFinished(e -> signIn());
                    settle.play();
                    return;
                }
            }
            TableView<?> table = (TableView<?>) s.stage().getScene().lookup("#factor-table");
            if (table == null || !table.isVisible()) {
                outcome.completeExceptionally(new IllegalStateException("signed in, but no factor table is shown"));
                return;
            }
            String line = "first-frame-ms=" + firstFrame + " fetch-ms=" + fetchMs
                    + (options.benchmark() ? " warm-fetch-ms=" + elapsed + " max-fx-stall-ms=" + pulses.maxGapMs()
                            + " ready-ms=" + ready : "")
                    + " rows=" + table.getItems().size();
            try {
                if (options.screenshot() != null) {
                    writeSnapshot(s, options.screenshot());
                }
                outcome.complete(line);
            } catch (IOException e) {
                outcome.completeExceptionally(new IOException("could not write " + options.screenshot() + ": " + e.getMessage(), e));
            }
        }
    }

    /** Writes a PNG of the window's content. */
    public static void writeSnapshot(AppSession s, Path file) throws IOException {
        WritableImage image = s.stage().getScene().snapshot(null);
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        PixelReader reader = image.getPixelReader();
        reader.getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        PngWriter.write(file, w, h, argb);
    }
}
