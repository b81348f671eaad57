package mfainspector.genauth;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which proxy a call goes through. Loopback hosts never use one. Otherwise {@code https_proxy}
 * (or {@code HTTPS_PROXY}) wins when set, as {@code [http://][user:password@]host[:port]} or
 * {@code socks5://host[:port]} (port 1080 when none is given, as curl does); else the fallback
 * decides, normally the JDK's selector, which reads {@code https.proxyHost}/{@code https.proxyPort}
 * and, with {@code java.net.useSystemProxies=true}, the OS proxy settings. {@code no_proxy} (or
 * {@code NO_PROXY}), comma-separated host names or suffixes ({@code example.com} also matches
 * {@code api.example.com}) or {@code *} for all, sends matching hosts direct whichever proxy applies.
 */
final class ProxyRoutes extends ProxySelector {

    /** A proxy named in the environment, with its login when the URL has one (the password never printed). */
    static final class EnvProxy {
        private final Proxy proxy;
        private final String user;
        private final Secret password;

        private EnvProxy(Proxy proxy, String user, Secret password) {
            this.proxy = proxy;
            this.user = user;
            this.password = password;
        }

        Proxy proxy() {
            return proxy;
        }

        /** The user name, empty when the URL names none. */
        Optional<String> user() {
            return Optional.ofNullable(user);
        }

        Secret password() {
            return password;
        }

        @Override
        public String toString() {
            return proxy.toString();
        }
    }

    private final Optional<EnvProxy> envProxy;
    private final List<String> noProxy;
    private final ProxySelector fallback;

    private ProxyRoutes(Optional<EnvProxy> envProxy, List<String> noProxy, ProxySelector fallback) {
        this.envProxy = envProxy;
        this.noProxy = noProxy;
        this.fallback = fallback;
    }

    /** Routes from the given environment; {@code fallback} (may be null: direct) when it names no proxy. */
    static ProxyRoutes from(Map<String, String> env, ProxySelector fallback) {
        Optional<EnvProxy> proxy = Optional.ofNullable(variable(env, "https_proxy")).flatMap(ProxyRoutes::parse);
        String exceptions = variable(env, "no_proxy");
        List<String> noProxy = exceptions == null ? List.of() : Arrays.stream(exceptions.split(","))
                .map(ProxyRoutes::hostPattern).filter(p -> !p.isEmpty()).toList();
        return new ProxyRoutes(proxy, noProxy, fallback);
    }

    /** The proxy the environment names, if it names a usable one. */
    Optional<EnvProxy> envProxy() {
        return envProxy;
    }

    @Override
    public List<Proxy> select(URI uri) {
        String host = uri.getHost();
        if (host == null || HostAddress.isLoopback(host) || bypassed(host.toLowerCase(Locale.ROOT))) {
            return List.of(Proxy.NO_PROXY);
        }
        if (envProxy.isPresent()) {
            return List.of(envProxy.get().proxy());
        }
        List<Proxy> chosen = fallback == null ? null : fallback.select(uri);
        return chosen == null || chosen.isEmpty() ? List.of(Proxy.NO_PROXY) : chosen;
    }

    @Override
    public void connectFailed(URI uri, SocketAddress address, IOException e) {
        if (envProxy.isEmpty() && fallback != null) {
            fallback.connectFailed(uri, address, e);
        }
    }

    private boolean bypassed(String host) {
        for (String p : noProxy) {
            if (p.equals("*") || host.equals(p) || host.endsWith("." + p)) {
                return true;
            }
        }
        return false;
    }

    /** The lower-case name first, as curl reads it; an empty value counts as unset. */
    private static String variable(Map<String, String> env, String lowerName) {
        for (String name : List.of(lowerName, lowerName.toUpperCase(Locale.ROOT))) {
            String v = env.get(name);
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    /** A no_proxy entry as a bare lower-case host: {@code *.example.com}, {@code .example.com:443} give {@code example.com}. */
    private static String hostPattern(String entry) {
        String p = entry.strip().toLowerCase(Locale.ROOT);
        if (p.equals("*")) {
            return p;
        }
        if (p.startsWith("*.")) {
            p = p.substring(2);
        }
        if (p.startsWith(".")) {
            p = p.substring(1);
        }
        int colon = p.lastIndexOf(':');
        return colon > 0 && p.indexOf(':') == colon ? p.substring(0, colon) : p;
    }

    /** A proxy URL, or empty when it is not one this app can use (then the fallback decides). */
    private static Optional<EnvProxy> parse(String value) {
        URI uri;
        try {
            uri = new URI(value.contains("://") ? value : "http://" + value);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        Proxy.Type type = scheme.equals("http") || scheme.equals("https") ? Proxy.Type.HTTP
                : scheme.startsWith("socks") ? Proxy.Type.SOCKS : null;
        if (type == null || uri.getHost() == null) {
            return Optional.empty();
        }
        int port = uri.getPort() > 0 ? uri.getPort() : 1080;
        Proxy proxy = new Proxy(type, InetSocketAddress.createUnresolved(uri.getHost(), port));
        String login = uri.getRawUserInfo();
        if (login == null || type != Proxy.Type.HTTP) {
            return Optional.of(new EnvProxy(proxy, null, Secret.empty()));
        }
        int colon = login.indexOf(':');
        String user = decode(colon < 0 ? login : login.substring(0, colon));
        String password = colon < 0 ? "" : decode(login.substring(colon + 1));
        return Optional.of(new EnvProxy(proxy, user, Secret.of(password)));
    }

    /** Percent-decoding of a URL's user info ({@code +} stays a plus). */
    private static String decode(String raw) {
        try {
            return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notEncoded) {
            return raw;
        }
    }
}
