package mfainspector.ui.signin;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.CheckBox;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import mfainspector.ui.AppUiTestBase;
import mfainspector.ui.signin.SignInViewModel.State;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The pasted-token field used from the keyboard: Enter signs in, as in the other fields, and adds nothing to the token. */
class TokenFieldUiTest extends AppUiTestBase {

    @BeforeEach
    void demoSignedOut() throws Exception {
        resetToDemoSignedOut();
    }

    @AfterEach
    void backToThePasswordForm() {
        interact(() -> {
            app.context().signIn().useTokenProperty().set(false);
            app.context().signIn().pastedTokenProperty().set("");
            app.context().signIn().signOut();
        });
    }

    @Test
    void enterInTheTokenFieldSignsInAndPutsNoLineBreakInTheToken() throws Exception {
        CheckBox useToken = find(app, "useToken");
        clickOn(useToken);
        TextArea token = find(app, "tokenField");
        await(() -> shown(token));
        assertThat(shown(find(app, "accountField"))).as("the account row gives way").isFalse();
        clickOn(token);
        write("not-a-real-token");
        assertThat(app.context().signIn().pastedTokenProperty().get()).isEqualTo("not-a-real-token");
        type(KeyCode.ENTER);
        awaitSettled(app);
        assertThat(app.context().signIn().stateProperty().get()).as("Enter signed in with the token").isEqualTo(State.ERROR);
        assertThat(token.getText()).as("Enter put no line break into the token").isEqualTo("not-a-real-token");
        assertThat(app.context().signIn().pastedTokenProperty().get()).isEqualTo("not-a-real-token");
    }
}
