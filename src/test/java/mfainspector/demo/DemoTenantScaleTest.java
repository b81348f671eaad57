package mfainspector.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mfainspector.demo.TenantCalls.Reply;
import mfainspector.genauth.CancelSignal;
import mfainspector.genauth.ErrorCategory;
import mfainspector.genauth.GenAuthClient;
import mfainspector.genauth.GenAuthException;
import mfainspector.genauth.HostAddress;
import mfainspector.genauth.Lang;
import mfainspector.genauth.ListUsersQuery;
import mfainspector.genauth.ManagementClient;
import mfainspector.genauth.ManagementCredentials;
import mfainspector.lookup.UserIdType;
import mfainspector.lookup.UserPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The demo tenant at scale: 100,000 synthetic users, paging as GenAuth's list-users with the cap, filters and order. */
class DemoTenantScaleTest {

    static DemoTenant tenant;
    static TenantCalls calls;
    static String token;

    @BeforeAll
    static void start() throws Exception {
        tenant = DemoTenant.start(DemoOptions.defaults(), DemoScale.none().withUsers(100_000));
        calls = new TenantCalls(tenant);
        token = calls.managementToken();
    }

    @AfterAll
    static void close() {
        tenant.close();
    }

    @Test
    void aHundredThousandUsersAreListedFastAndAlikeEveryTime() {
        long start = System.nanoTime();
        Reply first = list(Map.of("options", Map.of("pagination", Map.of("page", 199, "limit", 50),
                "sort", List.of(Map.of("field", "createdAt", "order", "asc")))));
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(2.0);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.data().path("totalCount").asLong()).isEqualTo(100_008);
        JsonNode user = first.data().path("list").get(0);
        assertThat(user.path("username").asText()).isEqualTo("user009900");
        assertThat(user.path("email").asText()).matches("user009900@example\\.(com|net|org)");
        assertThat(user.path("phone").isNull() || user.path("phone").asText().matches("\\d{3}55501\\d{2}|7700900\\d{3}"))
                .isTrue();
        Reply again = list(Map.of("options", Map.of("pagination", Map.of("page", 199, "limit", 50),
                "sort", List.of(Map.of("field", "createdAt", "order", "asc")))));
        assertThat(again.data().path("list")).isEqualTo(first.data().path("list"));
    }

    @Test
    void pagesBeyondTheCapAreRefused() {
        Reply deep = list(Map.of("options", Map.of("pagination", Map.of("page", 201, "limit", 50),
                "sort", List.of(Map.of("field", "createdAt", "order", "asc")))));
        assertThat(deep.statusCode()).isEqualTo(400);
        assertThat(deep.message()).contains("10000");
    }

    @Test
    void aCreationTimeRangeBothEndsIncludedOldestOrNewestFirst() throws Exception {
        ManagementClient client = client();
        UserPage firstTen = client.listUsers(ListUsersQuery.all(false, 1, 10), CancelSignal.none());
        Instant from = firstTen.users().get(2).createdAt().orElseThrow();
        Instant to = firstTen.users().get(6).createdAt().orElseThrow();

        UserPage range = client.listUsers(ListUsersQuery.created(from, to, 1, 50), CancelSignal.none());

        assertThat(range.totalCount()).isEqualTo(5);
        assertThat(range.users()).extracting(u -> u.username())
                .containsExactly("user000002", "user000003", "user000004", "user000005", "user000006");
        UserPage newest = client.listUsers(ListUsersQuery.all(true, 1, 3), CancelSignal.none());
        List<Instant> times = new ArrayList<>();
        newest.users().forEach(u -> times.add(u.createdAt().orElseThrow()));
        assertThat(times).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(newest.users().get(0).username()).as("the named users were created last").isIn("alice", "bob", "carol",
                "dave", "erin", "frank", "grace", "heidi");
    }

    @Test
    void statusFilterAndUnsupportedFilters() {
        Reply suspended = list(Map.of("advancedFilter", List.of(Map.of("field", "status", "operator", "EQUAL",
                "value", "Suspended")), "options", Map.of("pagination", Map.of("page", 1, "limit", 50))));
        assertThat(suspended.data().path("totalCount").asLong()).isBetween(4_000L, 8_000L);
        suspended.data().path("list").forEach(u -> assertThat(u.path("status").asText()).isEqualTo("Suspended"));

        Reply bad = list(Map.of("advancedFilter", List.of(Map.of("field", "mfa", "operator", "EQUAL", "value", "x")),
                "options", Map.of("pagination", Map.of("page", 1, "limit", 50))));
        assertThat(bad.statusCode()).isEqualTo(400);
    }

    @Test
    void syntheticUsersAnswerTheLookUpCallsAndTheNamedOnesAreUnchanged() throws Exception {
        ManagementClient client = client();
        String id = client.listUsers(ListUsersQuery.all(false, 1, 1), CancelSignal.none()).users().get(0).userId();
        assertThat(id).hasSize(24);
        assertThat(client.getUser(UserIdType.USER_ID, id, CancelSignal.none()).username()).isEqualTo("user000000");
        assertThat(client.getUserMfaInfo(UserIdType.USER_ID, id, CancelSignal.none())).isNotNull();
        assertThat(client.getUser(UserIdType.USERNAME, "alice", CancelSignal.none()).email()).isEqualTo("alice@example.com");
        assertThat(client.listUsers("carol", 1, 10, CancelSignal.none()).users()).extracting(u -> u.username())
                .containsExactly("carol");
        assertThatThrownBy(() -> client.getUser(UserIdType.USER_ID, "7e5700000000000000ffffff", CancelSignal.none()))
                .isInstanceOf(GenAuthException.class)
                .satisfies(e -> assertThat(((GenAuthException) e).category()).isEqualTo(ErrorCategory.NOT_FOUND));
    }

    @Test
    void aboveTheRateLimitCallsAreRefusedWithRetryAfter() throws Exception {
        try (DemoTenant limited = DemoTenant.start(DemoOptions.defaults(), DemoScale.none().withUsers(10).withRateLimit(5))) {
            ManagementClient client = ManagementClient.over(GenAuthClient.builder().maxAttempts(1).build(),
                    new ManagementCredentials(HostAddress.parse(limited.baseUrl()), limited.userPoolId(),
                            limited.userPoolSecret(), Lang.EN_US));
            GenAuthException refused = null;
            for (int i = 0; i < 10 && refused == null; i++) {
                try {
                    client.getUser(UserIdType.USERNAME, "alice", CancelSignal.none());
                } catch (GenAuthException e) {
                    refused = e;
                }
            }
            assertThat(refused).isNotNull();
            assertThat(refused.category()).isEqualTo(ErrorCategory.RATE_LIMITED);
            assertThat(refused.httpStatus()).isEqualTo(429);
            assertThat(refused.retryAfterSeconds()).hasValue(1);
            assertThat(limited.served().get(DemoTenant.RATE_LIMITED)).isEqualTo(1);
            Thread.sleep(1100);
            assertThat(client.getUser(UserIdType.USERNAME, "alice", CancelSignal.none()).username()).isEqualTo("alice");
        }
    }

    private static ManagementClient client() {
        return ManagementClient.over(GenAuthClient.builder().maxAttempts(1).build(), new ManagementCredentials(
                HostAddress.parse(tenant.baseUrl()), tenant.userPoolId(), tenant.userPoolSecret(), Lang.EN_US));
    }

    private static Reply list(Object body) {
        return calls.post("/api/v3/list-users", body, "authorization", token, "x-authing-userpool-id",
                tenant.userPoolId());
    }
}
