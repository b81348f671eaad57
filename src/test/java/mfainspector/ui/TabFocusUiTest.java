package mfainspector.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.control.PasswordField;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import mfainspector.ui.lookup.LookupTarget;
import org.junit.jupiter.api.Test;

/**
 * A tab chosen with the mouse puts the focus in its first field, so that what the person types
 * next goes there (the tab pane, which the press reaches last, used to take the focus back).
 */
class TabFocusUiTest extends AppUiTestBase {

    @Test
    void aClickedTabTakesTheTypingInItsFirstField() throws Exception {
        await(() -> LookupTarget.ready(app.context().profiles()).get());
        selectTab(app, "lookupTab");
        TextField query = find(app, "lookupQuery");
        await(() -> app.stage().getScene().getFocusOwner() == query);
        type(KeyCode.A, KeyCode.L, KeyCode.I, KeyCode.C, KeyCode.E);
        await(() -> "alice".equals(query.getText()));

        selectTab(app, "coverageTab");
        Spinner<?> rate = find(app, "coverageRate");
        await(() -> inside(app.stage().getScene().getFocusOwner(), rate));
        interact(() -> rate.getEditor().selectAll());
        type(KeyCode.DIGIT2, KeyCode.DIGIT5, KeyCode.ENTER);
        await(() -> app.context().coverage().rateProperty().get() == 25);

        selectTab(app, "lookupTab");
        await(() -> app.stage().getScene().getFocusOwner() == query);
        assertThat(query.getText()).isEqualTo("alice");

        // Back to signing in: the sign-in form's first empty field, here the password.
        interact(() -> {
            app.context().signIn().useTokenProperty().set(false);
            app.context().signIn().accountProperty().set("carol");
            app.context().signIn().passwordProperty().set("");
        });
        selectTab(app, "signInTab");
        PasswordField password = find(app, "passwordField");
        await(() -> app.stage().getScene().getFocusOwner() == password);
        type(KeyCode.X, KeyCode.Y);
        await(() -> "xy".equals(app.context().signIn().passwordProperty().get()));
        interact(() -> app.context().signIn().passwordProperty().set(""));
    }

    private static boolean inside(Node n, Node parent) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p == parent) {
                return true;
            }
        }
        return false;
    }
}
