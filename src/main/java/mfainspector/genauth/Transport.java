package mfainspector.genauth;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLPeerUnverifiedException;
import okhttp3.Call;
import okhttp3.ConnectionPool;
import okhttp3.HttpUrl;
import java.util.function.Supplier;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Runs one HTTP exchange with OkHttp: cancellable through a {@link CancelSignal}, redirects
 * refused, the body read up to a cap, every I/O failure turned into a categorized
 * {@link GenAuthException}. Exception details name the host only, never a header or body.
 */
final class Transport {

    /** GenAuth's answers are small; anything larger is not one, and is never read whole. */
    static final int MAX_BODY_BYTES = 4 * 1024 * 1024;

    private final Supplier<Clients> full;
    private final Supplier<Clients> loopback;

    /** A transport whose every call goes through {@code http}. */
    Transport(OkHttpClient http) {
        this(() -> http, () -> http);
    }

    /**
     * @param full     the client with the trust stores and proxy setup, built on the first call that needs it
     * @param loopback the client for plain {@code http://} to loopback (the demo tenant): no TLS and no proxy
     *                 to set up, so a first sign-in there does not wait for the certificate stores to load
     */
    Transport(Supplier<OkHttpClient> full, Supplier<OkHttpClient> loopback) {
        this.full = once(full);
        this.loopback = once(loopback);
    }

    /**
     * OkHttp may replay a request on a new connection when the old one broke, even after the
     * request was sent. That is fine for a GET, but a replayed sign-in could count a wrong
     * password twice towards a lockout, so non-GET calls go through a client that never replays.
     */
    private record Clients(OkHttpClient gets, OkHttpClient posts, OkHttpClient changes) {
        static Clients of(OkHttpClient http) {
            OkHttpClient posts = http.newBuilder().retryOnConnectionFailure(false).build();
            // Keeps no idle connection, so a change never goes out on one the server may have closed.
            OkHttpClient changes = posts.newBuilder().connectionPool(new ConnectionPool(0, 1, TimeUnit.SECONDS)).build();
            return new Clients(http, posts, changes);
        }
    }

    private static Supplier<Clients> once(Supplier<OkHttpClient> http) {
        return new Supplier<>() {
            private Clients built;

            @Override
            public synchronized Clients get() {
                if (built == null) {
                    built = Clients.of(http.get());
                }
                return built;
            }
        };
    }

    /** Builds the client that calls to {@code host} go through, if not built yet. */
    void prepare(HostAddress host) {
        clients("https".equals(host.scheme()), host.host());
    }

    private OkHttpClient clientFor(Request request) {
        Clients clients = clients(request.url().isHttps(), request.url().host());
        return "GET".equals(request.method()) ? clients.gets() : clients.posts();
    }

    /** The light client for plain http to loopback, the full one for everything else. */
    private Clients clients(boolean https, String host) {
        return (!https && HostAddress.isLoopback(host) ? loopback : full).get();
    }

    HttpReply execute(Request request, CancelSignal cancel) throws GenAuthException {
        return execute(clientFor(request), request, cancel);
    }

    /**
     * Sends a call that changes something at GenAuth (a helpdesk action) on a connection of its
     * own, never on a kept-alive one. A kept-alive connection the server has closed in the meantime
     * (a restart, an idle timeout) breaks off after the request went out, which leaves the outcome
     * unknown; a new connection that cannot be made surely sent nothing ("not done"), and a new
     * connection that breaks off is truly unknown.
     */
    HttpReply executeChange(Request request, CancelSignal cancel) throws GenAuthException {
        return execute(clients(request.url().isHttps(), request.url().host()).changes(), request, cancel);
    }

    private HttpReply execute(OkHttpClient client, Request request, CancelSignal cancel) throws GenAuthException {
        if (cancel.isCancelled()) {
            throw cancelled(null);
        }
        Call call = client.newCall(request);
        AutoCloseable registration = cancel.onCancel(call::cancel);
        try (Response response = call.execute()) {
            return read(response);
        } catch (IOException e) {
            // not call.isCanceled(): OkHttp cancels the call itself when the call timeout ends it
            if (cancel.isCancelled() || Thread.currentThread().isInterrupted()) {
                throw cancelled(e);
            }
            throw failure(request.url(), e);
        } finally {
            unregister(registration);
        }
    }

    static GenAuthException cancelled(Throwable cause) {
        return GenAuthException.builder(ErrorCategory.CANCELLED).detail("the call was cancelled").cause(cause).build();
    }

    private static HttpReply read(Response response) throws IOException, GenAuthException {
        if (response.isRedirect()) {
            throw redirected(response);
        }
        ResponseBody body = response.body();
        HttpReply partial = new HttpReply(response.code(), new byte[0], null);
        if (body.contentLength() > MAX_BODY_BYTES) {
            throw tooLarge(partial);
        }
        byte[] bytes;
        try (InputStream in = body.byteStream()) {
            bytes = in.readNBytes(MAX_BODY_BYTES + 1);
        }
        if (bytes.length > MAX_BODY_BYTES) {
            throw tooLarge(partial);
        }
        return new HttpReply(response.code(), bytes,
                HttpReply.parseRetryAfter(response.header("Retry-After"), Instant.now()));
    }

    private static GenAuthException tooLarge(HttpReply reply) {
        return Envelope.malformed(reply, "response too large (over " + MAX_BODY_BYTES / (1024 * 1024)
                + " MiB): check that the host is the app's Authentication Address");
    }

    /** A redirect is never followed: credentials must go only to the host the person entered. */
    private static GenAuthException redirected(Response response) {
        String location = response.header("Location");
        HttpUrl target = location == null ? null : response.request().url().resolve(location);
        String detail = target == null
                ? "the server answered with a redirect that names no target: check the host"
                : "the server redirected to " + origin(target) + ": enter " + origin(target) + " as the host instead";
        return Envelope.malformed(new HttpReply(response.code(), new byte[0], null), detail);
    }

    private static String origin(HttpUrl url) {
        boolean defaultPort = url.port() == HttpUrl.defaultPort(url.scheme());
        return url.scheme() + "://" + url.host() + (defaultPort ? "" : ":" + url.port());
    }

    static GenAuthException failure(HttpUrl url, IOException e) {
        String host = origin(url);
        ErrorCategory category;
        String detail;
        NetworkSetup.ProxyLoginRefused proxyRefusal = cause(e, NetworkSetup.ProxyLoginRefused.class);
        if (proxyRefusal != null) {
            return GenAuthException.builder(ErrorCategory.NETWORK_UNREACHABLE).detail(proxyRefusal.getMessage())
                    .cause(proxyRefusal).build();
        }
        if (causedBy(e, SSLException.class) || causedBy(e, CertificateException.class)) {
            category = ErrorCategory.TLS_FAILURE;
            detail = tlsDetail(host, e);
        } else if (e instanceof InterruptedIOException) {
            category = ErrorCategory.TIMEOUT;
            detail = host + " did not answer in time: try again, or check the host and your network";
        } else if (e instanceof UnknownHostException) {
            category = ErrorCategory.NETWORK_UNREACHABLE;
            detail = "the name of " + host + " could not be resolved: check the host and your network";
        } else if (e instanceof ConnectException || e instanceof NoRouteToHostException) {
            category = ErrorCategory.NETWORK_UNREACHABLE;
            detail = "could not connect to " + host + ": check the host, the port and your network";
        } else {
            category = ErrorCategory.NETWORK_UNREACHABLE;
            detail = "the connection to " + host + " broke off: try again";
        }
        return GenAuthException.builder(category).detail(detail).cause(e).build();
    }

    /** What went wrong with TLS, most specific first; there is deliberately no way to connect anyway. */
    private static String tlsDetail(String host, IOException e) {
        if (causedBy(e, SSLPeerUnverifiedException.class)) {
            return "the certificate of " + host + " was issued for another name: enter the host exactly as the"
                    + " app's Authentication Address shows it";
        }
        if (causedBy(e, CertificateExpiredException.class) || causedBy(e, CertificateNotYetValidException.class)) {
            return "the certificate of " + host + " has expired or is not valid yet: check this computer's date and"
                    + " time; if they are right, the host's owner must renew the certificate";
        }
        if (causedBy(e, CertificateException.class) || causedBy(e, CertPathBuilderException.class)) {
            return "the certificate of " + host + " is not trusted by this computer: if your network uses a"
                    + " TLS-inspecting proxy, ask IT to install its certificate in the system's certificate store"
                    + " (or to name its PEM file in " + TrustStores.EXTRA_CA_ENV + "); otherwise check the host";
        }
        return "the secure (TLS) connection to " + host + " failed: check that the host and port speak HTTPS";
    }

    static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        return cause(e, type) != null;
    }

    /** The first throwable of {@code type} in the cause chain, or null. */
    static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    static void unregister(AutoCloseable registration) {
        try {
            registration.close();
        } catch (Exception e) {
            throw new IllegalStateException("unregistering a cancel action cannot fail", e);
        }
    }
}
