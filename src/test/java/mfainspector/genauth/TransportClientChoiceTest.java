package mfainspector.genauth;

import static mfainspector.genauth.ApiFixtures.ok;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.junit.jupiter.api.Test;

/**
 * Plain http to loopback (the demo tenant) goes through the light client, so the first call
 * there never waits for the certificate stores and proxy setup that the full client loads.
 */
class TransportClientChoiceTest {

    @StartStop
    final MockWebServer server = new MockWebServer();

    private final AtomicInteger fullBuilt = new AtomicInteger();
    private final AtomicInteger loopbackBuilt = new AtomicInteger();

    private Supplier<OkHttpClient> counting(AtomicInteger counter) {
        return () -> {
            counter.incrementAndGet();
            return new OkHttpClient();
        };
    }

    @Test
    void plainLoopbackCallsNeverBuildTheFullClientAndBuildTheLightOneOnce() throws Exception {
        Transport transport = new Transport(counting(fullBuilt), counting(loopbackBuilt));
        server.enqueue(ok("{}"));
        server.enqueue(ok("{}"));
        Request get = new Request.Builder().url(server.url("/api/v3/list-enrolled-factors")).build();

        assertThat(transport.execute(get, CancelSignal.none()).httpStatus()).isEqualTo(200);
        assertThat(transport.execute(get, CancelSignal.none()).httpStatus()).isEqualTo(200);

        assertThat(fullBuilt).hasValue(0);
        assertThat(loopbackBuilt).hasValue(1);
    }

    @Test
    void otherHostsUseTheFullClient() throws Exception {
        Transport transport = new Transport(counting(fullBuilt), counting(loopbackBuilt));
        Request remote = new Request.Builder().url("https://127.0.0.1:1/").build();
        try {
            transport.execute(remote, CancelSignal.none());
        } catch (GenAuthException expected) {
            // nothing listens there; only which client was built matters
        }
        assertThat(fullBuilt).hasValue(1);
        assertThat(loopbackBuilt).hasValue(0);
    }

    @Test
    void prepareBuildsTheClientTheHostNeedsOnceAndSendsNothing() throws Exception {
        Transport transport = new Transport(counting(fullBuilt), counting(loopbackBuilt));
        transport.prepare(HostAddress.parse("http://127.0.0.1:" + server.getPort()));
        assertThat(loopbackBuilt).hasValue(1);
        assertThat(fullBuilt).hasValue(0);
        transport.prepare(HostAddress.parse("https://example.genauth.ai"));
        assertThat(fullBuilt).hasValue(1);

        server.enqueue(ok("{}"));
        Request get = new Request.Builder().url(server.url("/api/v3/list-enrolled-factors")).build();
        assertThat(transport.execute(get, CancelSignal.none()).httpStatus()).isEqualTo(200);
        assertThat(loopbackBuilt).as("the prepared client is the one used").hasValue(1);
        assertThat(server.getRequestCount()).as("prepare sent nothing").isEqualTo(1);
    }

    @Test
    void theClientsPrepareSendsNothing() {
        GenAuthClient.create().prepare(HostAddress.parse("http://127.0.0.1:" + server.getPort()));
        assertThat(server.getRequestCount()).isZero();
    }
}
