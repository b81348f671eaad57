package mfainspector.demo;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.net.BindException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.NoSuchElementException;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import mfainspector.genauth.Secret;
import mfainspector.genauth.TokenAuthMethod;
import mfainspector.json.Json;

/**
 * A small GenAuth tenant on the loopback address: the apps, users and MFA factors of
 * {@link SeedData}, served with GenAuth's paths, JSON shapes and error envelope. New users try
 * the app on it, and the tests talk to it over real sockets.
 */
public final class DemoTenant implements AutoCloseable {

    /** The password of every demo account. */
    public static final String DEMO_PASSWORD = "demo-pass-2026";

    private static final System.Logger LOG = System.getLogger(DemoTenant.class.getName());
    private static final int WORKER_THREADS = 4;
    /** At scale, enough to keep answering while each waits {@code --latency-ms}. */
    private static final int SCALE_WORKER_THREADS = 32;

    static {
        // Read once, when the JDK's server first starts; left off, Nagle's algorithm holds every
        // small response back for about 40 ms.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final HttpServer server;
    private final ExecutorService workers;
    private final DemoOptions options;
    private final InetSocketAddress address;
    private final String baseUrl;
    private final DemoDirectory directory = new DemoDirectory(SeedData.APPS, SeedData.USERS);
    private final Map<String, Function<DemoRequest, JsonNode>> routes;
    private final ActionHandlers actions;
    private final CountDownLatch closing = new CountDownLatch(1);
    private final AtomicBoolean closed = new AtomicBoolean();
    private final DemoScale scale;
    private final DemoRateLimit rateLimit;
    private final Map<String, LongAdder> served = new ConcurrentHashMap<>();

    private DemoTenant(HttpServer server, DemoOptions options, DemoScale scale) {
        this.server = server;
        this.options = options;
        this.scale = scale;
        this.rateLimit = scale.rateLimit() > 0 ? new DemoRateLimit(scale.rateLimit(), System::nanoTime) : null;
        this.address = server.getAddress();
        String host = address.getAddress().getHostAddress();
        this.baseUrl = "http://" + (address.getAddress() instanceof Inet6Address ? "[" + host + "]" : host)
                + ":" + address.getPort();
        DemoTokens tokens = new DemoTokens(baseUrl + "/oidc", options.tokenLifetime());
        AuthenticationHandlers auth = new AuthenticationHandlers(directory, tokens);
        ManagementHandlers mgmt = new ManagementHandlers(directory, tokens, SeedData.USER_POOL_ID,
                SeedData.USER_POOL_SECRET);
        Map<String, Function<DemoRequest, JsonNode>> routes = new HashMap<>(Map.of(
                "POST /api/v3/signin", auth::signIn,
                "GET /api/v3/list-enrolled-factors", auth::listEnrolledFactors,
                "GET /api/v3/list-factors-to-enroll", auth::listFactorsToEnroll,
                "POST /api/v3/get-management-token", mgmt::managementToken,
                "GET /api/v3/get-user", mgmt::getUser,
                "POST /api/v3/list-users", mgmt::listUsers,
                "GET /api/v3/get-user-mfa-info", mgmt::userMfaInfo,
                "GET /api/v3/get-mfa-status", mgmt::mfaStatus));
        routes.putAll(new CaseHandlers(directory, mgmt).routes());
        this.actions = new ActionHandlers(directory, mgmt);
        routes.putAll(actions.routes());
        this.routes = Map.copyOf(new ScaleHandlers(directory, mgmt, scale).wrap(routes));
        AtomicInteger count = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(scale.users() > 0 ? SCALE_WORKER_THREADS : WORKER_THREADS, r -> {
            Thread t = new Thread(r, threadNamePrefix() + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        server.createContext("/", this::handle);
        server.setExecutor(workers);
    }

    /** Starts a tenant on a free loopback port with the default options. */
    public static DemoTenant start() throws IOException {
        return start(DemoOptions.defaults());
    }

    public static DemoTenant start(DemoOptions options) throws IOException {
        return start(options, DemoScale.none());
    }

    /** A tenant with synthetic users, a rate limit or another paging cap besides {@code options}. */
    public static DemoTenant start(DemoOptions options, DemoScale scale) throws IOException {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), options.port()), 32);
        } catch (BindException e) {
            throw new BindException("Port " + options.port() + " on the loopback address is taken:"
                    + " choose another port, or 0 for any free one");
        }
        DemoTenant tenant = new DemoTenant(server, options, scale);
        server.start();
        return tenant;
    }

    /** Like {@code http://127.0.0.1:PORT}: the host to enter in the app. */
    public String baseUrl() {
        return baseUrl;
    }

    public int port() {
        return address.getPort();
    }

    public DemoOptions options() {
        return options;
    }

    /** The default app: it authenticates with {@code client_secret_post}. */
    public DemoApp app() {
        return app(TokenAuthMethod.CLIENT_SECRET_POST);
    }

    public DemoApp app(TokenAuthMethod method) {
        return apps().stream().filter(a -> a.method() == method).findFirst().orElseThrow();
    }

    /** One app per token endpoint auth method. */
    public List<DemoApp> apps() {
        return SeedData.APPS;
    }

    /** The user pool id: {@code accessKeyId} of the management API. */
    public String userPoolId() {
        return SeedData.USER_POOL_ID;
    }

    /** The user pool secret: {@code accessKeySecret} of the management API. */
    public Secret userPoolSecret() {
        return SeedData.USER_POOL_SECRET;
    }

    public List<DemoUser> users() {
        return directory.users();
    }

    /** The seeded user with this username. */
    public DemoUser user(String username) {
        return users().stream().filter(u -> u.username().equals(username)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("No demo user '" + username + "'"));
    }

    /** What {@code demo-server} prints: where the tenant is and how to sign in to it. */
    public List<String> describe() {
        List<String> lines = new ArrayList<>();
        lines.add("MFA Inspector demo tenant: sample data, loopback only");
        lines.add("URL: " + baseUrl);
        for (DemoApp a : apps()) {
            lines.add("App ID (" + a.method().wireName() + "): " + a.appId());
            lines.add("App secret (" + a.method().wireName() + "): "
                    + (a.appSecret().isEmpty() ? "(no secret)" : a.appSecret().reveal()));
        }
        lines.add("User pool ID: " + userPoolId());
        lines.add("User pool secret: " + userPoolSecret().reveal());
        lines.add("Demo password: " + DEMO_PASSWORD);
        if (scale.users() > 0) {
            lines.add(String.format(Locale.ROOT, "Synthetic users: %,d (user000000 to user%06d, example.com/.net/.org)",
                    scale.users(), scale.users() - 1));
        }
        if (scale.rateLimit() > 0) {
            lines.add("Rate limit: " + scale.rateLimit() + " requests/s, then HTTP 429 with Retry-After");
        }
        lines.add("Deep paging: list-users serves the first " + scale.pagingCap() + " results of a query");
        lines.add("Demo accounts:");
        for (DemoUser u : users()) {
            lines.add(String.format("  %-6s %-18s %s %s  %s", u.username(), u.email(), u.phoneCountryCode(),
                    u.phone(), u.scenario()));
        }
        return lines;
    }

    /** Stops at once: open calls are cut, waiting responses end, worker threads are gone. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        closing.countDown();
        server.stop(0);
        workers.shutdownNow();
        try {
            if (!workers.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.log(Level.WARNING, "Demo tenant worker threads still running after close");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The key of {@link #served()} counting the calls answered HTTP 429. */
    public static final String RATE_LIMITED = "429";

    /**
     * Calls answered so far, by route ({@code "POST /api/v3/list-users"}), and those refused by
     * the rate limit under {@link #RATE_LIMITED}; refused calls are not counted under their route.
     */
    public Map<String, Long> served() {
        Map<String, Long> out = new TreeMap<>();
        served.forEach((k, v) -> out.put(k, v.sum()));
        return out;
    }

    public DemoScale scale() {
        return scale;
    }

    private void count(String key) {
        served.computeIfAbsent(key, k -> new LongAdder()).increment();
    }

    /** The address the server listens on. */
    InetSocketAddress address() {
        return address;
    }

    /** Worker threads are named after the port, so a check can tell this tenant's threads apart. */
    String threadNamePrefix() {
        return "demo-tenant-" + address.getPort() + "-";
    }

    private void handle(HttpExchange exchange) {
        try {
            DemoRequest req = DemoRequest.read(exchange);
            if (!waitResponseDelay()) {
                return;
            }
            String route = exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath();
            Function<DemoRequest, JsonNode> handler = routes.get(route);
            Optional<String> v2Unbind = ActionHandlers.v2UnbindUser(route);
            if (handler != null && rateLimit != null && !rateLimit.tryAcquire()) {
                count(RATE_LIMITED);
                exchange.getResponseHeaders().set("Retry-After", "1");
                send(exchange, 429, Envelope.failure(new DemoFailure(429, 0, DemoMessage.TOO_MANY_REQUESTS),
                        req.english()));
                return;
            }
            if (handler != null) {
                count(route);
            }
            if (handler == null && v2Unbind.isPresent()) {
                send(exchange, 200, actions.unbindV2(req, v2Unbind.get()));
            } else if (handler == null) {
                send(exchange, 404, Envelope.failure(new DemoFailure(404, 0, DemoMessage.NO_SUCH_API, route),
                        req.english()));
            } else {
                answer(exchange, req, handler);
            }
        } catch (IOException e) {
            // The caller hung up or the tenant is closing: nobody is left to answer.
        } finally {
            exchange.close();
        }
    }

    private void answer(HttpExchange exchange, DemoRequest req, Function<DemoRequest, JsonNode> handler)
            throws IOException {
        boolean english = req.english();
        ObjectNode body;
        int httpStatus = 200;
        try {
            body = Envelope.success(handler.apply(req), english);
        } catch (DemoFailure f) {
            body = Envelope.failure(f, english);
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "Demo tenant failed to answer " + exchange.getRequestURI().getPath(), e);
            httpStatus = 500;
            body = Envelope.failure(new DemoFailure(500, 0, DemoMessage.INTERNAL_ERROR), english);
        }
        send(exchange, httpStatus, body);
    }

    /** Waits the configured delay; false when the tenant closed meanwhile. */
    private boolean waitResponseDelay() {
        if (options.responseDelay().isZero()) {
            return true;
        }
        try {
            return !closing.await(options.responseDelay().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void send(HttpExchange exchange, int httpStatus, ObjectNode body) throws IOException {
        byte[] bytes = Json.write(body);
        exchange.getResponseHeaders().set("content-type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(httpStatus, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
