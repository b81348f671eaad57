package mfainspector.genauth;

import static mfainspector.genauth.ApiFixtures.PASSWORD;
import static mfainspector.genauth.ApiFixtures.TOKEN;
import static mfainspector.genauth.ApiFixtures.app;
import static mfainspector.genauth.ApiFixtures.failure;
import static mfainspector.genauth.ApiFixtures.fastClient;
import static mfainspector.genauth.ApiFixtures.json;
import static mfainspector.genauth.ApiFixtures.ok;
import static mfainspector.genauth.ApiFixtures.tokenData;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** GETs retry transient faults within a cap; sign-in never does; a cancel ends a call at once. */
class GenAuthClientRetryCancelTest {

    @StartStop
    final MockWebServer server = new MockWebServer();

    private final GenAuthClient client = fastClient();

    private static MockResponse unavailable() {
        return new MockResponse.Builder().code(503).body("<html>Service Unavailable</html>").build();
    }

    private GenAuthException factorsFailure(GenAuthClient c, CancelSignal cancel) {
        return failure(() -> c.listEnrolledFactors(app(server, TokenAuthMethod.NONE), TOKEN, cancel));
    }

    @Test
    void getIsRetriedAfter503AndThenSucceeds() throws Exception {
        server.enqueue(unavailable());
        server.enqueue(ok("[{\"factorId\":\"f\",\"factorType\":\"OTP\"}]"));

        assertThat(client.listEnrolledFactors(app(server, TokenAuthMethod.NONE), TOKEN, CancelSignal.none())).hasSize(1);
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void getIsRetriedWhenOnlyTheEnvelopeSays503() throws Exception {
        server.enqueue(json(200, "{\"statusCode\":503,\"message\":\"busy\"}"));
        server.enqueue(ok("[]"));

        assertThat(client.listEnrolledFactors(app(server, TokenAuthMethod.NONE), TOKEN, CancelSignal.none())).isEmpty();
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void getIsRetriedAfterRateLimitWithAShortRetryAfter() throws Exception {
        server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "0").body("").build());
        server.enqueue(ok("[\"SMS\"]"));

        assertThat(client.listFactorsToEnroll(app(server, TokenAuthMethod.NONE), TOKEN, CancelSignal.none())).hasSize(1);
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void retryAfterBeyondTheCapFailsAtOnceWithTheSeconds() {
        server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "60").body("").build());
        server.enqueue(ok("[]"));
        long start = System.nanoTime();

        GenAuthException e = factorsFailure(client, CancelSignal.none());

        assertThat(e.category()).isEqualTo(ErrorCategory.RATE_LIMITED);
        assertThat(e.retryAfterSeconds()).hasValue(60);
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void retryGivesUpAfterMaxAttempts() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(unavailable());
        }
        server.enqueue(ok("[]"));

        GenAuthException e = factorsFailure(client, CancelSignal.none());

        assertThat(e.category()).isEqualTo(ErrorCategory.SERVER_ERROR);
        assertThat(e.httpStatus()).isEqualTo(503);
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void nonTransientServerErrorAndRefusalsAreNotRetried() {
        server.enqueue(json(200, "{\"statusCode\":500,\"message\":\"internal\"}"));
        server.enqueue(json(200, "{\"statusCode\":401,\"apiCode\":2020,\"message\":\"expired\"}"));
        server.enqueue(ok("[]"));

        assertThat(factorsFailure(client, CancelSignal.none()).category()).isEqualTo(ErrorCategory.SERVER_ERROR);
        assertThat(factorsFailure(client, CancelSignal.none()).category()).isEqualTo(ErrorCategory.NOT_SIGNED_IN);
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void signInIsNeverRetried() {
        server.enqueue(unavailable());
        server.enqueue(ok(tokenData("")));

        GenAuthException e = failure(() -> client.signIn(app(server, TokenAuthMethod.CLIENT_SECRET_POST), AccountType.ACCOUNT,
                "alice", PASSWORD, CancelSignal.none()));

        assertThat(e.category()).isEqualTo(ErrorCategory.SERVER_ERROR);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void refusedConnectionIsRetriedWithGrowingBackoff() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        AppConnection nowhere = new AppConnection(HostAddress.parse("http://127.0.0.1:" + closedPort), "app",
                Secret.empty(), TokenAuthMethod.NONE, Lang.EN_US);
        GenAuthClient slowBackoff = GenAuthClient.builder().baseDelay(Duration.ofMillis(200)).build();
        long start = System.nanoTime();

        GenAuthException e = failure(() -> slowBackoff.listEnrolledFactors(nowhere, TOKEN, CancelSignal.none()));

        assertThat(e.category()).isEqualTo(ErrorCategory.NETWORK_UNREACHABLE);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(600));
    }

    @Test
    void cancelDuringASlowAnswerEndsTheCallAtOnce() throws Exception {
        server.enqueue(ok("[]").newBuilder().headersDelay(20, TimeUnit.SECONDS).build());
        GenAuthClient patient = GenAuthClient.builder().readTimeout(Duration.ofSeconds(30)).build();
        CancelSignal cancel = new CancelSignal();
        CompletableFuture<GenAuthException> call = CompletableFuture.supplyAsync(() -> factorsFailure(patient, cancel));
        assertThat(server.takeRequest(5, TimeUnit.SECONDS)).isNotNull();

        long start = System.nanoTime();
        cancel.cancel();
        GenAuthException e = call.get(5, TimeUnit.SECONDS);

        assertThat(e.category()).isEqualTo(ErrorCategory.CANCELLED);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void cancelDuringABackoffWaitEndsTheCallAtOnce() throws Exception {
        server.enqueue(unavailable());
        server.enqueue(ok("[]"));
        GenAuthClient longBackoff = GenAuthClient.builder().baseDelay(Duration.ofSeconds(30)).build();
        CancelSignal cancel = new CancelSignal();
        CompletableFuture<GenAuthException> call = CompletableFuture.supplyAsync(() -> factorsFailure(longBackoff, cancel));
        assertThat(server.takeRequest(5, TimeUnit.SECONDS)).isNotNull();

        cancel.cancel();
        GenAuthException e = call.get(5, TimeUnit.SECONDS);

        assertThat(e.category()).isEqualTo(ErrorCategory.CANCELLED);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void alreadyCancelledSignalSendsNothing() {
        CancelSignal cancel = new CancelSignal();
        cancel.cancel();

        GenAuthException e = failure(() -> client.signIn(app(server, TokenAuthMethod.NONE), AccountType.ACCOUNT, "alice",
                PASSWORD, cancel));

        assertThat(e.category()).isEqualTo(ErrorCategory.CANCELLED);
        assertThat(server.getRequestCount()).isZero();
    }
}
