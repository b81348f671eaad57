package mfainspector.ui.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import mfainspector.demo.DemoOptions;
import mfainspector.demo.DemoTenant;
import mfainspector.ui.AppSession;
import mfainspector.ui.AppUiTestBase;
import mfainspector.ui.connection.ProfileViewModel.DemoState;
import mfainspector.ui.signin.SignInViewModel;
import mfainspector.ui.signin.SignInViewModel.State;
import org.junit.jupiter.api.Test;

/** A token that expires between two calls: the window asks to sign in again and keeps what was typed. */
class WindowTokenExpiryUiTest extends AppUiTestBase {

    @Test
    void refreshAfterTheTokenExpiredAsksToSignInAgainKeepingTheFields() throws Exception {
        AppSession s = open(settingsDir.resolve("expiry"), DemoOptions.defaults().withTokenLifetime(Duration.ofSeconds(1)));
        try {
            SignInViewModel vm = s.context().signIn();
            await(() -> s.context().profiles().demoStateProperty().get() == DemoState.READY);
            interact(() -> {
                vm.accountProperty().set("alice");
                vm.passwordProperty().set(DemoTenant.DEMO_PASSWORD);
                ((Button) find(s, "signInButton")).fire();
            });
            await(() -> vm.stateProperty().get() == State.SHOWN);
            Thread.sleep(2200);
            interact(() -> s.stage().requestFocus());
            press(KeyCode.CONTROL, KeyCode.R).release(KeyCode.R, KeyCode.CONTROL);
            await(() -> vm.stateProperty().get() == State.ERROR);

            assertThat(((Label) find(s, "bannerMessage")).getText()).isEqualTo(s.context().i18n().get("error.NOT_SIGNED_IN"));
            assertThat(((Label) find(s, "bannerCodes")).getText()).contains("apiCode=2020");
            assertThat(((TextField) find(s, "accountField")).getText()).isEqualTo("alice");
            assertThat(s.stage().getScene().getFocusOwner()).as("focus on the password").isSameAs(find(s, "passwordField"));
            assertThat(vm.resultProperty().get()).as("the expired token is dropped").isNull();
            assertThat(s.window().factors().rows()).isEmpty();

            interact(() -> {
                vm.passwordProperty().set(DemoTenant.DEMO_PASSWORD);
                ((Button) find(s, "signInButton")).fire();
            });
            await(() -> vm.stateProperty().get() == State.SHOWN);
            assertThat(find(s, "errorBanner").isVisible()).isFalse();
        } finally {
            closeAll(s);
        }
    }
}
