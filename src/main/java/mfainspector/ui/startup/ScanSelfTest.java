package mfainspector.ui.startup;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.animation.AnimationTimer;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TabPane;
import mfainspector.demo.DemoOptions;
import mfainspector.demo.DemoScale;
import mfainspector.demo.DemoTenant;
import mfainspector.report.ScanSettings;
import mfainspector.report.ScanSummary;
import mfainspector.ui.AppSession;
import mfainspector.ui.connection.ProfileViewModel;
import mfainspector.ui.lookup.LookupTarget;
import mfainspector.ui.report.CoverageViewModel;

/**
 * {@code --self-test --coverage-scan N [--rate R]}: opens the real main window on a throw-away
 * settings folder, starts a demo tenant of {@code N} synthetic users on loopback, points a new
 * profile's management credentials at it, opens the coverage tab and presses Start at rate
 * {@code R} (default {@link #DEFAULT_RATE}) a second after the tab shows. An animation timer keeps
 * the pulses coming from the press until a pulse has laid out the report's rows in the table (and
 * the next pulse has begun); then it prints
 * {@code scan-users=N scan-ms=T longest-stall-ms=S}: the users scanned, the time from the press to
 * the report shown, and the longest gap between two pulses (the JavaFX thread blocked).
 */
public final class ScanSelfTest {

    /** The rate when none is given: the most the app allows. */
    public static final int DEFAULT_RATE = ScanSettings.MAX_RATE;

    /** What the command line asked for: the pool's synthetic users and the scan's rate. */
    public record Options(int users, int rate) {
        public Options {
            if (users < 1 || users > DemoScale.MAX_USERS) {
                throw new IllegalArgumentException("--coverage-scan takes 1 to " + DemoScale.MAX_USERS + " users");
            }
            if (rate < ScanSettings.MIN_RATE || rate > ScanSettings.MAX_RATE) {
                throw new IllegalArgumentException("--rate takes " + ScanSettings.MIN_RATE + " to " + ScanSettings.MAX_RATE);
            }
        }
    }

    /** The pause between the coverage tab shown and the press on Start. */
    private static final long SETTLE_MS = 1000;

    private ScanSelfTest() {
    }

    /** 0 on success, 1 on any failure or timeout (with a one-line reason on stderr). */
    public static int run(Options options) {
        // A minute to open the window, plus three times what the scan takes at its rate (a page of
        // 50 users is one more call besides each user's own).
        Duration timeout = Duration.ofSeconds(60 + 3L * (options.users() + options.users() / 50 + 2) / options.rate());
        try (DemoTenant pool = DemoTenant.start(DemoOptions.defaults(), DemoScale.none().withUsers(options.users()))) {
            return SelfTest.inWindow("mfa-inspector-scan-self-test", DemoOptions.defaults(), timeout,
                    "the coverage scan did not finish", (opened, openReturnedAt, outcome) ->
                            new Run(opened, pool, options, outcome).start());
        } catch (IOException e) {
            System.err.println("self-test failed: " + e.getMessage());
            return 1;
        }
    }

    /** One scan through the window: every step on the JavaFX thread. */
    private static final class Run {
        private final AppSession s;
        private final DemoTenant tenant;
        private final Options options;
        private final CompletableFuture<String> outcome;
        private final CoverageViewModel vm;
        private final PulseGaps pulses = new PulseGaps();
        private long pressed;
        private long scanMs = -1;

        Run(AppSession s, DemoTenant tenant, Options options, CompletableFuture<String> outcome) {
            this.s = s;
            this.tenant = tenant;
            this.options = options;
            this.outcome = outcome;
            this.vm = s.context().coverage();
        }

        void start() {
            ProfileViewModel p = s.context().profiles();
            p.create("Coverage scan");
            p.management().hostProperty().set(tenant.baseUrl());
            p.management().userPoolIdProperty().set(tenant.userPoolId());
            p.management().poolSecretProperty().set(tenant.userPoolSecret().reveal());
            TabPane tabs = (TabPane) scene().lookup("#modeTabs");
            if (tabs == null) {
                fail("the window has no tabs");
                return;
            }
            tabs.getTabs().stream().filter(t -> "coverageTab".equals(t.getId())).findFirst()
                    .ifPresentOrElse(t -> tabs.getSelectionModel().select(t), () -> fail("the window has no coverage tab"));
            // A person presses Start a moment after the tab shows: by then it is drawn.
            whenTrue(() -> LookupTarget.ready(p).get() && vm.canStartProperty().get()
                    && scene().lookup("#coverageStart") != null, () -> {
                PauseTransition settle = new PauseTransition(javafx.util.Duration.millis(SETTLE_MS));
                settle.setOnFinished(e -> press());
                settle.play();
            });
        }

        private void press() {
            vm.rateProperty().set(options.rate());
            Button start = (Button) scene().lookup("#coverageStart");
            if (start == null || start.isDisabled()) {
                fail("the coverage tab's Start button is not available");
                return;
            }
            vm.stateProperty().addListener((obs, old, now) -> {
                if (now == CoverageViewModel.State.IDLE && scanMs < 0) {
                    // The model shows the report (or why it stopped) right after it goes idle.
                    Platform.runLater(this::ended);
                }
            });
            pulses.start();
            pressed = System.nanoTime();
            start.fire();
            if (vm.stateProperty().get() != CoverageViewModel.State.SCANNING) {
                fail("the scan did not start: " + vm.statusProperty().get());
            }
        }

        private void ended() {
            ScanSummary summary = vm.summaryProperty().get();
            if (summary == null) {
                fail("the scan stopped: " + vm.statusProperty().get());
                return;
            }
            scanMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - pressed);
            // The report's rows are read back from disk in the background: the stalls count until
            // a pulse has laid them out in the table, and the pulse after that one has begun (a gap
            // is timed at the start of the pulse that ends it).
            whenTrue(() -> !vm.rows().isEmpty(), () -> Pulses.afterNextLayout(scene(), laidOut -> Pulses.after(2, () -> {
                pulses.stop();
                outcome.complete("scan-users=" + summary.scanned() + " scan-ms=" + scanMs
                        + " longest-stall-ms=" + pulses.maxGapMs());
            })));
        }

        private Scene scene() {
            return s.stage().getScene();
        }

        private void fail(String why) {
            pulses.stop();
            outcome.completeExceptionally(new IllegalStateException(why));
        }
    }

    /** Runs {@code then} on the JavaFX thread at the first pulse at which {@code condition} holds. */
    private static void whenTrue(BooleanSupplier condition, Runnable then) {
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (condition.getAsBoolean()) {
                    stop();
                    then.run();
                }
            }
        }.start();
    }
}
