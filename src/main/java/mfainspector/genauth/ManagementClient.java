package mfainspector.genauth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Consumer;
import okhttp3.HttpUrl;
import okhttp3.Request;
import java.util.ArrayList;
import java.util.List;
import com.fasterxml.jackson.databind.node.ArrayNode;
import mfainspector.action.LoggedInApp;
import mfainspector.lookup.AccountStatus;
import mfainspector.lookup.ActivityPage;
import mfainspector.lookup.ManagedUser;
import mfainspector.lookup.MfaStatus;
import mfainspector.lookup.UserIdType;
import mfainspector.lookup.UserMfaInfo;
import mfainspector.lookup.UserPage;
import mfainspector.json.Json;

/**
 * The Management API over HTTP for one set of credentials, on the same transport (connection
 * pool, timeouts, redirect refusal, body cap) and GET retry as {@link GenAuthClient}. Thread-safe.
 *
 * <p>Each call takes the session's token; when the server says the token is not valid (statusCode
 * 401, apiCode 2020, HTTP 401) the token is renewed once and the call made once more. POSTs
 * (the token, list-users) are never retried otherwise.
 */
public final class ManagementClient implements ManagementApi, ManagementActions {

    private final ManagementCredentials credentials;
    private final Transport transport;
    private final RetryPolicy retry;
    private final ManagementSession session;
    private volatile Consumer<String> requestIds = id -> { };

    ManagementClient(GenAuthClient base, ManagementCredentials credentials, Clock clock) {
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.transport = base.transport();
        this.retry = base.retryPolicy();
        this.session = new ManagementSession(credentials, transport, clock);
    }

    private ManagementClient(ManagementClient shared, Consumer<String> sink) {
        this.credentials = shared.credentials;
        this.transport = shared.transport;
        this.retry = shared.retry;
        this.session = shared.session;
        this.requestIds = Objects.requireNonNull(sink, "sink");
    }

    /**
     * This client, on the same connections and with the same management token, handing the request
     * ids of the calls made through the returned one to {@code sink} (for one check's log line),
     * without a second HTTP stack or token.
     */
    public ManagementClient reportingTo(Consumer<String> sink) {
        return new ManagementClient(this, sink);
    }

    /** A client with the standard timeouts and retry policy. */
    public static ManagementClient create(ManagementCredentials credentials) {
        return over(GenAuthClient.create(), credentials);
    }

    /** A client sharing {@code base}'s connections, timeouts and retry policy. */
    public static ManagementClient over(GenAuthClient base, ManagementCredentials credentials) {
        return new ManagementClient(base, credentials, Clock.systemUTC());
    }

    /**
     * Hands the {@code requestId} of every successful answer (when the server sends one) to
     * {@code sink}, for the lookup log; failures carry theirs in {@link GenAuthException#requestId()}.
     * The sink is called on the calling thread and must be thread-safe if calls run in parallel.
     */
    public ManagementClient onRequestId(Consumer<String> sink) {
        this.requestIds = Objects.requireNonNull(sink, "sink");
        return this;
    }

    @Override
    public ManagedUser getUser(UserIdType type, String value, CancelSignal cancel) throws GenAuthException {
        return lookUp("/api/v3/get-user", type, value, cancel, ManagementParsing::user);
    }

    @Override
    public UserMfaInfo getUserMfaInfo(UserIdType type, String value, CancelSignal cancel) throws GenAuthException {
        return lookUp("/api/v3/get-user-mfa-info", type, value, cancel, ManagementParsing::mfaInfo);
    }

    @Override
    public MfaStatus getMfaStatus(UserIdType type, String value, CancelSignal cancel) throws GenAuthException {
        return lookUp("/api/v3/get-mfa-status", type, value, cancel, ManagementParsing::mfaStatus);
    }

    @Override
    public UserPage listUsers(String keywords, int page, int limit, CancelSignal cancel) throws GenAuthException {
        if (page < 1 || limit < 1 || limit > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page must be 1 or more and limit 1 to " + MAX_PAGE_SIZE);
        }
        ObjectNode body = Json.object().put("keywords", keywords == null ? "" : keywords.strip());
        body.putObject("options").putObject("pagination").put("page", page).put("limit", limit);
        HttpUrl url = url("/api/v3/list-users").build();
        return withToken((token, mapping) -> {
            Request request = authorized(url, token).post(GenAuthClient.jsonBody(body)).build();
            HttpReply reply = transport.execute(request, cancel);
            return reported(reply, ManagementParsing.page(reply, Envelope.data(reply, mapping)));
        }, cancel);
    }

    @Override
    public ActivityPage getUserActionLogs(String userId, Instant start, Instant end, Boolean success, int page,
            int limit, CancelSignal cancel) throws GenAuthException {
        checkPage(page, limit);
        ObjectNode body = Json.object().put("userId", required(userId));
        if (start != null) {
            body.put("start", start.toEpochMilli());
        }
        if (end != null) {
            body.put("end", end.toEpochMilli());
        }
        if (success != null) {
            body.put("success", success);
        }
        body.putObject("pagination").put("page", page).put("limit", limit);
        HttpUrl url = url("/api/v3/get-user-action-logs").build();
        return withToken((token, mapping) -> {
            // A POST that only reads: safe to retry like a GET.
            return retry.run(() -> {
                HttpReply reply = transport.execute(authorized(url, token).post(GenAuthClient.jsonBody(body)).build(),
                        cancel);
                return reported(reply, ManagementParsing.actionLogs(reply, Envelope.data(reply, mapping)));
            }, cancel);
        }, cancel);
    }

    @Override
    public ActivityPage getUserLoginHistory(String userId, Instant start, Instant end, int page, int limit,
            CancelSignal cancel) throws GenAuthException {
        checkPage(page, limit);
        HttpUrl.Builder b = url("/api/v3/get-user-login-history").addQueryParameter("userId", required(userId))
                .addQueryParameter("userIdType", UserIdType.USER_ID.wireName());
        if (start != null) {
            b.addQueryParameter("start", Long.toString(start.toEpochMilli()));
        }
        if (end != null) {
            b.addQueryParameter("end", Long.toString(end.toEpochMilli()));
        }
        HttpUrl url = b.addQueryParameter("page", Integer.toString(page))
                .addQueryParameter("limit", Integer.toString(limit)).build();
        return withToken((token, mapping) -> retry.run(() -> {
            HttpReply reply = transport.execute(authorized(url, token).get().build(), cancel);
            return reported(reply, ManagementParsing.loginHistory(reply, Envelope.data(reply, mapping)));
        }, cancel), cancel);
    }

    /**
     * Read token by token ({@link OtpSecretAnswer}): the secret never becomes a String, and each
     * answer's body bytes are wiped once read.
     */
    @Override
    public OtpSecret getOtpSecret(UserIdType type, String value, CancelSignal cancel) throws GenAuthException {
        HttpUrl url = lookUpUrl("/api/v3/get-otp-secret-by-user", type, value);
        return withToken((token, mapping) -> retry.run(() -> {
            HttpReply reply = transport.execute(authorized(url, token).get().build(), cancel);
            OtpSecretAnswer.Read read = OtpSecretAnswer.read(reply, mapping);
            if (!read.requestId().isEmpty()) {
                requestIds.accept(read.requestId());
            }
            return read.secret();
        }, cancel), cancel);
    }

    // --- Coverage report ---

    @Override
    public UserPage listUsers(ListUsersQuery query, CancelSignal cancel) throws GenAuthException {
        ObjectNode body = Json.object().put("keywords", "");
        if (query.createdFrom().isPresent()) {
            ObjectNode range = body.putArray("advancedFilter").addObject()
                    .put("field", "createdAt").put("operator", "BETWEEN");
            range.putArray("value").add(query.createdFrom().get().toEpochMilli())
                    .add(query.createdTo().orElseThrow().toEpochMilli());
        }
        ObjectNode options = body.putObject("options");
        options.putObject("pagination").put("page", query.page()).put("limit", query.limit());
        options.putArray("sort").addObject().put("field", "createdAt").put("order", query.newestFirst() ? "desc" : "asc");
        HttpUrl url = url("/api/v3/list-users").build();
        return withToken((token, mapping) -> {
            HttpReply reply = transport.execute(authorized(url, token).post(GenAuthClient.jsonBody(body)).build(), cancel);
            return reported(reply, ManagementParsing.page(reply, Envelope.data(reply, mapping)));
        }, cancel);
    }

    private <T> T reported(HttpReply reply, T value) {
        String id = Envelope.requestId(reply);
        if (!id.isEmpty()) {
            requestIds.accept(id);
        }
        return value;
    }

    private static void checkPage(int page, int limit) {
        if (page < 1 || limit < 1 || limit > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page must be 1 or more and limit 1 to " + MAX_PAGE_SIZE);
        }
    }

    private static String required(String userId) {
        String v = userId == null ? "" : userId.strip();
        if (v.isEmpty()) {
            throw new IllegalArgumentException("a user id is needed");
        }
        return v;
    }

    /** A GET naming one user by {@code userId} and {@code userIdType}; OkHttp encodes {@code +} as {@code %2B}. */
    private <T> T lookUp(String path, UserIdType type, String value, CancelSignal cancel, Reader<T> reader)
            throws GenAuthException {
        HttpUrl url = lookUpUrl(path, type, value);
        return withToken((token, mapping) -> retry.run(() -> {
            HttpReply reply = transport.execute(authorized(url, token).get().build(), cancel);
            return reported(reply, reader.read(reply, Envelope.data(reply, mapping)));
        }, cancel), cancel);
    }

    private HttpUrl lookUpUrl(String path, UserIdType type, String value) {
        Objects.requireNonNull(type, "type");
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            throw new IllegalArgumentException("enter the identifier to look up");
        }
        return url(path).addQueryParameter("userId", v).addQueryParameter("userIdType", type.wireName()).build();
    }

    /** Runs a call with the session's token; renews the token once and runs it again if it was refused. */
    private <T> T withToken(TokenCall<T> call, CancelSignal cancel) throws GenAuthException {
        Secret token = session.token(cancel);
        try {
            return call.run(token, ManagementErrors::lookup);
        } catch (GenAuthException e) {
            if (e.category() != ErrorCategory.NOT_SIGNED_IN) {
                throw e;
            }
            return call.run(session.renew(token, cancel), ManagementErrors::lookupWithFreshToken);
        }
    }

    private HttpUrl.Builder url(String path) {
        return HttpUrl.get(credentials.host().baseUrl() + path).newBuilder();
    }

    private Request.Builder authorized(HttpUrl url, Secret token) {
        // Bare token, as GenAuth's Node and Python SDKs send it for the Management API.
        return request(credentials, url).header("authorization", token.reveal());
    }

    /** The headers of every management call, the token call included. */
    static Request.Builder request(ManagementCredentials credentials, HttpUrl url) {
        return GenAuthClient.request(url, credentials.lang())
                .header("x-authing-userpool-id", credentials.userPoolId())
                .header("x-genauth-userpool-id", credentials.userPoolId());
    }

    // --- Helpdesk actions (ManagementActions) ---

    @Override
    public List<LoggedInApp> getUserLoggedInApps(String userId, CancelSignal cancel) throws GenAuthException {
        return lookUp("/api/v3/get-user-loggedin-apps", UserIdType.USER_ID, required(userId), cancel, (reply, data) -> {
            List<LoggedInApp> apps = new ArrayList<>();
            if (data != null && data.isArray()) {
                for (JsonNode a : data) {
                    String id = Envelope.text(a, "appId");
                    if (id != null) {
                        apps.add(new LoggedInApp(id, Envelope.text(a, "appName")));
                    }
                }
            }
            return List.copyOf(apps);
        });
    }

    @Override
    public String kickUsers(String userId, List<String> appIds, CancelSignal cancel) throws GenAuthException {
        ObjectNode body = Json.object().put("userId", required(userId));
        ArrayNode ids = body.putArray("appIds");
        appIds.forEach(ids::add);
        body.putObject("options").put("userIdType", UserIdType.USER_ID.wireName());
        return change("/api/v3/kick-users", body, cancel);
    }

    @Override
    public String setUserStatus(String userId, AccountStatus status, CancelSignal cancel) throws GenAuthException {
        if (status != AccountStatus.SUSPENDED && status != AccountStatus.ACTIVATED) {
            throw new IllegalArgumentException("only Suspended or Activated may be set");
        }
        ObjectNode body = Json.object().put("userId", required(userId))
                .put("status", status.wireName());
        body.putObject("options").put("userIdType", UserIdType.USER_ID.wireName());
        return change("/api/v3/update-user", body, cancel);
    }

    @Override
    public String setMfaPhone(String userId, String phone, String countryCode, CancelSignal cancel)
            throws GenAuthException {
        ObjectNode body = mfaStatusBody(userId);
        ObjectNode data = body.putObject("mfaTriggerData").put("mfaPhone", requiredValue(phone));
        if (countryCode != null && !countryCode.isBlank()) {
            data.put("mfaPhoneCountryCode", countryCode.strip());
        }
        return change("/api/v3/set-mfa-status", body, cancel);
    }

    @Override
    public String setMfaEmail(String userId, String email, CancelSignal cancel) throws GenAuthException {
        ObjectNode body = mfaStatusBody(userId);
        body.putObject("mfaTriggerData").put("mfaEmail", requiredValue(email));
        return change("/api/v3/set-mfa-status", body, cancel);
    }

    @Override
    public String unbindMfa(String userId, UnbindableFactor factor, CancelSignal cancel) throws GenAuthException {
        Objects.requireNonNull(factor, "factor");
        HttpUrl url = url("/api/v2/users").addPathSegment(required(userId)).addPathSegment("mfa-bound")
                .addQueryParameter("type", factor.name()).build();
        return withToken((token, mapping) -> {
            // The V2 SDKs send the token as a Bearer token.
            Request request = request(credentials, url).header("authorization", "Bearer " + token.reveal())
                    .delete().build();
            HttpReply reply = transport.executeChange(request, cancel);
            return reported(reply, ActionReplies.v2(reply, mapping));
        }, cancel);
    }

    private static ObjectNode mfaStatusBody(String userId) {
        return Json.object().put("userId", required(userId))
                .put("userIdType", UserIdType.USER_ID.wireName());
    }

    private static String requiredValue(String v) {
        String s = v == null ? "" : v.strip();
        if (s.isEmpty()) {
            throw new IllegalArgumentException("a value is needed");
        }
        return s;
    }

    /** A POST that changes the user: sent once, never retried; the answer's request id comes back. */
    private String change(String path, ObjectNode body, CancelSignal cancel) throws GenAuthException {
        HttpUrl url = url(path).build();
        return withToken((token, mapping) -> {
            HttpReply reply = transport.executeChange(authorized(url, token).post(GenAuthClient.jsonBody(body)).build(),
                    cancel);
            return reported(reply, ActionReplies.v3(reply, mapping));
        }, cancel);
    }

    /** One call made with a given token, its failures categorized by {@code mapping}. */
    private interface TokenCall<T> {
        T run(Secret token, Envelope.ErrorMapping mapping) throws GenAuthException;
    }

    /** Reads a successful answer's {@code data}. */
    private interface Reader<T> {
        T read(HttpReply reply, JsonNode data) throws GenAuthException;
    }
}
