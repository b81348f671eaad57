package mfainspector.genauth;

import java.net.ProxySelector;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import okhttp3.Credentials;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.Route;

/**
 * How the app's HTTP clients reach a host: which CAs they trust ({@link TrustStores}) and which
 * proxy they go through ({@link ProxyRoutes}), with the proxy's login answered with Basic.
 * Host name verification stays OkHttp's own.
 */
final class NetworkSetup {

    private static final String USE_SYSTEM_PROXIES = "java.net.useSystemProxies";

    private final CompositeTrustManager trust;
    private final SSLSocketFactory sockets;
    private final ProxyRoutes proxies;

    NetworkSetup(CompositeTrustManager trust, ProxyRoutes proxies) {
        this.trust = trust;
        this.proxies = proxies;
        try {
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(null, new TrustManager[] {trust}, null);
            this.sockets = tls.getSocketFactory();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the runtime offers no TLS", e);
        }
    }

    /**
     * This computer's setup, read once on first use (the stores take tens of milliseconds, so
     * the first client is best built off the UI thread).
     */
    static NetworkSetup system() {
        return ThisComputer.INSTANCE;
    }

    /** Adds trust, proxy selection and proxy login to {@code builder}. */
    OkHttpClient.Builder applyTo(OkHttpClient.Builder builder) {
        return builder.sslSocketFactory(sockets, trust).proxySelector(proxies).proxyAuthenticator(this::proxyLogin);
    }

    /**
     * Answers a proxy's 407 (and OkHttp's pre-emptive ask before a CONNECT) with the login of the
     * proxy URL, once: a proxy that refuses it ends the call rather than being asked again.
     */
    private Request proxyLogin(Route route, Response response) {
        ProxyRoutes.EnvProxy env = proxies.envProxy().orElse(null);
        if (env == null || env.user().isEmpty() || route == null || !route.proxy().equals(env.proxy())
                || response.request().header("Proxy-Authorization") != null) {
            return null;
        }
        String login = Credentials.basic(env.user().get(), env.password().reveal(), StandardCharsets.UTF_8);
        return response.request().newBuilder().header("Proxy-Authorization", login).build();
    }

    /**
     * The JDK reads the OS proxy settings only when {@value #USE_SYSTEM_PROXIES} is true before
     * its proxy selector is first loaded; nothing in the app touches it before the first client,
     * so it is switched on here unless the person set it either way.
     */
    private static final class ThisComputer {
        static final NetworkSetup INSTANCE = create();

        private static NetworkSetup create() {
            if (System.getProperty(USE_SYSTEM_PROXIES) == null) {
                System.setProperty(USE_SYSTEM_PROXIES, "true");
            }
            return new NetworkSetup(TrustStores.load(TrustStores.Sources.system(System.getenv())),
                    ProxyRoutes.from(System.getenv(), ProxySelector.getDefault()));
        }
    }
}
