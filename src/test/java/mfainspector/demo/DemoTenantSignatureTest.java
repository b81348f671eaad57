package mfainspector.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;

import mfainspector.demo.TenantCalls.Reply;
import mfainspector.genauth.Secret;

/**
 * Management calls signed with the user pool secret, the way the official Node SDK 4
 * ({@code authing-node-sdk} 4.0.1, {@code utils/buildSignature.ts}) signs them, instead of a
 * management token.
 */
class DemoTenantSignatureTest extends SharedTenantTest {

    /** Headers exactly as in the known answers below (what the Node SDK sends on Linux). */
    private static final Map<String, String> NODE_HEADERS = nodeHeaders("5f1c0a7e3b9d4e2f8a6c1b0d9e7f3a21",
            "Mon, 30 Nov 2026 12:00:00 GMT");

    // Known answers: computed by the Node SDK's own buildStringToSign and buildAuthorization
    // (dist/utils/buildSignature.js of authing-node-sdk 4.0.1, run with Node 20) for the demo
    // user pool, NODE_HEADERS and the parameters of the two calls below.
    private static final String GET_STRING_TO_SIGN = "GET\n"
            + "date:Mon, 30 Nov 2026 12:00:00 GMT\n"
            + "x-authing-lang:en-US\n"
            + "x-authing-sdk-version:authing-node-sdk:4.0.1\n"
            + "x-authing-signature-method:HMAC-SHA1\n"
            + "x-authing-signature-nonce:5f1c0a7e3b9d4e2f8a6c1b0d9e7f3a21\n"
            + "x-authing-signature-version:1.0\n"
            + "/api/v3/get-user?flatCustomData=false&userId=alice@example.com&userIdType=email"
            + "&withCustomData=false&withDepartmentIds=false&withIdentities=false&withPost=false";
    private static final String GET_SIGNATURE = "/DNf1AjXAhUETA/aVNWy9gqu7Zs=";
    private static final String POST_STRING_TO_SIGN = "POST\n"
            + "date:Mon, 30 Nov 2026 12:00:00 GMT\n"
            + "x-authing-lang:en-US\n"
            + "x-authing-sdk-version:authing-node-sdk:4.0.1\n"
            + "x-authing-signature-method:HMAC-SHA1\n"
            + "x-authing-signature-nonce:5f1c0a7e3b9d4e2f8a6c1b0d9e7f3a21\n"
            + "x-authing-signature-version:1.0\n"
            + "/api/v3/list-users?keywords=Nguyen&options={\"pagination\":{\"page\":1,\"limit\":10}}";
    private static final String POST_SIGNATURE = "elkVMse7V7anDhr+Mm4A3A1oEiY=";

    private static final DateTimeFormatter UTC_STRING = DateTimeFormatter
            .ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    @Test
    void theTenantBuildsTheNodeSdksStringToSignOfAGet() {
        // the query as axios encodes the SDK's params
        String query = "userId=alice%40example.com&userIdType=email&flatCustomData=false&withCustomData=false"
                + "&withPost=false&withIdentities=false&withDepartmentIds=false";

        String stringToSign = DemoSignature.stringToSign("GET", "/api/v3/get-user", NODE_HEADERS,
                DemoSignature.queryParams(query));

        assertThat(stringToSign).isEqualTo(GET_STRING_TO_SIGN);
        assertThat(base64(DemoSignature.sign(tenant.userPoolSecret(), stringToSign))).isEqualTo(GET_SIGNATURE);
    }

    @Test
    void theTenantBuildsTheNodeSdksStringToSignOfAPostFromTheBodyAsSent() {
        byte[] body = "{\"keywords\":\"Nguyen\",\"options\":{\"pagination\":{\"page\":1,\"limit\":10}}}"
                .getBytes(StandardCharsets.UTF_8);

        String stringToSign = DemoSignature.stringToSign("POST", "/api/v3/list-users", NODE_HEADERS,
                DemoSignature.bodyParams(body));

        assertThat(stringToSign).isEqualTo(POST_STRING_TO_SIGN);
        assertThat(base64(DemoSignature.sign(tenant.userPoolSecret(), stringToSign))).isEqualTo(POST_SIGNATURE);
    }

    @Test
    void thisTestsSignerAgreesWithTheNodeSdk() {
        assertThat(nodeSign("GET", "/api/v3/get-user", NODE_HEADERS, getUserParams("alice@example.com", "email"),
                tenant.userPoolSecret())).isEqualTo(GET_SIGNATURE);
        assertThat(nodeSign("POST", "/api/v3/list-users", NODE_HEADERS, listUsersBody("Nguyen", 1, 10),
                tenant.userPoolSecret())).isEqualTo(POST_SIGNATURE);
    }

    @Test
    void aSignedGetUserIsAnswered() {
        Reply reply = signedGet("/api/v3/get-user", getUserParams("carol@example.com", "email"));

        assertThat(reply.statusCode()).as(reply.message()).isEqualTo(200);
        JsonNode carol = reply.data();
        assertThat(carol.path("userId").asText()).isEqualTo(tenant.user("carol").userId());
        assertThat(carol.path("name").asText()).isEqualTo("Carol Nguyen");
        assertThat(carol.path("phone").asText()).isEqualTo("2025550103");
    }

    @Test
    void aSignedLookUpByPhoneInE164FormIsAnswered() {
        // axios sends "+" as %2B and a space as "+": the tenant signs what it decoded
        Reply reply = signedGet("/api/v3/get-user", getUserParams("+1 2025550104", "phone"));

        assertThat(reply.statusCode()).as(reply.message()).isEqualTo(200);
        assertThat(reply.data().path("username").asText()).isEqualTo("dave");
    }

    @Test
    void signedMfaCallsAreAnswered() {
        Map<String, Object> alice = new LinkedHashMap<>();
        alice.put("userId", "alice");
        alice.put("userIdType", "username");

        JsonNode info = signedGet("/api/v3/get-user-mfa-info", alice).data();
        JsonNode status = signedGet("/api/v3/get-mfa-status", alice).data();

        assertThat(info.path("smsMfaStatus").asText()).isEqualTo("enabled");
        assertThat(info.path("totpStatus").asText()).isEqualTo("enabled");
        assertThat(info.path("emailMfaStatus").asText()).isEqualTo("disabled");
        assertThat(status.path("mfaPhone").asText()).isEqualTo("2025550101");
        assertThat(status.path("totpMfaEnabled").asBoolean()).isTrue();
        assertThat(status.path("faceMfaEnabled").asBoolean()).isFalse();
    }

    @Test
    void aSignedListUsersIsAnsweredWithItsPage() {
        Reply reply = signedPost("/api/v3/list-users", listUsersBody("example.com", 2, 2));

        assertThat(reply.statusCode()).as(reply.message()).isEqualTo(200);
        assertThat(reply.data().path("totalCount").asInt()).isEqualTo(7);
        assertThat(reply.data().path("list").findValuesAsText("username")).containsExactly("carol", "dave");
    }

    @Test
    void aTamperedQueryIsRefused() {
        Map<String, Object> signedFor = getUserParams("alice", "username");
        Signed call = sign("GET", "/api/v3/get-user", signedFor, tenant.userPoolSecret(), Instant.now());

        Reply reply = calls.get("/api/v3/get-user?" + query(getUserParams("carol", "username")), call.headers());

        assertRefused(reply, 400, 1300);
        assertThat(reply.message()).startsWith("Signature verification failed");
    }

    @Test
    void aTamperedBodyIsRefused() {
        Signed call = sign("POST", "/api/v3/list-users", listUsersBody("alice", 1, 10), tenant.userPoolSecret(),
                Instant.now());

        assertRefused(calls.post("/api/v3/list-users", json(listUsersBody("alice", 1, 50)), call.headers()), 400,
                1300);
    }

    @Test
    void aTamperedSignedHeaderIsRefused() {
        Signed call = sign("GET", "/api/v3/get-user", getUserParams("alice", "username"), tenant.userPoolSecret(),
                Instant.now());
        List<String> headers = new ArrayList<>(List.of(call.headers()));
        headers.set(headers.indexOf("x-authing-lang") + 1, "zh-CN");

        assertRefused(calls.get(call.pathAndQuery(), headers.toArray(String[]::new)), 400, 1300);
    }

    @Test
    void aSignatureMadeWithAnotherSecretIsRefused() {
        Signed call = sign("GET", "/api/v3/get-user", getUserParams("alice", "username"),
                Secret.of("0000000000000000000000000000dead"), Instant.now());

        assertRefused(calls.get(call.pathAndQuery(), call.headers()), 400, 1300);
    }

    @Test
    void aReplayedRequestIsRefused() {
        Signed call = sign("GET", "/api/v3/get-user", getUserParams("bob", "username"), tenant.userPoolSecret(),
                Instant.now());

        assertThat(calls.get(call.pathAndQuery(), call.headers()).statusCode()).isEqualTo(200);
        Reply again = calls.get(call.pathAndQuery(), call.headers());
        assertRefused(again, 400, 1300);
        assertThat(again.message()).startsWith("This signature nonce was already used");
    }

    @Test
    void aRequestSignedLongAgoIsRefused() {
        Signed call = sign("GET", "/api/v3/get-user", getUserParams("bob", "username"), tenant.userPoolSecret(),
                Instant.now().minus(Duration.ofMinutes(16)));

        Reply reply = calls.get(call.pathAndQuery(), call.headers());
        assertRefused(reply, 400, 1300);
        assertThat(reply.message()).startsWith("The date header is missing or more than 15 minutes");
    }

    @Test
    void aSignatureForAnotherUserPoolIsRefusedWith2224() {
        Signed call = sign("GET", "/api/v3/get-user", getUserParams("alice", "username"), tenant.userPoolSecret(),
                Instant.now());
        List<String> headers = new ArrayList<>(List.of(call.headers()));
        int auth = headers.indexOf("authorization") + 1;
        headers.set(auth, headers.get(auth).replace(tenant.userPoolId(), "0123456789abcdef01234567"));

        assertRefused(calls.get(call.pathAndQuery(), headers.toArray(String[]::new)), 400, 2224);
    }

    @Test
    void aSignedCallMayAlsoNameItsUserPoolInASignedHeaderButNotAnotherOne() {
        Signed same = sign("GET", "/api/v3/get-user", getUserParams("alice", "username"), tenant.userPoolSecret(),
                Instant.now(), Map.of("x-authing-userpool-id", tenant.userPoolId()));
        Signed other = sign("GET", "/api/v3/get-user", getUserParams("alice", "username"), tenant.userPoolSecret(),
                Instant.now(), Map.of("x-authing-userpool-id", "0123456789abcdef01234567"));

        assertThat(calls.get(same.pathAndQuery(), same.headers()).statusCode()).isEqualTo(200);
        assertRefused(calls.get(other.pathAndQuery(), other.headers()), 400, 2224);
    }

    @Test
    void aHeaderAddedAfterSigningBreaksTheSignature() {
        Signed call = sign("GET", "/api/v3/get-user", getUserParams("alice", "username"), tenant.userPoolSecret(),
                Instant.now());
        List<String> headers = new ArrayList<>(List.of(call.headers()));
        headers.addAll(List.of("x-authing-userpool-id", tenant.userPoolId()));

        assertRefused(calls.get(call.pathAndQuery(), headers.toArray(String[]::new)), 400, 1300);
    }

    @Test
    void aMalformedSignatureIsRefused() {
        Signed call = sign("GET", "/api/v3/get-user", getUserParams("alice", "username"), tenant.userPoolSecret(),
                Instant.now());
        List<String> headers = new ArrayList<>(List.of(call.headers()));
        headers.set(headers.indexOf("authorization") + 1, "authing " + tenant.userPoolId());

        assertRefused(calls.get(call.pathAndQuery(), headers.toArray(String[]::new)), 400, 1300);
    }

    @Test
    void aSignedUnknownUserIsStill2004() {
        assertRefused(signedGet("/api/v3/get-user", getUserParams("nobody", "username")), 404, 2004);
    }

    @Test
    void tokenAuthenticationStillWorksBesideSignatures() {
        Reply reply = calls.get("/api/v3/get-user?userIdType=username&userId=erin", "authorization",
                calls.managementToken(), "x-authing-userpool-id", tenant.userPoolId());

        assertThat(reply.data().path("name").asText()).isEqualTo("Erin Schmidt");
    }

    // --- the Node SDK's way of signing, rewritten from buildSignature.ts and ManagementHttpClient.ts

    /** A call ready to send: path with query and the header name/value pairs. */
    record Signed(String pathAndQuery, String[] headers) {
    }

    private static Reply signedGet(String path, Map<String, Object> params) {
        Signed call = sign("GET", path, params, tenant.userPoolSecret(), Instant.now());
        return calls.get(call.pathAndQuery(), call.headers());
    }

    private static Reply signedPost(String path, Map<String, Object> body) {
        Signed call = sign("POST", path, body, tenant.userPoolSecret(), Instant.now());
        return calls.post(path, json(body), call.headers());
    }

    /** ManagementHttpClient.request: DEFAULT_HEADERS, x-authing-lang, date, then authorization. */
    private static Signed sign(String method, String path, Map<String, Object> params, Secret secret, Instant date) {
        return sign(method, path, params, secret, date, Map.of());
    }

    /** {@code extraHeaders} are sent and signed with the others. */
    private static Signed sign(String method, String path, Map<String, Object> params, Secret secret, Instant date,
            Map<String, String> extraHeaders) {
        Map<String, String> headers = nodeHeaders(UUID.randomUUID().toString().replace("-", ""),
                UTC_STRING.format(date));
        headers.putAll(extraHeaders);
        String signature = nodeSign(method, path, headers, params, secret);
        List<String> pairs = new ArrayList<>();
        headers.forEach((k, v) -> pairs.addAll(List.of(k, v)));
        pairs.addAll(List.of("authorization", "authing " + tenant.userPoolId() + ":" + signature));
        String pathAndQuery = method.equals("GET") && !params.isEmpty() ? path + "?" + query(params) : path;
        return new Signed(pathAndQuery, pairs.toArray(String[]::new));
    }

    private static Map<String, String> nodeHeaders(String nonce, String date) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("accept", "application/json");
        h.put("x-authing-signature-nonce", nonce);
        h.put("x-authing-signature-method", "HMAC-SHA1");
        h.put("x-authing-signature-version", "1.0");
        h.put("user-agent", "AuthingIdentityCloud (linux; x64) Node.js/v20.20.2 Core/4.0.1");
        h.put("x-authing-sdk-version", "authing-node-sdk:4.0.1");
        h.put("x-authing-lang", "en-US");
        h.put("date", date);
        return h;
    }

    /** buildStringToSign + buildSignature: objects as JSON.stringify, everything else as its text. */
    private static String nodeSign(String method, String uriPattern, Map<String, String> headers,
            Map<String, Object> query, Secret secret) {
        StringBuilder s = new StringBuilder(method).append('\n');
        new TreeMap<>(headers).forEach((k, v) -> {
            if (k.startsWith("x-authing-") || k.equals("date")) {
                s.append(k).append(':').append(v.replaceAll("[\t\n\r\f]", " ").trim()).append('\n');
            }
        });
        s.append(uriPattern);
        if (!query.isEmpty()) {
            List<String> pairs = new ArrayList<>();
            new TreeMap<>(query).forEach((k, v) -> pairs.add(k + "=" + (v instanceof Map<?, ?> ? json(v) : v)));
            s.append('?').append(String.join("&", pairs));
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(secret.reveal().getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return base64(mac.doFinal(s.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    /** As axios encodes params: encodeURIComponent, then a space as "+" (and ":$,[]" left as they are). */
    private static String query(Map<String, Object> params) {
        List<String> pairs = new ArrayList<>();
        params.forEach((k, v) -> pairs.add(URLEncoder.encode(k, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(String.valueOf(v), StandardCharsets.UTF_8)));
        return String.join("&", pairs);
    }

    /** getUser's params in the SDK's order, with its defaults. */
    private static Map<String, Object> getUserParams(String userId, String userIdType) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("userId", userId);
        p.put("userIdType", userIdType);
        p.put("flatCustomData", false);
        p.put("withCustomData", false);
        p.put("withPost", false);
        p.put("withIdentities", false);
        p.put("withDepartmentIds", false);
        return p;
    }

    private static Map<String, Object> listUsersBody(String keywords, int page, int limit) {
        Map<String, Object> pagination = new LinkedHashMap<>();
        pagination.put("page", page);
        pagination.put("limit", limit);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("keywords", keywords);
        body.put("options", Map.of("pagination", pagination));
        return body;
    }

    private static String json(Object value) {
        try {
            return TenantCalls.JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    private static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
