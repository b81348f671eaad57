package mfainspector.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import mfainspector.demo.DemoOptions;
import mfainspector.demo.DemoTenant;
import mfainspector.settings.AppSettings;
import mfainspector.settings.SettingsStore;
import mfainspector.ui.ThemeSwitcher.Choice;
import mfainspector.ui.connection.ProfileViewModel.DemoState;
import mfainspector.ui.signin.SignInViewModel.State;

/**
 * Makes the README's screenshots of the real main window on the demo tenant: run by
 * {@code jlink/screenshots.sh DIR} (under {@code xvfb-run}). Each state is reached through the
 * window's own sign-in button, as {@code --self-test} does, on a throw-away settings folder.
 */
public final class Screenshots {

    private Screenshots() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "assets/screenshots");
        Files.createDirectories(out);
        Path dir = Files.createTempDirectory("mfa-inspector-screenshots");
        System.setProperty("mfainspector.home", dir.toString());
        new SettingsStore(dir).save(AppSettings.defaults().withTheme("light").withUiLanguage("en"));
        SettingsStore store = new SettingsStore(dir);
        var loaded = store.load();
        CompletableFuture<AppSession> opened = new CompletableFuture<>();
        Platform.startup(() -> AppSession.open(new Stage(), store, loaded, DemoOptions.defaults(), opened::complete));
        AppSession s = opened.get(30, TimeUnit.SECONDS);
        try {
            until(() -> s.context().profiles().demoStateProperty().get() == DemoState.READY);
            shoot(s, out.resolve("factors-light.png"), "carol", DemoTenant.DEMO_PASSWORD, State.SHOWN);
            shoot(s, out.resolve("empty-state-light.png"), "dave", DemoTenant.DEMO_PASSWORD, State.SHOWN);
            shoot(s, out.resolve("wrong-password-light.png"), "carol", "not-the-password", State.ERROR);
            fx(() -> {
                s.context().theme().choiceProperty().set(Choice.DARK);
                return null;
            });
            shoot(s, out.resolve("factors-dark.png"), "erin", DemoTenant.DEMO_PASSWORD, State.SHOWN);
            shoot(s, out.resolve("empty-state-dark.png"), "dave", DemoTenant.DEMO_PASSWORD, State.SHOWN);
            System.out.println("screenshots written to " + out.toAbsolutePath());
        } finally {
            fx(() -> {
                s.stage().hide();
                return null;
            });
            Platform.exit();
        }
    }

    /** Signs out, signs in as {@code user} through the Sign in button, waits for {@code expected}, writes the PNG. */
    private static void shoot(AppSession s, Path file, String user, String password, State expected) throws Exception {
        fx(() -> {
            s.context().signIn().signOut();
            s.context().signIn().accountProperty().set(user);
            s.context().signIn().passwordProperty().set(password);
            ((Button) s.stage().getScene().lookup("#signInButton")).fire();
            return null;
        });
        until(() -> s.context().signIn().stateProperty().get() == expected);
        Thread.sleep(400); // a few pulses to lay out and paint the new state
        fx(() -> {
            SelfTest.writeSnapshot(s, file);
            return null;
        });
        System.out.println(file);
    }

    private static void until(Callable<Boolean> condition) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!fx(condition)) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException("the window did not reach the expected state within 30 s");
            }
            Thread.sleep(50);
        }
    }

    private static <T> T fx(Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Exception e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(30, TimeUnit.SECONDS);
    }
}
