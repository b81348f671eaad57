package mfainspector.genauth;

import static mfainspector.genauth.ApiFixtures.PASSWORD;
import static mfainspector.genauth.ApiFixtures.TOKEN;
import static mfainspector.genauth.ApiFixtures.app;
import static mfainspector.genauth.ApiFixtures.failure;
import static mfainspector.genauth.ApiFixtures.fastClient;
import static mfainspector.genauth.ApiFixtures.json;
import static mfainspector.genauth.ApiFixtures.ok;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every failure becomes a GenAuthException of the right category, carrying the codes and no secret. */
class GenAuthClientErrorTest {

    @StartStop
    final MockWebServer server = new MockWebServer();

    private final GenAuthClient client = GenAuthClient.builder().maxAttempts(1).readTimeout(Duration.ofSeconds(3)).build();

    private GenAuthException signInFailure() {
        return failure(() -> client.signIn(app(server, TokenAuthMethod.CLIENT_SECRET_POST), AccountType.ACCOUNT, "alice",
                PASSWORD, CancelSignal.none()));
    }

    private GenAuthException factorsFailure() {
        return failure(() -> client.listEnrolledFactors(app(server, TokenAuthMethod.CLIENT_SECRET_POST), TOKEN,
                CancelSignal.none()));
    }

    @ParameterizedTest(name = "HTTP {0}, statusCode {1}, apiCode {2} -> {3}")
    @CsvSource({
            "200, 429, ,     RATE_LIMITED",
            "429, 429, ,     RATE_LIMITED",
            "200, 401, ,     NOT_SIGNED_IN",
            "401, 401, ,     NOT_SIGNED_IN",
            "200, 403, 2020, NOT_SIGNED_IN",
            "200, 403, 2333, WRONG_CREDENTIALS",
            "200, 400, 2006, WRONG_CREDENTIALS",
            "200, 404, 2004, WRONG_CREDENTIALS",
            "200, 404, 2011, APP_MISCONFIGURED",
            "200, 400, 1300, APP_MISCONFIGURED",
            "200, 400, 1306, APP_MISCONFIGURED",
            "200, 400, 1635, MFA_REQUIRED",
            "200, 400, 1636, MFA_REQUIRED",
            "200, 403, 2005, USER_LOCKED",
            "200, 400, 1639, USER_LOCKED",
            "200, 400, 2058, USER_LOCKED",
            "200, 402, ,     PERMISSION_DENIED",
            "200, 403, 9999, PERMISSION_DENIED",
            "200, 404, ,     NOT_FOUND",
            "200, 500, ,     SERVER_ERROR",
            "200, 503, ,     SERVER_ERROR",
            "200, 602, ,     SERVER_ERROR",
            "502, 200, ,     SERVER_ERROR",
            "200, 400, ,     REJECTED",
            "200, 409, 1307, REJECTED",
            "200, 422, ,     REJECTED",
    })
    void envelopeCodesMapToTheirCategory(int http, int statusCode, Integer apiCode, ErrorCategory expected) {
        server.enqueue(json(http, "{\"statusCode\":" + statusCode + (apiCode == null ? "" : ",\"apiCode\":" + apiCode)
                + ",\"message\":\"server says no\",\"requestId\":\"req-42\",\"data\":null}"));

        GenAuthException e = signInFailure();

        assertThat(e.category()).isEqualTo(expected);
        assertThat(e.httpStatus()).isEqualTo(http);
        assertThat(e.statusCode()).hasValue(statusCode);
        if (apiCode != null) {
            assertThat(e.apiCode()).hasValue(apiCode);
        }
        assertThat(e.serverMessage()).hasValue("server says no");
        assertThat(e.requestId()).hasValue("req-42");
        assertThat(e.getMessage()).contains("server says no", "requestId=req-42");
    }

    @Test
    void rateLimitCarriesRetryAfterSeconds() {
        server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "7")
                .body("{\"statusCode\":429,\"message\":\"slow down\"}").build());

        GenAuthException e = signInFailure();

        assertThat(e.category()).isEqualTo(ErrorCategory.RATE_LIMITED);
        assertThat(e.retryAfterSeconds()).hasValue(7);
    }

    @Test
    void rateLimitReadsRetryAfterAsAnHttpDate() {
        String inOneMinute = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(60));
        server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", inOneMinute).body("").build());

        GenAuthException e = signInFailure();

        assertThat(e.category()).isEqualTo(ErrorCategory.RATE_LIMITED);
        assertThat(e.retryAfterSeconds().getAsInt()).isBetween(55, 61);
    }

    @Test
    void rateLimitWithoutRetryAfterHasNoWait() {
        server.enqueue(json(429, "{\"statusCode\":429,\"message\":\"slow down\"}"));

        GenAuthException e = signInFailure();

        assertThat(e.category()).isEqualTo(ErrorCategory.RATE_LIMITED);
        assertThat(e.retryAfterSeconds()).isEmpty();
    }

    @Test
    void http401WithoutBodyMeansNotSignedIn() {
        server.enqueue(new MockResponse.Builder().code(401).build());

        assertThat(factorsFailure().category()).isEqualTo(ErrorCategory.NOT_SIGNED_IN);
    }

    @Test
    void bareOauthErrorOnHttp400IsRejectedWithItsDescription() {
        server.enqueue(json(400, "{\"error\":\"invalid_request\",\"error_description\":\"bad grant\"}"));

        GenAuthException e = signInFailure();

        assertThat(e.category()).isEqualTo(ErrorCategory.REJECTED);
        assertThat(e.serverMessage()).hasValue("bad grant");
    }

    @Test
    void htmlErrorPageFromAGatewayIsAServerError() {
        server.enqueue(new MockResponse.Builder().code(502).body("<html><body>Bad Gateway</body></html>").build());

        assertThat(signInFailure().category()).isEqualTo(ErrorCategory.SERVER_ERROR);
    }

    @Test
    void htmlPageIsMalformedAndSaysSo() {
        server.enqueue(new MockResponse.Builder().code(200).body("<!doctype html><html>Welcome</html>").build());

        GenAuthException e = signInFailure();

        assertThat(e.category()).isEqualTo(ErrorCategory.MALFORMED_RESPONSE);
        assertThat(e.getMessage()).contains("HTML page", "Authentication Address");
    }

    @Test
    void emptyBodyIsMalformed() {
        server.enqueue(new MockResponse.Builder().code(200).body("").build());

        GenAuthException e = factorsFailure();

        assertThat(e.category()).isEqualTo(ErrorCategory.MALFORMED_RESPONSE);
        assertThat(e.getMessage()).contains("empty body");
    }

    @Test
    void brokenJsonIsMalformed() {
        server.enqueue(json(200, "{\"statusCode\":200,\"data\":[{\"factorType\""));

        GenAuthException e = factorsFailure();

        assertThat(e.category()).isEqualTo(ErrorCategory.MALFORMED_RESPONSE);
        assertThat(e.getMessage()).contains("not valid JSON");
    }

    @Test
    void jsonOfTheWrongShapeIsMalformed() {
        server.enqueue(json(200, "[1,2,3]"));
        assertThat(factorsFailure().category()).isEqualTo(ErrorCategory.MALFORMED_RESPONSE);

        server.enqueue(json(200, "{\"hello\":\"world\"}"));
        assertThat(factorsFailure().getMessage()).contains("no statusCode");

        server.enqueue(ok("[{\"factorId\":\"f1\",\"profile\":{}}]"));
        assertThat(factorsFailure().getMessage()).contains("no factorType");

        server.enqueue(ok("{\"unexpected\":true}"));
        assertThat(failure(() -> client.listFactorsToEnroll(app(server, TokenAuthMethod.NONE), TOKEN, CancelSignal.none()))
                .category()).isEqualTo(ErrorCategory.MALFORMED_RESPONSE);
    }

    @Test
    void nullOrMissingDataIsMalformedWhereAValueIsNeeded() {
        server.enqueue(ok("null"));
        assertThat(factorsFailure().category()).isEqualTo(ErrorCategory.MALFORMED_RESPONSE);

        server.enqueue(json(200, "{\"statusCode\":200,\"message\":\"\"}"));
        GenAuthException e = signInFailure();
        assertThat(e.category()).isEqualTo(ErrorCategory.MALFORMED_RESPONSE);
        assertThat(e.getMessage()).contains("no data");

        server.enqueue(ok("{\"token_type\":\"Bearer\"}"));
        assertThat(signInFailure().getMessage()).contains("no access_token");
    }

    @Test
    void oversizedBodyIsRefusedWithOrWithoutContentLength() {
        String huge = "{\"statusCode\":200,\"data\":\"" + "x".repeat(Transport.MAX_BODY_BYTES) + "\"}";
        server.enqueue(json(200, huge));
        assertThat(factorsFailure().getMessage()).contains("MALFORMED_RESPONSE", "response too large");

        server.enqueue(new MockResponse.Builder().chunkedBody(huge, 64 * 1024).build());
        assertThat(factorsFailure().getMessage()).contains("MALFORMED_RESPONSE", "response too large");
    }

    @Test
    void redirectIsNotFollowedAndNamesTheOtherHost() throws Exception {
        server.enqueue(new MockResponse.Builder().code(301)
                .setHeader("Location", "https://tenant.example.com/api/v3/signin").build());
        server.enqueue(ok("[]"));

        GenAuthException e = signInFailure();

        assertThat(e.category()).isEqualTo(ErrorCategory.MALFORMED_RESPONSE);
        assertThat(e.getMessage()).contains("redirected to https://tenant.example.com", "enter https://tenant.example.com");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void slowAnswerTimesOut() {
        GenAuthClient impatient = GenAuthClient.builder().maxAttempts(1).readTimeout(Duration.ofMillis(300)).build();
        server.enqueue(ok("[]").newBuilder().headersDelay(3, TimeUnit.SECONDS).build());

        GenAuthException e = failure(() -> impatient.listEnrolledFactors(app(server, TokenAuthMethod.NONE), TOKEN,
                CancelSignal.none()));

        assertThat(e.category()).isEqualTo(ErrorCategory.TIMEOUT);
        assertThat(e.getMessage()).contains("did not answer in time");
    }

    @Test
    void closedPortIsNetworkUnreachable() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        AppConnection nowhere = new AppConnection(HostAddress.parse("http://127.0.0.1:" + closedPort), "app", ApiFixtures.APP_SECRET,
                TokenAuthMethod.CLIENT_SECRET_POST, Lang.EN_US);

        GenAuthException e = failure(() -> fastClient().signIn(nowhere, AccountType.ACCOUNT, "alice", PASSWORD, CancelSignal.none()));

        assertThat(e.category()).isEqualTo(ErrorCategory.NETWORK_UNREACHABLE);
        assertThat(e.getMessage()).contains("could not connect to http://127.0.0.1:" + closedPort);
    }

    @Test
    void httpsToAServerThatAnswersPlainTextIsATlsFailure() throws Exception {
        try (ServerSocket plain = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread answerInPlainText = new Thread(() -> {
                try (Socket s = plain.accept()) {
                    s.getOutputStream().write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    s.getOutputStream().flush();
                } catch (IOException ignored) {
                    // the client gave up; the assertion below reports what it saw
                }
            });
            answerInPlainText.start();
            AppConnection tls = new AppConnection(HostAddress.parse("https://127.0.0.1:" + plain.getLocalPort()), "app",
                    ApiFixtures.APP_SECRET, TokenAuthMethod.CLIENT_SECRET_POST, Lang.EN_US);

            GenAuthException e = failure(() -> client.signIn(tls, AccountType.ACCOUNT, "alice", PASSWORD, CancelSignal.none()));

            assertThat(e.category()).isEqualTo(ErrorCategory.TLS_FAILURE);
            assertThat(e.getMessage()).contains("TLS", "127.0.0.1:" + plain.getLocalPort());
            answerInPlainText.join(5000);
        }
    }
}
