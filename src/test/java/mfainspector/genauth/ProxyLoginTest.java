package mfainspector.genauth;

import static mfainspector.genauth.ApiFixtures.TOKEN;
import static mfainspector.genauth.ApiFixtures.failure;
import static mfainspector.genauth.ApiFixtures.ok;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.Credentials;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.junit.jupiter.api.Test;

/**
 * A proxy from {@code HTTPS_PROXY}, played by a loopback server: calls to a remote host name go
 * through it (the name is never resolved here, so nothing leaves this computer), and its login
 * is answered with Basic once, never shown in a failure.
 */
class ProxyLoginTest {

    private static final String PROXY_PASSWORD = "proxy-pa55-91c";

    @StartStop
    final MockWebServer proxy = new MockWebServer();

    /** Resolves loopback names only: a call that tried to reach the remote host directly fails here. */
    private static List<InetAddress> loopbackOnly(String host) throws UnknownHostException {
        if (!HostAddress.isLoopback(host)) {
            throw new UnknownHostException("test refuses to resolve " + host);
        }
        return List.of(InetAddress.getLoopbackAddress());
    }

    private Transport transport(String proxyUrl) {
        NetworkSetup setup = new NetworkSetup(
                TrustStores.load(new TrustStores.Sources("Linux", List.of(Path.of("/nonexistent")), Optional.empty())),
                ProxyRoutes.from(Map.of("HTTPS_PROXY", proxyUrl), null));
        OkHttpClient http = setup.applyTo(new OkHttpClient.Builder()).dns(ProxyLoginTest::loopbackOnly)
                .readTimeout(Duration.ofSeconds(3)).build();
        return new Transport(http);
    }

    private static Request remoteGet() {
        return new Request.Builder().url("http://tenant.example.com/api/v3/list-enrolled-factors")
                .header("authorization", "Bearer " + TOKEN.reveal()).build();
    }

    @Test
    void callToARemoteHostGoesThroughTheProxyWhichGetsItsLoginAfterAsking() throws Exception {
        proxy.enqueue(new MockResponse.Builder().code(407).setHeader("Proxy-Authenticate", "Basic realm=\"corp\"").build());
        proxy.enqueue(ok("[]"));

        HttpReply reply = transport("http://jdoe:" + PROXY_PASSWORD + "@127.0.0.1:" + proxy.getPort())
                .execute(remoteGet(), CancelSignal.none());

        assertThat(reply.httpStatus()).isEqualTo(200);
        RecordedRequest asked = proxy.takeRequest();
        assertThat(asked.getRequestLine()).contains("http://tenant.example.com/api/v3/list-enrolled-factors");
        assertThat(asked.getHeaders().get("Proxy-Authorization")).isNull();
        assertThat(proxy.takeRequest().getHeaders().get("Proxy-Authorization"))
                .isEqualTo(Credentials.basic("jdoe", PROXY_PASSWORD, StandardCharsets.UTF_8));
    }

    @Test
    void proxyThatRefusesTheLoginIsNotAskedAgainAndThePasswordStaysOutOfTheFailure() {
        MockResponse refused = new MockResponse.Builder().code(407).setHeader("Proxy-Authenticate", "Basic realm=\"corp\"").build();
        proxy.enqueue(refused);
        proxy.enqueue(refused);
        proxy.enqueue(refused);

        GenAuthException e = failure(() -> transport("http://jdoe:" + PROXY_PASSWORD + "@127.0.0.1:" + proxy.getPort())
                .execute(remoteGet(), CancelSignal.none()));

        assertThat(e.category()).isEqualTo(ErrorCategory.NETWORK_UNREACHABLE);
        assertThat(e.getMessage()).contains("refused the login", "check the user name and password in HTTPS_PROXY");
        assertThat(proxy.getRequestCount()).isEqualTo(2);
        for (Throwable t = e; t != null; t = t.getCause()) {
            assertThat(String.valueOf(t.getMessage())).doesNotContain(PROXY_PASSWORD, "jdoe");
        }
    }

    @Test
    void proxyThatAsksForALoginNotGivenSaysHowToGiveOne() {
        proxy.enqueue(new MockResponse.Builder().code(407).setHeader("Proxy-Authenticate", "Basic realm=\"corp\"").build());

        GenAuthException e = failure(() -> transport("http://127.0.0.1:" + proxy.getPort()).execute(remoteGet(),
                CancelSignal.none()));

        assertThat(e.getMessage()).contains("asks for a login", "HTTPS_PROXY=http://user:password@host:port");
        assertThat(proxy.getRequestCount()).isEqualTo(1);
    }

    @Test
    void proxyWithoutLoginInItsUrlIsNotSentOne() throws Exception {
        proxy.enqueue(ok("[]"));

        transport("127.0.0.1:" + proxy.getPort()).execute(remoteGet(), CancelSignal.none());

        assertThat(proxy.takeRequest().getHeaders().get("Proxy-Authorization")).isNull();
    }
}
