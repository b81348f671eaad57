package mfainspector.ui.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.scene.control.Button;
import mfainspector.demo.DemoOptions;
import mfainspector.demo.DemoTenant;
import mfainspector.ui.AppSession;
import mfainspector.ui.AppUiTestBase;
import mfainspector.ui.connection.ProfileViewModel.DemoState;
import mfainspector.ui.signin.SignInViewModel.State;
import org.junit.jupiter.api.Test;

/**
 * Closing the window in the middle of a fetch: the session closes at once, the call is aborted and
 * nothing but daemon threads (and those that were there before) is left to keep the app alive.
 */
class WindowClosedDuringFetchUiTest extends AppUiTestBase {

    @Test
    void closingDuringASlowFetchReturnsAtOnceAndLeavesNoThreadThatKeepsTheAppAlive() throws Exception {
        Set<Thread> before = Thread.getAllStackTraces().keySet();
        AppSession s = open(settingsDir.resolve("closing"), DemoOptions.defaults().withResponseDelay(Duration.ofSeconds(8)));
        await(() -> s.context().profiles().demoStateProperty().get() == DemoState.READY);
        int demoPort = Integer.parseInt(s.context().profiles().hostProperty().get().replaceAll(".*:", ""));
        interact(() -> {
            s.context().signIn().accountProperty().set("carol");
            s.context().signIn().passwordProperty().set(DemoTenant.DEMO_PASSWORD);
            ((Button) find(s, "signInButton")).fire();
        });
        await(() -> s.context().signIn().stateProperty().get() == State.RUNNING);
        Thread.sleep(300);
        assertThat(callsInFlight()).as("the sign-in is waiting for the slow tenant").isNotEmpty();

        long start = System.nanoTime();
        // The app's close path: the window is hidden, then InspectorApp.stop() closes the session.
        interact(() -> {
            s.stage().hide();
            s.close();
        });
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).as("close returns at once").isLessThan(2000);

        await(() -> callsInFlight().isEmpty());
        assertThat(s.context().signIn().stateProperty().get()).as("the task was cancelled").isEqualTo(State.IDLE);
        List<String> keepingAlive = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && !t.isDaemon() && !before.contains(t) && !isToolkitThread(t))
                .map(Thread::getName).collect(Collectors.toList());
        assertThat(keepingAlive).as("non-daemon threads started by the session").isEmpty();
        assertThat(refused(demoPort)).as("the embedded demo tenant was closed").isTrue();
    }

    /** Threads of ours that are inside an HTTP call. */
    private static List<Thread> callsInFlight() {
        return Thread.getAllStackTraces().entrySet().stream()
                .filter(e -> e.getKey().getName().startsWith("mfa-inspector-work"))
                .filter(e -> Arrays.stream(e.getValue()).anyMatch(f -> f.getClassName().startsWith("mfainspector.genauth")))
                .map(java.util.Map.Entry::getKey).collect(Collectors.toList());
    }

    private static boolean isToolkitThread(Thread t) {
        String n = t.getName();
        return n.equals("JavaFX Application Thread") || n.startsWith("QuantumRenderer") || n.startsWith("Prism")
                || n.equals("InvokeLaterDispatcher") || n.startsWith("Monocle");
    }

    private static boolean refused(int port) {
        try (Socket ignored = new Socket(InetAddress.getLoopbackAddress(), port)) {
            return false;
        } catch (ConnectException e) {
            return true;
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
