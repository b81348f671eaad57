package mfainspector.genauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.HttpUrl;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Shared values and builders for the client tests against MockWebServer. */
final class ApiFixtures {

    static final String APP_ID = "app-6f1c";
    static final Secret APP_SECRET = Secret.of("app-secret-5b2e9c");
    static final Secret PASSWORD = Secret.of("pa55-word-7d1a");
    static final Secret TOKEN = Secret.of("opaque-token-3c8f0e");
    static final String USER_POOL_ID = "pool-8a7d";
    static final Secret USER_POOL_SECRET = Secret.of("pool-secret-91e4ab");
    static final Secret MGMT_TOKEN = Secret.of("mgmt-token-0f2d77");

    private ApiFixtures() {
    }

    /** A client with short waits so that retry and timeout tests run fast. */
    static GenAuthClient fastClient() {
        return GenAuthClient.builder().baseDelay(Duration.ofMillis(20)).readTimeout(Duration.ofSeconds(3)).build();
    }

    static AppConnection app(MockWebServer server, TokenAuthMethod method) {
        return app(server, method, Lang.EN_US);
    }

    static AppConnection app(MockWebServer server, TokenAuthMethod method, Lang lang) {
        HttpUrl url = server.url("/");
        return new AppConnection(HostAddress.parse("http://127.0.0.1:" + url.port()), APP_ID, APP_SECRET, method, lang);
    }

    static ManagementCredentials credentials(MockWebServer server) {
        return new ManagementCredentials(HostAddress.parse("http://127.0.0.1:" + server.url("/").port()), USER_POOL_ID,
                USER_POOL_SECRET, Lang.EN_US);
    }

    /** The answer of get-management-token with the given lifetime in seconds. */
    static MockResponse managementToken(Secret token, int expiresIn) {
        return ok("{\"access_token\":\"" + token.reveal() + "\",\"expires_in\":" + expiresIn + "}");
    }

    /** A failed envelope: HTTP 200 with the given statusCode and apiCode. */
    static MockResponse refusal(int statusCode, int apiCode) {
        return json(200, "{\"statusCode\":" + statusCode + ",\"apiCode\":" + apiCode
                + ",\"message\":\"refused\",\"requestId\":\"req-1\"}");
    }

    static MockResponse json(int httpStatus, String body) {
        return new MockResponse.Builder().code(httpStatus).setHeader("content-type", "application/json").body(body).build();
    }

    /** A successful envelope around {@code dataJson}. */
    static MockResponse ok(String dataJson) {
        return json(200, "{\"statusCode\":200,\"message\":\"\",\"data\":" + dataJson + "}");
    }

    static String tokenData(String extraFields) {
        return "{\"access_token\":\"" + TOKEN.reveal() + "\",\"id_token\":\"id-tok\",\"refresh_token\":\"refresh-tok\","
                + "\"token_type\":\"Bearer\"" + extraFields + "}";
    }

    /** A JWT-shaped token with the given payload and a dummy signature. */
    static String jwt(String payloadJson) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(payloadJson.getBytes(StandardCharsets.UTF_8)) + ".c2lnbmF0dXJl";
    }

    /** Runs a call that must fail, checks that no secret leaked into the failure, and returns it. */
    static GenAuthException failure(ThrowingCallable call) {
        GenAuthException e = catchThrowableOfType(GenAuthException.class, call);
        assertThat(e).as("the call should fail with GenAuthException").isNotNull();
        assertNoSecretIn(e);
        return e;
    }

    static void assertNoSecretIn(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            for (String text : new String[] {t.getMessage(), t.toString()}) {
                assertThat(text == null ? "" : text)
                        .doesNotContain(APP_SECRET.reveal(), PASSWORD.reveal(), TOKEN.reveal(),
                                USER_POOL_SECRET.reveal(), MGMT_TOKEN.reveal());
            }
        }
    }
}
