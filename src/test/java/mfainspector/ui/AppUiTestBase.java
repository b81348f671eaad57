package mfainspector.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import mfainspector.demo.DemoOptions;
import mfainspector.genauth.AuthenticationApi;
import mfainspector.settings.SettingsStore;
import mfainspector.ui.connection.ProfileViewModel.DemoState;
import mfainspector.ui.signin.SignInViewModel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Starts the toolkit once and opens the real main window on a throw-away settings folder (also
 * set as {@code mfainspector.home}, so nothing can touch the user's own settings).
 */
public abstract class AppUiTestBase extends FxRobot {

    protected static Path settingsDir;
    protected static AppSession app;

    @BeforeAll
    static void openApp() throws Exception {
        settingsDir = Files.createTempDirectory("mfa-inspector-ui-test");
        System.setProperty("mfainspector.home", settingsDir.toString());
        FxToolkit.registerPrimaryStage();
        app = open(settingsDir, DemoOptions.defaults());
    }

    @AfterAll
    static void closeApp() throws Exception {
        FxToolkit.cleanupStages();
        Platform.runLater(app::close);
        WaitForAsyncUtils.waitForFxEvents();
        // Tests of other classes in this JVM must not inherit this folder (the property wins over MFA_INSPECTOR_HOME).
        System.clearProperty("mfainspector.home");
    }

    /** Opens another main window (for example on a slow demo tenant) on its own stage. */
    protected static AppSession open(Path dir, DemoOptions options) throws Exception {
        return open(dir, options, AppSession.lazyClient());
    }

    /** Opens another main window with its own API client (for example with short timeouts). */
    protected static AppSession open(Path dir, DemoOptions options, Supplier<AuthenticationApi> client) throws Exception {
        SettingsStore store = new SettingsStore(dir);
        var loaded = store.load();
        CompletableFuture<AppSession> opened = new CompletableFuture<>();
        FxToolkit.setupFixture(() -> AppSession.open(new Stage(), store, loaded, options, client, opened::complete));
        return opened.get(30, TimeUnit.SECONDS);
    }

    /** Closes these windows the way the app does on quit: the session saves and stops, then the stage goes. */
    protected void closeAll(AppSession... sessions) {
        interact(() -> {
            for (AppSession s : sessions) {
                s.close();
                s.stage().hide();
            }
        });
    }

    /** English, signed out, no banner, the demo profile selected and its tenant running: where each test starts. */
    protected void resetToDemoSignedOut() throws Exception {
        interact(() -> {
            menuItem(app, "language.en").fire();
            app.context().signIn().signOut();
            app.context().banner().clear();
            app.context().profiles().select(app.context().profiles().profiles().get(0));
            app.stage().toFront();
            app.stage().requestFocus();
        });
        await(() -> app.context().profiles().demoStateProperty().get() == DemoState.READY);
    }

    /** Types the account and password as a person does and presses Enter. */
    protected void signIn(AppSession session, String account, String password) {
        retype(find(session, "accountField"), account);
        retype((PasswordField) find(session, "passwordField"), password);
        type(KeyCode.ENTER);
    }

    /** Clicks into {@code field}, empties it and types {@code text}, as a person replaces what is there. */
    protected void retype(TextField field, String text) {
        clickOn(field);
        interact(field::clear);
        write(text);
    }

    /** English, no banner, the demo tenant running, the look-up tab shown: where the look-up tests start. */
    protected void lookupTabOnTheDemo() throws Exception {
        interact(() -> {
            menuItem(app, "language.en").fire();
            app.context().banner().clear();
            app.stage().toFront();
        });
        await(() -> app.context().profiles().demoStateProperty().get() == DemoState.READY);
        selectTab(app, "lookupTab");
    }

    /** Clicks the header of the tab {@code tabId} (signInTab, lookupTab, logTab) and waits until it is shown. */
    protected void selectTab(AppSession session, String tabId) throws Exception {
        TabPane tabs = find(session, "modeTabs");
        String text = tabs.getTabs().stream().filter(t -> t.getId().equals(tabId)).findFirst().orElseThrow().getText();
        clickOn(lookup(".tab-header-area .tab-label").match((Label l) -> text.equals(l.getText())).<Node>query());
        await(() -> tabId.equals(tabs.getSelectionModel().getSelectedItem().getId()));
    }

    /** Chooses the menu item and types the name into the dialog it opens, as a person does. */
    protected void nameInDialog(AppSession session, String menuItemId, String name) throws Exception {
        Platform.runLater(() -> menuItem(session, menuItemId).fire());
        await(() -> lookup(".dialog-pane .text-field").tryQuery().isPresent());
        TextField field = lookup(".dialog-pane .text-field").query();
        clickOn(field);
        interact(field::selectAll);
        write(name);
        clickOn(lookup(".dialog-pane .button").match((Button b) -> b.isDefaultButton()).queryButton());
        await(() -> name.equals(session.context().profiles().selectedProperty().get().name()));
    }

    /** Waits until the sign-in or fetch in {@code session} has ended, one way or the other. */
    protected static void awaitSettled(AppSession session) throws Exception {
        await(() -> {
            var state = session.context().signIn().stateProperty().get();
            return state == SignInViewModel.State.SHOWN || state == SignInViewModel.State.ERROR;
        });
    }

    protected static void await(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A node of the given window by its id. */
    protected static <T extends Node> T find(AppSession session, String id) {
        @SuppressWarnings("unchecked")
        T node = (T) session.stage().getScene().lookup("#" + id);
        return node;
    }

    /** Whether a person can see {@code node}: it and every parent are visible. */
    protected static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    /** A menu item by its id (its message key), to fire it as a click would. */
    protected static MenuItem menuItem(AppSession session, String id) {
        MenuBar bar = find(session, "menuBar");
        for (Menu m : bar.getMenus()) {
            MenuItem found = search(m, id);
            if (found != null) {
                return found;
            }
        }
        throw new AssertionError("no menu item " + id);
    }

    private static MenuItem search(Menu menu, String id) {
        for (MenuItem i : menu.getItems()) {
            if (id.equals(i.getId())) {
                return i;
            }
            if (i instanceof Menu sub && search(sub, id) != null) {
                return search(sub, id);
            }
        }
        return null;
    }
}
