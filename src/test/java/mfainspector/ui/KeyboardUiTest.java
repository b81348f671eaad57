package mfainspector.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Control;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import mfainspector.demo.DemoOptions;
import mfainspector.demo.DemoTenant;
import mfainspector.ui.ThemeSwitcher.Choice;
import mfainspector.ui.connection.ProfileViewModel.DemoState;
import mfainspector.ui.signin.SignInViewModel.State;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The window used from the keyboard alone: where focus starts, where it stays, what a menu lets through, focus rings. */
class KeyboardUiTest extends AppUiTestBase {

    @BeforeEach
    void backToTheDemoProfileSignedOut() throws Exception {
        resetToDemoSignedOut();
    }

    @Test
    void aNewWindowPutsTheFocusInTheFirstEmptyFieldOfTheSignInForm() throws Exception {
        AppSession fresh = open(settingsDir.resolve("first-focus"), DemoOptions.defaults());
        try {
            await(() -> fresh.stage().getScene().getFocusOwner() != null);
            assertThat(fresh.stage().getScene().getFocusOwner().getId()).isEqualTo("accountField");
        } finally {
            closeAll(fresh);
        }
    }

    @Test
    void afterSignOutTheFocusIsInTheSignInFormNotTheProfileBox() throws Exception {
        signIn(app, "carol", DemoTenant.DEMO_PASSWORD);
        awaitSettled(app);
        assertThat(app.context().signIn().stateProperty().get()).isEqualTo(State.SHOWN);
        clickOn((Node) find(app, "signout-button"));
        await(() -> app.context().signIn().resultProperty().get() == null);
        assertThat(app.stage().getScene().getFocusOwner().getId()).isEqualTo("accountField");
    }

    @Test
    void aSlowRefreshGivesTheFocusBackToRefreshWhenItEnds() throws Exception {
        AppSession slow = open(settingsDir.resolve("slow-refresh"), DemoOptions.defaults().withResponseDelay(Duration.ofMillis(700)));
        try {
            await(() -> slow.context().profiles().demoStateProperty().get() == DemoState.READY);
            signIn(slow, "carol", DemoTenant.DEMO_PASSWORD);
            awaitSettled(slow);
            Node refresh = find(slow, "refresh-button");
            interact(refresh::requestFocus);
            type(KeyCode.SPACE);
            await(() -> slow.context().signIn().runningProperty().get());
            await(() -> !slow.context().signIn().runningProperty().get());
            await(() -> !refresh.isDisabled());
            assertThat(slow.stage().getScene().getFocusOwner()).isSameAs(refresh);
        } finally {
            closeAll(slow);
        }
    }

    @Test
    void aLetterPressedWhileAMenuIsOpenIsNotTypedIntoTheFieldBehindIt() throws Exception {
        for (String language : List.of("language.zh", "language.en")) {
            interact(() -> menuItem(app, language).fire());
            PasswordField password = find(app, "passwordField");
            interact(() -> {
                password.clear();
                password.requestFocus();
            });
            Menu view = menu("menu.view");
            interact(view::show);
            await(view::isShowing);
            type(KeyCode.R, KeyCode.X, KeyCode.Q);
            interact(view::hide);
            assertThat(password.getText()).as(language).isEmpty();
        }
    }

    @Test
    void downFromAMenuTitleNeverLandsOnADisabledItem() throws Exception {
        for (String id : List.of("menu.file", "menu.view")) {
            Menu m = menu(id);
            interact(m::show);
            await(m::isShowing);
            for (int i = 0; i < m.getItems().size(); i++) {
                type(KeyCode.DOWN);
                MenuItem focused = focusedItem();
                assertThat(focused).as(id).isNotNull();
                assertThat(focused.isDisable()).as("%s: %s", id, focused.getId()).isFalse();
            }
            interact(m::hide);
        }
    }

    @Test
    void everyFocusableControlShowsAFocusRingInBothThemes() throws Exception {
        signIn(app, "carol", DemoTenant.DEMO_PASSWORD);
        awaitSettled(app);
        for (Choice theme : List.of(Choice.LIGHT, Choice.DARK)) {
            interact(() -> app.context().theme().choiceProperty().set(theme));
            for (String id : List.of("useToken", "copy-summary-button", "reveal-toggle", "refresh-button", "accountField",
                    "profilePicker", "modeTabs")) {
                Control c = find(app, id);
                assertThat(ringShows(c)).as("%s in %s", id, theme).isTrue();
            }
            ToggleButton reveal = find(app, "reveal-toggle");
            interact(() -> reveal.setSelected(true));
            assertThat(ringShows(reveal)).as("selected reveal in %s", theme).isTrue();
            interact(() -> reveal.setSelected(false));
            CheckBox token = find(app, "useToken");
            interact(() -> token.setSelected(true));
            assertThat(ringShows(token)).as("checked token box in %s", theme).isTrue();
            interact(() -> token.setSelected(false));
        }
        interact(() -> app.context().theme().choiceProperty().set(Choice.LIGHT));
    }

    /** The pixels around {@code c} differ with the focus on it and elsewhere. */
    private boolean ringShows(Control c) throws Exception {
        Node elsewhere = find(app, "passwordField");
        interact(elsewhere::requestFocus);
        Image without = around(c);
        interact(c::requestFocus);
        assertThat(c.isFocused()).as("%s takes the focus", c.getId()).isTrue();
        Image with = around(c);
        interact(elsewhere::requestFocus);
        return differ(without, with);
    }

    private Image around(Control c) {
        List<Image> out = new ArrayList<>();
        interact(() -> {
            Scene scene = c.getScene();
            Bounds b = c.localToScene(c.getLayoutBounds());
            WritableImage all = scene.snapshot(null);
            int x = (int) Math.max(0, b.getMinX() - 4);
            int y = (int) Math.max(0, b.getMinY() - 4);
            int w = (int) Math.min(all.getWidth() - x, b.getWidth() + 8);
            int h = (int) Math.min(all.getHeight() - y, b.getHeight() + 8);
            out.add(new WritableImage(all.getPixelReader(), x, y, w, h));
        });
        return out.get(0);
    }

    private static boolean differ(Image a, Image b) {
        PixelReader ra = a.getPixelReader();
        PixelReader rb = b.getPixelReader();
        int changed = 0;
        for (int y = 0; y < (int) a.getHeight(); y++) {
            for (int x = 0; x < (int) a.getWidth(); x++) {
                if (ra.getArgb(x, y) != rb.getArgb(x, y)) {
                    changed++;
                }
            }
        }
        return changed >= 20; // a ring, not a caret
    }

    private Menu menu(String id) {
        MenuBar bar = find(app, "menuBar");
        return bar.getMenus().stream().filter(m -> id.equals(m.getId())).findFirst().orElseThrow();
    }

    /** The menu item whose row has the focus in the open menu's popup. */
    private static MenuItem focusedItem() {
        for (Window w : Window.getWindows()) {
            if (w.isShowing() && w instanceof javafx.stage.PopupWindow && w.getScene() != null) {
                Node owner = w.getScene().getFocusOwner();
                for (Node n = owner; n != null; n = n.getParent()) {
                    // The popup's row class is internal to JavaFX; its getItem() names the item.
                    if (n.getClass().getSimpleName().equals("MenuItemContainer")) {
                        try {
                            return (MenuItem) n.getClass().getMethod("getItem").invoke(n);
                        } catch (ReflectiveOperationException e) {
                            throw new AssertionError("the menu's row no longer names its item", e);
                        }
                    }
                }
            }
        }
        return null;
    }
}
