package mfainspector.ui.hardening;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import mfainspector.demo.DemoOptions;
import mfainspector.settings.SettingsStore;
import mfainspector.ui.AppSession;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Run in a process of its own by {@link WindowCrashUiTest}: opens the window on the settings folder
 * {@code args[0]} as the app does, types {@code args[1]} into the host field, waits until the window
 * says the edit is saved, prints {@link #SAVED} and then waits to be killed.
 */
public final class EditThenWaitMain {

    static final String SAVED = "edit-shown-as-saved";

    private EditThenWaitMain() {
    }

    public static void main(String[] args) throws Exception {
        FxToolkit.registerPrimaryStage();
        SettingsStore store = new SettingsStore(Path.of(args[0]));
        var loaded = store.load();
        CompletableFuture<AppSession> opened = new CompletableFuture<>();
        FxToolkit.setupFixture(() -> AppSession.open(new Stage(), store, loaded, DemoOptions.defaults(), opened::complete));
        AppSession s = opened.get(30, TimeUnit.SECONDS);
        FxRobot robot = new FxRobot();
        TextField host = (TextField) s.stage().getScene().lookup("#hostField");
        robot.clickOn(host);
        robot.interact(host::selectAll);
        robot.write(args[1]);
        Label state = (Label) s.stage().getScene().lookup("#saveState");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> "Saved".equals(state.getText()));
        System.out.println(SAVED);
        System.out.flush();
        Thread.sleep(TimeUnit.MINUTES.toMillis(5));
    }
}
