package mfainspector.genauth;

import static mfainspector.genauth.ApiFixtures.PASSWORD;
import static mfainspector.genauth.ApiFixtures.TOKEN;
import static mfainspector.genauth.ApiFixtures.app;
import static mfainspector.genauth.ApiFixtures.failure;
import static mfainspector.genauth.ApiFixtures.json;
import static mfainspector.genauth.ApiFixtures.ok;
import static mfainspector.genauth.ApiFixtures.tokenData;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Servers that misbehave over real loopback sockets: silence, a drip, expiry, redirects, errors, a flood. */
class ServerFaultTest {

    private static final long MIB = 1024 * 1024;

    @StartStop
    final MockWebServer server = new MockWebServer();

    @StartStop
    final MockWebServer otherHost = new MockWebServer();

    private final GenAuthClient client = GenAuthClient.builder().maxAttempts(1).readTimeout(Duration.ofSeconds(3)).build();

    private GenAuthException factorsFailure(GenAuthClient c, AppConnection app) {
        return failure(() -> c.listEnrolledFactors(app, TOKEN, CancelSignal.none()));
    }

    @Test
    void serverThatAcceptsAndNeverAnswersTimesOutWithinTheReadTimeout() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CompletableFuture<Socket> accepted = CompletableFuture.supplyAsync(() -> {
                try {
                    return silent.accept();
                } catch (IOException e) {
                    return null;
                }
            });
            GenAuthClient impatient = GenAuthClient.builder().maxAttempts(1).readTimeout(Duration.ofMillis(500)).build();
            long start = System.nanoTime();

            GenAuthException e = factorsFailure(impatient, loopback(silent.getLocalPort()));

            assertThat(e.category()).isEqualTo(ErrorCategory.TIMEOUT);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
            assertThat(accepted.get(1, TimeUnit.SECONDS)).as("the connection was accepted").isNotNull().satisfies(Socket::close);
        }
    }

    @Test
    void slowDripOfBytesIsEndedByTheCallTimeout() {
        GenAuthClient bounded = GenAuthClient.builder().maxAttempts(1).readTimeout(Duration.ofSeconds(3))
                .callTimeout(Duration.ofMillis(1500)).build();
        server.enqueue(ok("[]").newBuilder().throttleBody(1, 500, TimeUnit.MILLISECONDS).build());
        long start = System.nanoTime();

        GenAuthException e = factorsFailure(bounded, app(server, TokenAuthMethod.NONE));

        assertThat(e.category()).isEqualTo(ErrorCategory.TIMEOUT);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(1400), Duration.ofSeconds(4));
    }

    @Test
    void tokenThatExpiresBetweenTwoCallsGivesNotSignedInOnTheSecond() throws Exception {
        AtomicLong validUntil = new AtomicLong();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                if (request.getUrl().encodedPath().endsWith("/signin")) {
                    validUntil.set(System.currentTimeMillis() + 1000);
                    return ok(tokenData(",\"expires_in\":1"));
                }
                return System.currentTimeMillis() < validUntil.get() ? ok("[]")
                        : json(200, "{\"statusCode\":401,\"apiCode\":2020,\"message\":\"token expired\",\"data\":null}");
            }
        });
        AppConnection app = app(server, TokenAuthMethod.NONE);
        Tokens tokens = client.signIn(app, AccountType.ACCOUNT, "alice", PASSWORD, CancelSignal.none());

        assertThat(client.listEnrolledFactors(app, tokens.accessToken(), CancelSignal.none())).isEmpty();
        Thread.sleep(Math.max(0, validUntil.get() - System.currentTimeMillis() + 100));
        GenAuthException e = factorsFailure(client, app);

        assertThat(tokens.expiresAt()).hasValueSatisfying(at -> assertThat(at).isBefore(Instant.now()));
        assertThat(e.category()).isEqualTo(ErrorCategory.NOT_SIGNED_IN);
        assertThat(e.apiCode()).hasValue(2020);
    }

    @Test
    void redirectToAnotherHostIsNotFollowedAndItReceivesNoCredentials() throws Exception {
        String elsewhere = "http://localhost:" + otherHost.getPort();
        otherHost.enqueue(ok("[]"));
        otherHost.enqueue(ok(tokenData("")));
        server.enqueue(new MockResponse.Builder().code(302).setHeader("Location", elsewhere + "/api/v3/list-enrolled-factors").build());
        server.enqueue(new MockResponse.Builder().code(307).setHeader("Location", elsewhere + "/api/v3/signin").build());

        GenAuthException get = factorsFailure(client, app(server, TokenAuthMethod.NONE));
        GenAuthException signIn = failure(() -> client.signIn(app(server, TokenAuthMethod.CLIENT_SECRET_BASIC),
                AccountType.ACCOUNT, "alice", PASSWORD, CancelSignal.none()));

        assertThat(get.getMessage()).contains("redirected to " + elsewhere);
        assertThat(signIn.getMessage()).contains("redirected to " + elsewhere);
        assertThat(server.takeRequest().getHeaders().get("authorization")).isEqualTo("Bearer " + TOKEN.reveal());
        assertThat(server.takeRequest().getHeaders().get("authorization")).startsWith("Basic ");
        assertThat(otherHost.getRequestCount()).isZero();
    }

    @ParameterizedTest(name = "HTTP {0} with {1}")
    @CsvSource({"500, json", "500, empty", "502, json", "502, empty", "503, json", "503, text"})
    void serverErrorStatusIsAServerErrorWithOrWithoutAJsonBody(int status, String bodyKind) {
        String body = switch (bodyKind) {
            case "json" -> "{\"statusCode\":" + status + ",\"message\":\"upstream failed\",\"requestId\":\"req-9\"}";
            case "text" -> "Service Unavailable";
            default -> "";
        };
        server.enqueue(json(status, body));

        GenAuthException e = factorsFailure(client, app(server, TokenAuthMethod.NONE));

        assertThat(e.category()).isEqualTo(ErrorCategory.SERVER_ERROR);
        assertThat(e.httpStatus()).isEqualTo(status);
        if (bodyKind.equals("json")) {
            assertThat(e.serverMessage()).hasValue("upstream failed");
            assertThat(e.requestId()).hasValue("req-9");
        } else {
            assertThat(e.getMessage()).contains("answered HTTP " + status);
        }
    }

    @Test
    void rateLimitWithAnHtmlPageStillGivesTheSecondsForTheCountdown() {
        server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "12")
                .body("<html><body>Too Many Requests</body></html>").build());

        GenAuthException e = factorsFailure(client, app(server, TokenAuthMethod.NONE));

        assertThat(e.category()).isEqualTo(ErrorCategory.RATE_LIMITED);
        assertThat(e.retryAfterSeconds()).hasValue(12);
    }

    @Test
    void endlessBodyWithoutLengthIsCutOffAtTheCapWithoutBeingReadWhole() throws Exception {
        try (ServerSocket flood = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CompletableFuture<Long> sent = CompletableFuture.supplyAsync(() -> streamUntilRefused(flood, 50 * MIB));
            long start = System.nanoTime();

            GenAuthException e = factorsFailure(client, loopback(flood.getLocalPort()));

            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
            assertThat(e.category()).isEqualTo(ErrorCategory.MALFORMED_RESPONSE);
            assertThat(e.getMessage()).contains("response too large");
            assertThat(sent.get(10, TimeUnit.SECONDS)).as("bytes the server got out before the client hung up")
                    .isLessThan(25 * MIB);
        }
    }

    /** Answers one request with a JSON string that goes on without a length; returns how much was written. */
    private static long streamUntilRefused(ServerSocket listener, long limit) {
        long written = 0;
        try (Socket s = listener.accept(); OutputStream out = s.getOutputStream()) {
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n"
                    + "{\"statusCode\":200,\"data\":\"").getBytes(StandardCharsets.US_ASCII));
            byte[] block = "x".repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII);
            while (written < limit) {
                out.write(block);
                written += block.length;
            }
        } catch (IOException clientHungUp) {
            // expected: the client closes the connection once it has read past its cap
        }
        return written;
    }

    private static AppConnection loopback(int port) {
        return new AppConnection(HostAddress.parse("http://127.0.0.1:" + port), ApiFixtures.APP_ID, ApiFixtures.APP_SECRET,
                TokenAuthMethod.NONE, Lang.EN_US);
    }
}
