package mfainspector.genauth;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Proxy choice from given environments, with the JDK's selector as the fallback where it matters. */
class ProxyRoutesTest {

    private static final URI REMOTE = URI.create("https://tenant.example.com/api/v3/signin");
    private static final Proxy SYSTEM_PROXY = new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved("sys.corp", 8080));
    private static final ProxySelector SYSTEM = ProxySelector.of(InetSocketAddress.createUnresolved("sys.corp", 8080));

    private static Proxy http(String host, int port) {
        return new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved(host, port));
    }

    @Test
    void httpsProxyOfTheEnvironmentIsUsedForRemoteHostsAndTheLowerCaseNameWins() {
        assertThat(ProxyRoutes.from(Map.of("HTTPS_PROXY", "http://proxy.corp:3128"), SYSTEM).select(REMOTE))
                .containsExactly(http("proxy.corp", 3128));
        assertThat(ProxyRoutes.from(Map.of("https_proxy", "http://lower.corp:1", "HTTPS_PROXY", "http://upper.corp:2"), SYSTEM)
                .select(REMOTE)).containsExactly(http("lower.corp", 1));
    }

    @ParameterizedTest(name = "{0} goes direct")
    @ValueSource(strings = {"http://127.0.0.1:8080/", "http://localhost:8080/", "http://[::1]:8080/", "http://127.10.0.3/"})
    void loopbackHostsAreNeverProxied(String url) {
        assertThat(ProxyRoutes.from(Map.of("HTTPS_PROXY", "http://proxy.corp:3128"), SYSTEM).select(URI.create(url)))
                .containsExactly(Proxy.NO_PROXY);
        assertThat(ProxyRoutes.from(Map.of(), SYSTEM).select(URI.create(url))).containsExactly(Proxy.NO_PROXY);
    }

    @Test
    void noProxyHostsAndSuffixesGoDirectWhicheverProxyApplies() {
        Map<String, String> env = Map.of("HTTPS_PROXY", "proxy.corp:3128", "NO_PROXY", " internal.corp, .example.com ,*.test:443");
        ProxyRoutes routes = ProxyRoutes.from(env, SYSTEM);

        assertThat(routes.select(URI.create("https://internal.corp/"))).containsExactly(Proxy.NO_PROXY);
        assertThat(routes.select(URI.create("https://API.Internal.corp/"))).containsExactly(Proxy.NO_PROXY);
        assertThat(routes.select(REMOTE)).containsExactly(Proxy.NO_PROXY);
        assertThat(routes.select(URI.create("https://a.test/"))).containsExactly(Proxy.NO_PROXY);
        assertThat(routes.select(URI.create("https://notinternal.corp/"))).containsExactly(http("proxy.corp", 3128));
        assertThat(ProxyRoutes.from(Map.of("no_proxy", "example.com"), SYSTEM).select(REMOTE)).containsExactly(Proxy.NO_PROXY);
    }

    @Test
    void starInNoProxySendsEverythingDirect() {
        ProxyRoutes routes = ProxyRoutes.from(Map.of("HTTPS_PROXY", "http://proxy.corp:3128", "no_proxy", "*"), SYSTEM);

        assertThat(routes.select(REMOTE)).containsExactly(Proxy.NO_PROXY);
    }

    @Test
    void withoutAProxyInTheEnvironmentTheFallbackDecides() {
        assertThat(ProxyRoutes.from(Map.of("HTTPS_PROXY", "  "), SYSTEM).select(REMOTE)).containsExactly(SYSTEM_PROXY);
        assertThat(ProxyRoutes.from(Map.of(), null).select(REMOTE)).containsExactly(Proxy.NO_PROXY);
    }

    @Test
    void javaProxyPropertiesReachTheCallThroughTheJdkSelector() {
        System.setProperty("https.proxyHost", "props.corp");
        System.setProperty("https.proxyPort", "3129");
        try {
            List<Proxy> chosen = ProxyRoutes.from(Map.of(), ProxySelector.getDefault()).select(REMOTE);

            assertThat(chosen).hasSize(1);
            assertThat(chosen.get(0).type()).isEqualTo(Proxy.Type.HTTP);
            InetSocketAddress address = (InetSocketAddress) chosen.get(0).address();
            assertThat(address.getHostString()).isEqualTo("props.corp");
            assertThat(address.getPort()).isEqualTo(3129);
        } finally {
            System.clearProperty("https.proxyHost");
            System.clearProperty("https.proxyPort");
        }
    }

    @Test
    void proxyUrlWithoutSchemeOrPortIsHttpOnPort1080AndSocksIsSocks() {
        assertThat(ProxyRoutes.from(Map.of("HTTPS_PROXY", "proxy.corp"), null).select(REMOTE))
                .containsExactly(http("proxy.corp", 1080));
        assertThat(ProxyRoutes.from(Map.of("HTTPS_PROXY", "socks5://socks.corp:1081"), null).select(REMOTE))
                .containsExactly(new Proxy(Proxy.Type.SOCKS, InetSocketAddress.createUnresolved("socks.corp", 1081)));
    }

    @Test
    void unusableProxyValueLeavesTheChoiceToTheFallback() {
        assertThat(ProxyRoutes.from(Map.of("HTTPS_PROXY", "ftp://proxy.corp:21"), SYSTEM).select(REMOTE))
                .containsExactly(SYSTEM_PROXY);
        assertThat(ProxyRoutes.from(Map.of("HTTPS_PROXY", "http://bad host:1"), SYSTEM).select(REMOTE))
                .containsExactly(SYSTEM_PROXY);
    }

    @Test
    void loginInTheProxyUrlIsDecodedAndNeverPrinted() {
        ProxyRoutes routes = ProxyRoutes.from(Map.of("HTTPS_PROXY", "http://j%40doe:p%3Ass+w0rd@proxy.corp:3128"), null);

        ProxyRoutes.EnvProxy proxy = routes.envProxy().orElseThrow();
        assertThat(proxy.user()).contains("j@doe");
        assertThat(proxy.password().reveal()).isEqualTo("p:ss+w0rd");
        assertThat(proxy.toString()).contains("proxy.corp").doesNotContain("doe", "w0rd");
        assertThat(routes.select(REMOTE)).containsExactly(http("proxy.corp", 3128));
    }
}
