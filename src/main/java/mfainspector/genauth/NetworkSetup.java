package mfainspector.genauth;

import java.io.IOException;
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
    private static final String PROXY_VARIABLE = "HTTPS_PROXY";
    /** The challenge OkHttp makes up to ask for a login before it opens a tunnel. */
    private static final String PREEMPTIVE = "OkHttp-Preemptive";

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

    /** A proxy asked for a login that this app does not have or that it refused; names the proxy, never the login. */
    static final class ProxyLoginRefused extends IOException {
        ProxyLoginRefused(String detail) {
            super(detail);
        }
    }

    /**
     * Answers OkHttp's pre-emptive ask before a CONNECT and a proxy's 407 with the login of the
     * proxy URL, once: a proxy that refuses it (or asks when there is none) ends the call.
     */
    private Request proxyLogin(Route route, Response response) throws IOException {
        ProxyRoutes.EnvProxy env = proxies.envProxy().orElse(null);
        boolean ours = env != null && route != null && route.proxy().equals(env.proxy());
        boolean haveLogin = ours && env.user().isPresent();
        boolean preemptive = PREEMPTIVE.equals(response.header("Proxy-Authenticate"));
        if (preemptive && !haveLogin) {
            return null;
        }
        if (!haveLogin || response.request().header("Proxy-Authorization") != null) {
            String proxy = route == null ? "the proxy" : "the proxy " + route.proxy().address();
            throw new ProxyLoginRefused(haveLogin
                    ? proxy + " refused the login: check the user name and password in " + PROXY_VARIABLE
                    : proxy + " asks for a login: set " + PROXY_VARIABLE + "=http://user:password@host:port");
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
