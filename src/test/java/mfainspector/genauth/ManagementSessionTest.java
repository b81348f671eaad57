package mfainspector.genauth;

import static mfainspector.genauth.ApiFixtures.MGMT_TOKEN;
import static mfainspector.genauth.ApiFixtures.credentials;
import static mfainspector.genauth.ApiFixtures.failure;
import static mfainspector.genauth.ApiFixtures.fastClient;
import static mfainspector.genauth.ApiFixtures.json;
import static mfainspector.genauth.ApiFixtures.managementToken;
import static mfainspector.genauth.ApiFixtures.ok;
import static mfainspector.genauth.ApiFixtures.refusal;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import mfainspector.lookup.UserIdType;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The management token: fetched lazily, reused, renewed before expiry and once after a refusal. */
class ManagementSessionTest {

    private static final Secret SECOND_TOKEN = Secret.of("mgmt-token-second-6b1e");
    private static final String USER = "{\"userId\":\"u1\"}";

    @StartStop
    final MockWebServer server = new MockWebServer();

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-12T09:00:00Z"));
    private ManagementClient client;

    @BeforeEach
    void connect() {
        client = new ManagementClient(fastClient(), credentials(server), clock);
    }

    @Test
    void noTokenIsFetchedBeforeTheFirstCall() throws Exception {
        assertThat(server.getRequestCount()).isZero();
        server.enqueue(managementToken(MGMT_TOKEN, 7200));
        server.enqueue(ok(USER));
        client.getUser(UserIdType.USERNAME, "alice", CancelSignal.none());
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void theTokenIsReusedWhileMoreThanFiveMinutesRemain() throws Exception {
        server.enqueue(managementToken(MGMT_TOKEN, 7200));
        server.enqueue(ok(USER));
        server.enqueue(ok(USER));
        client.getUser(UserIdType.USERNAME, "alice", CancelSignal.none());
        clock.advance(Duration.ofSeconds(7200 - 301));
        client.getUser(UserIdType.USERNAME, "alice", CancelSignal.none());

        assertThat(targets()).containsExactly("/api/v3/get-management-token", "/api/v3/get-user", "/api/v3/get-user");
    }

    @Test
    void theTokenIsRenewedWhenFiveMinutesOrLessRemain() throws Exception {
        server.enqueue(managementToken(MGMT_TOKEN, 7200));
        server.enqueue(ok(USER));
        server.enqueue(managementToken(SECOND_TOKEN, 7200));
        server.enqueue(ok(USER));
        client.getUser(UserIdType.USERNAME, "alice", CancelSignal.none());
        clock.advance(Duration.ofSeconds(7200 - 300));
        client.getUser(UserIdType.USERNAME, "alice", CancelSignal.none());

        List<RecordedRequest> requests = requests(4);
        assertThat(requests.get(2).getTarget()).isEqualTo("/api/v3/get-management-token");
        assertThat(requests.get(3).getHeaders().get("authorization")).isEqualTo(SECOND_TOKEN.reveal());
    }

    @Test
    void aShortLivedTokenIsRenewedWhenATenthOfItsLifetimeRemains() throws Exception {
        server.enqueue(managementToken(MGMT_TOKEN, 600));
        server.enqueue(ok(USER));
        server.enqueue(ok(USER));
        server.enqueue(managementToken(SECOND_TOKEN, 600));
        server.enqueue(ok(USER));
        client.getUser(UserIdType.USERNAME, "alice", CancelSignal.none());
        clock.advance(Duration.ofSeconds(539));
        client.getUser(UserIdType.USERNAME, "alice", CancelSignal.none());
        clock.advance(Duration.ofSeconds(1));
        client.getUser(UserIdType.USERNAME, "alice", CancelSignal.none());

        assertThat(targets()).containsExactly("/api/v3/get-management-token", "/api/v3/get-user", "/api/v3/get-user",
                "/api/v3/get-management-token", "/api/v3/get-user");
    }

    @ParameterizedTest(name = "refused with {0}")
    @ValueSource(strings = {"statusCode 401", "apiCode 2020", "HTTP 401"})
    void aRefusedTokenIsRenewedOnceAndTheCallMadeOnceMore(String how) throws Exception {
        server.enqueue(managementToken(MGMT_TOKEN, 7200));
        server.enqueue(tokenRefused(how));
        server.enqueue(managementToken(SECOND_TOKEN, 7200));
        server.enqueue(ok("{\"userId\":\"u1\",\"username\":\"alice\"}"));

        assertThat(client.getUser(UserIdType.USERNAME, "alice", CancelSignal.none()).username()).isEqualTo("alice");

        List<RecordedRequest> requests = requests(4);
        assertThat(requests.get(1).getHeaders().get("authorization")).isEqualTo(MGMT_TOKEN.reveal());
        assertThat(requests.get(2).getTarget()).isEqualTo("/api/v3/get-management-token");
        assertThat(requests.get(3).getHeaders().get("authorization")).isEqualTo(SECOND_TOKEN.reveal());
    }

    @Test
    void aListUsersRefusedForItsTokenIsRenewedAndPostedOnceMore() throws Exception {
        server.enqueue(managementToken(MGMT_TOKEN, 7200));
        server.enqueue(refusal(401, 2020));
        server.enqueue(managementToken(SECOND_TOKEN, 7200));
        server.enqueue(ok("{\"totalCount\":1,\"list\":[" + USER + "]}"));

        assertThat(client.listUsers("a", 1, 10, CancelSignal.none()).totalCount()).isEqualTo(1);
        assertThat(targets()).containsExactly("/api/v3/get-management-token", "/api/v3/list-users",
                "/api/v3/get-management-token", "/api/v3/list-users");
    }

    @Test
    void aFreshTokenThatIsRefusedAgainIsPermissionDeniedWithoutAThirdTry() throws Exception {
        server.enqueue(managementToken(MGMT_TOKEN, 7200));
        server.enqueue(refusal(403, 2020));
        server.enqueue(managementToken(SECOND_TOKEN, 7200));
        server.enqueue(refusal(403, 2020));

        GenAuthException e = failure(() -> client.getUser(UserIdType.USERNAME, "alice", CancelSignal.none()));

        assertThat(e.category()).isEqualTo(ErrorCategory.PERMISSION_DENIED);
        assertThat(e.apiCode()).hasValue(2020);
        assertThat(server.getRequestCount()).isEqualTo(4);
    }

    @Test
    void aTokenWithoutLifetimeIsKeptUntilTheServerRefusesIt() throws Exception {
        server.enqueue(ok("{\"access_token\":\"" + MGMT_TOKEN.reveal() + "\"}"));
        server.enqueue(ok(USER));
        server.enqueue(ok(USER));
        client.getUser(UserIdType.USERNAME, "alice", CancelSignal.none());
        clock.advance(Duration.ofDays(2));
        client.getUser(UserIdType.USERNAME, "alice", CancelSignal.none());
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void concurrentFirstCallsShareOneTokenFetch() throws Exception {
        server.enqueue(managementToken(MGMT_TOKEN, 7200).newBuilder().bodyDelay(200, TimeUnit.MILLISECONDS)
                .build());
        for (int i = 0; i < 4; i++) {
            server.enqueue(ok(USER));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                calls.add(pool.submit((Callable<?>) () -> client.getUser(UserIdType.USERNAME, "a", CancelSignal.none())));
            }
            for (Future<?> f : calls) {
                f.get(10, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(targets()).filteredOn("/api/v3/get-management-token"::equals).hasSize(1);
        assertThat(server.getRequestCount()).isEqualTo(5);
    }

    private static MockResponse tokenRefused(String how) {
        return switch (how) {
            case "statusCode 401" -> json(200, "{\"statusCode\":401,\"message\":\"expired\"}");
            case "apiCode 2020" -> refusal(403, 2020);
            default -> json(401, "");
        };
    }

    private List<RecordedRequest> requests(int n) throws InterruptedException {
        List<RecordedRequest> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(server.takeRequest());
        }
        return list;
    }

    private List<String> targets() throws InterruptedException {
        List<String> paths = new ArrayList<>();
        for (RecordedRequest r : requests(server.getRequestCount())) {
            paths.add(r.getUrl().encodedPath());
        }
        return paths;
    }

    /** A clock the test moves forward by hand. */
    private static final class MutableClock extends Clock {
        private volatile Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
