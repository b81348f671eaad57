package mfainspector.genauth;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import okhttp3.ConnectionSpec;
import okhttp3.Credentials;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import mfainspector.factor.Factor;
import mfainspector.factor.FactorType;
import mfainspector.json.Json;

/**
 * The GenAuth V3 Authentication API over HTTP: sign-in with a password and the two MFA factor
 * lists, as the user. Thread-safe; one instance serves the whole app.
 */
public final class GenAuthClient implements AuthenticationApi {

    /** The app's version (from the build), sent in the user agent. */
    public static final String VERSION = mfainspector.Version.current();

    static final String USER_AGENT = "MFA-Inspector/" + VERSION;
    static final String SCOPE = "openid profile email phone offline_access";

    private static final MediaType JSON_TYPE = MediaType.get("application/json");

    private final Transport transport;
    private final RetryPolicy retry;

    private GenAuthClient(Builder b) {
        this.transport = new Transport(() -> b.customize(SharedHttp.FULL.get()), () -> b.customize(SharedHttp.LOOPBACK.get()));
        this.retry = new RetryPolicy(b.maxAttempts, b.baseDelay, b.maxRetryAfter);
    }

    /** A client with the standard timeouts and retry policy. */
    public static GenAuthClient create() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Tokens signIn(AppConnection app, AccountType accountType, String account, Secret password, CancelSignal cancel)
            throws GenAuthException {
        Objects.requireNonNull(accountType, "accountType");
        ObjectNode body = Json.object().put("connection", "PASSWORD");
        body.putObject("passwordPayload")
                .put("password", password == null ? "" : password.reveal())
                .put(accountType.payloadKey(), account == null ? "" : account.strip());
        body.putObject("options").put("passwordEncryptType", "none").put("scope", SCOPE);
        Request.Builder request = request(app, "/api/v3/signin");
        switch (app.authMethod()) {
            case CLIENT_SECRET_POST:
                body.put("client_id", app.appId()).put("client_secret", app.appSecret().reveal());
                break;
            case CLIENT_SECRET_BASIC:
                request.header("authorization", Credentials.basic(app.appId(), app.appSecret().reveal(), StandardCharsets.UTF_8));
                break;
            default:
                // The docs send neither for a public app; the id alone is sent anyway, since a
                // public client still names itself and the x-*-app-id headers carry it already.
                body.put("client_id", app.appId());
        }
        request.post(jsonBody(body));
        HttpReply reply = transport.execute(request.build(), cancel);
        return Parsing.tokens(reply, Envelope.data(reply), Instant.now());
    }

    @Override
    public List<Factor> listEnrolledFactors(AppConnection app, Secret accessToken, CancelSignal cancel)
            throws GenAuthException {
        Request request = userGet(app, accessToken, "/api/v3/list-enrolled-factors");
        return retry.run(() -> {
            HttpReply reply = transport.execute(request, cancel);
            return Parsing.factors(reply, Envelope.data(reply));
        }, cancel);
    }

    @Override
    public List<FactorType> listFactorsToEnroll(AppConnection app, Secret accessToken, CancelSignal cancel)
            throws GenAuthException {
        Request request = userGet(app, accessToken, "/api/v3/list-factors-to-enroll");
        return retry.run(() -> {
            HttpReply reply = transport.execute(request, cancel);
            return Parsing.factorTypes(reply, Envelope.data(reply));
        }, cancel);
    }

    @Override
    public void prepare(HostAddress host) {
        transport.prepare(host);
        // A request built and a small answer read, as a call would: their classes load now.
        request(HttpUrl.get(host.baseUrl() + "/api/v3/signin"), Lang.EN_US).post(jsonBody(Json.object()));
        try {
            Json.read("{\"statusCode\":200,\"data\":[{\"factorId\":\"\"}]}");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Request userGet(AppConnection app, Secret accessToken, String path) {
        return request(app, path).header("authorization", "Bearer " + accessToken.reveal()).get().build();
    }

    private static Request.Builder request(AppConnection app, String path) {
        return request(HttpUrl.get(app.host().baseUrl() + path), app.lang())
                .header("x-authing-app-id", app.appId())
                .header("x-genauth-app-id", app.appId());
    }

    /**
     * The headers every call of both APIs carries; both brands' header names, since which one a
     * host reads varies.
     */
    static Request.Builder request(HttpUrl url, Lang lang) {
        return new Request.Builder()
                .url(url)
                .header("x-authing-lang", lang.tag())
                .header("x-genauth-lang", lang.tag())
                .header("x-authing-request-from", "mfa-inspector")
                .header("accept", "application/json")
                .header("user-agent", USER_AGENT);
    }

    static RequestBody jsonBody(ObjectNode body) {
        return RequestBody.create(Json.write(body), JSON_TYPE);
    }

    /** The transport, shared by the management client so that both use one connection pool and timeouts. */
    Transport transport() {
        return transport;
    }

    /** The retry policy for GETs, shared by the management client. */
    RetryPolicy retryPolicy() {
        return retry;
    }

    /** The one OkHttpClient, built on first use; clients with other timeouts derive from it and share its pool. */
    /**
     * The two shared OkHttpClients, each built on first use: one with this computer's trust stores
     * and proxy settings, and one for plain http to loopback (the demo tenant), which needs
     * neither. Clients with other timeouts derive from them and share their pools.
     */
    private enum SharedHttp {
        FULL, LOOPBACK;

        private OkHttpClient client;

        synchronized OkHttpClient get() {
            if (client == null) {
                OkHttpClient.Builder b = this == FULL
                        ? NetworkSetup.system().applyTo(new OkHttpClient.Builder())
                        : new OkHttpClient.Builder().connectionSpecs(List.of(ConnectionSpec.CLEARTEXT)).proxy(Proxy.NO_PROXY);
                client = b.connectTimeout(Duration.ofSeconds(10))
                        .readTimeout(Duration.ofSeconds(10))
                        .writeTimeout(Duration.ofSeconds(10))
                        .callTimeout(Duration.ofSeconds(30))
                        .followRedirects(false)
                        .followSslRedirects(false)
                        .build();
            }
            return client;
        }
    }

    /** Timeouts and retry policy; tests shorten them. */
    public static final class Builder {
        private int maxAttempts = 3;
        private Duration baseDelay = Duration.ofMillis(500);
        private Duration maxRetryAfter = Duration.ofSeconds(10);
        private Duration connectTimeout;
        private Duration readTimeout;
        private Duration callTimeout;
        private NetworkSetup network;

        private Builder() {
        }

        /** Tries in total for a GET, including the first (sign-in is never retried). */
        public Builder maxAttempts(int v) {
            this.maxAttempts = v;
            return this;
        }

        /** The first backoff wait; each further wait doubles. */
        public Builder baseDelay(Duration v) {
            this.baseDelay = Objects.requireNonNull(v);
            return this;
        }

        /** The longest {@code Retry-After} still waited for; a longer one fails at once with RATE_LIMITED. */
        public Builder maxRetryAfter(Duration v) {
            this.maxRetryAfter = Objects.requireNonNull(v);
            return this;
        }

        public Builder connectTimeout(Duration v) {
            this.connectTimeout = Objects.requireNonNull(v);
            return this;
        }

        public Builder readTimeout(Duration v) {
            this.readTimeout = Objects.requireNonNull(v);
            return this;
        }

        public Builder callTimeout(Duration v) {
            this.callTimeout = Objects.requireNonNull(v);
            return this;
        }

        /** Other trusted CAs or proxy than this computer's. */
        Builder network(NetworkSetup v) {
            this.network = Objects.requireNonNull(v);
            return this;
        }

        /** {@code http} with this builder's timeouts and network setup, or {@code http} itself when none is set. */
        private OkHttpClient customize(OkHttpClient http) {
            if (connectTimeout == null && readTimeout == null && callTimeout == null && network == null) {
                return http;
            }
            OkHttpClient.Builder custom = http.newBuilder();
            if (network != null) {
                network.applyTo(custom);
            }
            if (connectTimeout != null) {
                custom.connectTimeout(connectTimeout);
            }
            if (readTimeout != null) {
                custom.readTimeout(readTimeout);
            }
            if (callTimeout != null) {
                custom.callTimeout(callTimeout);
            }
            return custom.build();
        }

        public GenAuthClient build() {
            return new GenAuthClient(this);
        }
    }
}
