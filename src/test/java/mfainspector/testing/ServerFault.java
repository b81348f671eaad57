package mfainspector.testing;

import java.util.function.Supplier;
import mfainspector.genauth.ErrorCategory;
import mfainspector.genauth.Secret;
import mockwebserver3.MockResponse;

/**
 * The faulty answers a server can give, as MockWebServer responses, with the category the app must
 * report: one list shared by the window tests and the command tests, so both cover the same cases.
 */
public enum ServerFault {
    HTTP_500(() -> json(500, "{\"statusCode\":500,\"message\":\"internal error\",\"requestId\":\"req-500\"}"), ErrorCategory.SERVER_ERROR),
    HTTP_502_HTML(() -> new MockResponse.Builder().code(502).setHeader("content-type", "text/html")
            .body("<html><body><h1>502 Bad Gateway</h1></body></html>").build(), ErrorCategory.SERVER_ERROR),
    HTTP_503(() -> new MockResponse.Builder().code(503).body("").build(), ErrorCategory.SERVER_ERROR),
    RATE_LIMITED_WITH_RETRY_AFTER(() -> new MockResponse.Builder().code(429).setHeader("Retry-After", "120")
            .body("").build(), ErrorCategory.RATE_LIMITED),
    RATE_LIMITED_WITHOUT_RETRY_AFTER(() -> new MockResponse.Builder().code(429).body("").build(), ErrorCategory.RATE_LIMITED),
    HTML_PAGE(() -> new MockResponse.Builder().code(200).setHeader("content-type", "text/html")
            .body("<!doctype html><html><body>Welcome to our portal</body></html>").build(), ErrorCategory.MALFORMED_RESPONSE),
    EMPTY_BODY(() -> new MockResponse.Builder().code(200).body("").build(), ErrorCategory.MALFORMED_RESPONSE),
    MALFORMED_JSON(() -> json(200, "{\"statusCode\":200,\"data\":{\"access_token\""), ErrorCategory.MALFORMED_RESPONSE),
    WRONG_SHAPE(() -> json(200, "[1,2,3]"), ErrorCategory.MALFORMED_RESPONSE),
    DATA_NULL(() -> json(200, "{\"statusCode\":200,\"message\":\"\",\"data\":null}"), ErrorCategory.MALFORMED_RESPONSE),
    OVERSIZED(() -> new MockResponse.Builder().setHeader("content-type", "application/json")
            .chunkedBody("{\"statusCode\":200,\"data\":\"" + "x".repeat(5 * 1024 * 1024) + "\"}", 64 * 1024).build(),
            ErrorCategory.MALFORMED_RESPONSE),
    REDIRECT_TO_ANOTHER_HOST(() -> new MockResponse.Builder().code(302)
            .setHeader("Location", "https://tenant.example.com/api/v3/signin").build(), ErrorCategory.MALFORMED_RESPONSE);

    /** Values the fake sign-in answers carry; none may ever be shown or logged. */
    public static final Secret TOKEN = Secret.of("opaque-token-5e1d9c");

    private final Supplier<MockResponse> response;
    private final ErrorCategory category;

    ServerFault(Supplier<MockResponse> response, ErrorCategory category) {
        this.response = response;
        this.category = category;
    }

    public MockResponse response() {
        return response.get();
    }

    public ErrorCategory category() {
        return category;
    }

    /** Whether trying again may help, so the window offers Retry. */
    public boolean retryable() {
        return category == ErrorCategory.SERVER_ERROR || category == ErrorCategory.RATE_LIMITED;
    }

    public static MockResponse json(int status, String body) {
        return new MockResponse.Builder().code(status).setHeader("content-type", "application/json").body(body).build();
    }

    /** A successful envelope around {@code dataJson}. */
    public static MockResponse ok(String dataJson) {
        return json(200, "{\"statusCode\":200,\"message\":\"\",\"data\":" + dataJson + "}");
    }

    /** A successful sign-in that returns {@link #TOKEN}. */
    public static MockResponse signedIn() {
        return ok("{\"access_token\":\"" + TOKEN.reveal() + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}");
    }

    /** One enrolled SMS factor. */
    public static MockResponse oneSmsFactor() {
        return ok("[{\"factorId\":\"f-1\",\"factorType\":\"SMS\",\"profile\":{\"phoneNumber\":\"2025550199\",\"phoneCountryCode\":\"+1\"}}]");
    }

    public static MockResponse nothingToEnroll() {
        return ok("[]");
    }
}
