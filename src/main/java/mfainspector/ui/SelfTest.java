package mfainspector.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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

/**
 * {@code --self-test}: opens the real main window on a throw-away settings folder, signs in to the
 * demo tenant as {@code carol} the way a person does (fills the fields, presses Sign in), waits
 * for the rows, prints {@code first-frame-ms=N fetch-ms=N rows=N} and optionally a screenshot.
 */
public final class SelfTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(40);

    private SelfTest() {
    }

    /** 0 on success, 1 on any failure or timeout (with a one-line reason on stderr). */
    public static int run(Path screenshotOrNull) {
        long jvmStart = ProcessHandle.current().info().startInstant().map(Instant::toEpochMilli).orElse(System.currentTimeMillis());
        CompletableFuture<String> outcome = new CompletableFuture<>();
        AppSession[] session = new AppSession[1];
        try {
            Path dir = Files.createTempDirectory("mfa-inspector-self-test");
            LoadResult loaded = new SettingsStore(dir).load();
            Platform.startup(() -> {
                try {
                    session[0] = AppSession.open(new Stage(), dir, loaded, DemoOptions.defaults());
                    long firstFrame = System.currentTimeMillis() - jvmStart;
                    whenDemoReady(session[0], () -> signIn(session[0], firstFrame, screenshotOrNull, outcome));
                } catch (RuntimeException e) {
                    outcome.completeExceptionally(e);
                }
            });
            System.out.println(outcome.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS));
            return 0;
        } catch (TimeoutException e) {
            System.err.println("self-test failed: no factors shown within " + TIMEOUT.toSeconds() + " s");
            return 1;
        } catch (Exception e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            System.err.println("self-test failed: " + cause.getMessage());
            return 1;
        } finally {
            Platform.runLater(() -> {
                if (session[0] != null) {
                    session[0].close();
                    session[0].stage().hide();
                }
                // Exit one turn later, so the pulse already queued for the hidden window is done.
                Platform.runLater(Platform::exit);
            });
        }
    }

    private static void whenDemoReady(AppSession s, Runnable then) {
        var state = s.context().profiles().demoStateProperty();
        if (state.get() == DemoState.READY) {
            then.run();
            return;
        }
        state.addListener((obs, old, now) -> {
            if (now == DemoState.READY) {
                then.run();
            }
        });
    }

    private static void signIn(AppSession s, long firstFrame, Path screenshot, CompletableFuture<String> outcome) {
        SignInViewModel vm = s.context().signIn();
        vm.accountTypeProperty().set(AccountType.ACCOUNT);
        vm.accountProperty().set("carol");
        vm.passwordProperty().set(DemoTenant.DEMO_PASSWORD);
        long clicked = System.nanoTime();
        vm.stateProperty().addListener((obs, old, now) -> {
            if (now == SignInViewModel.State.SHOWN) {
                // Let one more pulse lay out and paint the rows before measuring and taking the picture.
                Platform.runLater(() -> finish(s, firstFrame, clicked, screenshot, outcome));
            } else if (now == SignInViewModel.State.ERROR) {
                outcome.completeExceptionally(new IllegalStateException("sign-in as carol failed: " + vm.errorProperty().get().codes()
                        + " " + vm.errorProperty().get().category()));
            }
        });
        Button button = (Button) s.stage().getScene().lookup("#signInButton");
        if (button == null || button.isDisabled()) {
            outcome.completeExceptionally(new IllegalStateException("the Sign in button is not available"));
            return;
        }
        button.fire();
    }

    private static void finish(AppSession s, long firstFrame, long clicked, Path screenshot, CompletableFuture<String> outcome) {
        long fetchMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - clicked);
        TableView<?> table = (TableView<?>) s.stage().getScene().lookup(".table-view");
        if (table == null || !table.isVisible()) {
            outcome.completeExceptionally(new IllegalStateException("signed in, but no factor table is shown"));
            return;
        }
        int rows = table.getItems().size();
        try {
            if (screenshot != null) {
                writeSnapshot(s, screenshot);
            }
            outcome.complete("first-frame-ms=" + firstFrame + " fetch-ms=" + fetchMs + " rows=" + rows);
        } catch (IOException e) {
            outcome.completeExceptionally(new IOException("could not write " + screenshot + ": " + e.getMessage(), e));
        }
    }

    /** Writes a PNG of the window's content. */
    static void writeSnapshot(AppSession s, Path file) throws IOException {
        WritableImage image = s.stage().getScene().snapshot(null);
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        PixelReader reader = image.getPixelReader();
        reader.getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        PngWriter.write(file, w, h, argb);
    }
}
