package mfainspector.ui.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import mfainspector.genauth.GenAuthClient;
import mfainspector.demo.DemoOptions;
import mfainspector.testing.RoutedAnswers;
import mfainspector.ui.AppSession;
import mfainspector.ui.AppUiTestBase;
import mfainspector.ui.connection.ProfileViewModel;
import mfainspector.ui.signin.SignInViewModel;
import mfainspector.ui.signin.SignInViewModel.State;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * A main window whose profile points at a loopback test server, with a client that gives up
 * reading after one second, so faults show in the window within a test's patience.
 */
abstract class FaultWindowBase extends AppUiTestBase {

    static final String APP_ID = "app-6f1c";
    static final String APP_SECRET = "app-secret-8d3e1f";
    static final String PASSWORD = "pa55-word-2b7c41";

    static AppSession window;

    /** The host the window is pointed at; a new one for each test. */
    @StartStop
    final MockWebServer server = new MockWebServer();
    /** Answers per path: the two factor lists are fetched at the same time. */
    final RoutedAnswers answers = new RoutedAnswers();

    @BeforeEach
    void routeAnswers() {
        server.setDispatcher(answers);
    }

    String host() {
        return "http://127.0.0.1:" + server.getPort();
    }

    @BeforeAll
    static void openFaultWindow() throws Exception {
        window = open(settingsDir.resolve("faults"), DemoOptions.defaults(), AppSession.lazyClient(
                () -> GenAuthClient.builder().readTimeout(Duration.ofSeconds(1)).baseDelay(Duration.ofMillis(20)).build()));
    }

    @AfterAll
    static void closeFaultWindow() {
        if (window != null) {
            javafx.application.Platform.runLater(() -> {
                window.close();
                window.stage().hide();
            });
        }
    }

    static SignInViewModel vm() {
        return window.context().signIn();
    }

    /** Selects (creating once) a profile whose host is {@code host}, signed out, with no message showing. */
    void pointAt(String host) throws Exception {
        interact(() -> {
            ProfileViewModel p = window.context().profiles();
            vm().signOut();
            window.context().banner().clear();
            if (p.demoSelectedProperty().get()) {
                p.create("Faults");
            }
            p.hostProperty().set(host);
            p.appIdProperty().set(APP_ID);
            p.appSecretProperty().set(APP_SECRET);
        });
        await(() -> window.context().profiles().readyProperty().get());
    }

    /** Fills the fields and presses Sign in, as a person does. */
    void signIn(String account, String password) {
        interact(() -> {
            vm().useTokenProperty().set(false);
            vm().accountProperty().set(account);
            vm().passwordProperty().set(password);
            ((Button) find(window, "signInButton")).fire();
        });
    }

    State settled() throws Exception {
        await(() -> vm().stateProperty().get() != State.RUNNING);
        return vm().stateProperty().get();
    }

    String bannerText() {
        return ((Label) find(window, "bannerMessage")).getText();
    }

    boolean visible(String id) {
        return find(window, id).isVisible();
    }

    /** The window took the fault in its stride: another sign-in against a healthy answer works. */
    void assertStillUsable(Runnable healthyAnswers) throws Exception {
        healthyAnswers.run();
        signIn("alice", PASSWORD);
        assertThat(settled()).as("error: %s", vm().errorProperty().get()).isEqualTo(State.SHOWN);
        assertThat(window.window().factors().rows()).hasSize(1);
        assertThat(visible("errorBanner")).isFalse();
        assertThat(vm().passwordProperty().get()).as("password cleared after a success too").isEmpty();
    }
}
