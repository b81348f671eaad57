package mfainspector.ui.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import mfainspector.demo.DemoOptions;
import org.junit.jupiter.api.Test;

/** The demo tenant started early (while the window is built) is the one the profile then uses, and never outlives the window. */
class EmbeddedDemoTest {

    @Test
    void aTenantStartedSoonIsTheOneStartReturnsAndCloseStopsIt() throws Exception {
        EmbeddedDemo demo = new EmbeddedDemo(DemoOptions.defaults());
        demo.startSoon();
        DemoLauncher.DemoConnection first = demo.start();
        assertThat(demo.start().host()).as("one tenant, started once").isEqualTo(first.host());
        assertThat(listens(first.host())).isTrue();
        demo.close();
        assertThat(listens(first.host())).isFalse();
    }

    @Test
    void aWindowClosedBeforeTheEarlyStartRanLeavesNoTenantRunning() throws Exception {
        EmbeddedDemo demo = new EmbeddedDemo(DemoOptions.defaults());
        demo.close();
        demo.startSoon();
        Thread.sleep(300); // the early start's thread has had its chance to run
        assertThatThrownBy(demo::start).isInstanceOf(IllegalStateException.class).hasMessageContaining("stopped");
    }

    private static boolean listens(String baseUrl) {
        URI uri = URI.create(baseUrl);
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
