package mfainspector.genauth;

import static mfainspector.genauth.ApiFixtures.MGMT_TOKEN;
import static mfainspector.genauth.ApiFixtures.credentials;
import static mfainspector.genauth.ApiFixtures.fastClient;
import static mfainspector.genauth.ApiFixtures.json;
import static mfainspector.genauth.ApiFixtures.managementToken;
import static mfainspector.genauth.ApiFixtures.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import mfainspector.factor.FactorType;
import mfainspector.lookup.AccountStatus;
import mfainspector.lookup.ActivityEvent;
import mfainspector.lookup.ActivityKind;
import mfainspector.lookup.ActivityPage;
import mfainspector.lookup.ManagedUser;
import mfainspector.lookup.UserIdType;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The case-view answers read tolerantly, and the requests as GenAuth expects them. */
class ManagementCaseParsingTest {

    @StartStop
    final MockWebServer server = new MockWebServer();

    private ManagementClient client;

    @BeforeEach
    void fetchTheTokenOnce() {
        client = new ManagementClient(fastClient(), credentials(server), Clock.systemUTC());
        server.enqueue(managementToken(MGMT_TOKEN, 7200));
    }

    @Test
    void aClientReportingToAnotherSinkSharesTheTokenAndHandsOnlyItsOwnRequestIds() throws Exception {
        List<String> shared = new CopyOnWriteArrayList<>();
        List<String> oneCheck = new CopyOnWriteArrayList<>();
        client.onRequestId(shared::add);
        ManagementClient checks = client.reportingTo(oneCheck::add);
        server.enqueue(json(200, "{\"statusCode\":200,\"message\":\"\",\"requestId\":\"r-shared\",\"data\":{\"userId\":\"u1\"}}"));
        server.enqueue(json(200, "{\"statusCode\":200,\"message\":\"\",\"requestId\":\"r-check\",\"data\":{\"userId\":\"u1\"}}"));

        client.getUser(UserIdType.USER_ID, "u1", CancelSignal.none());
        checks.getUser(UserIdType.USER_ID, "u1", CancelSignal.none());

        assertThat(shared).containsExactly("r-shared");
        assertThat(oneCheck).containsExactly("r-check");
        assertThat(server.getRequestCount()).as("one management token for both").isEqualTo(3);
    }

    @Test
    void healthFieldsAreReadAndMissingOnesAreUnknown() throws Exception {
        server.enqueue(ok("{\"userId\":\"u1\",\"status\":\"Deactivated\",\"statusChangedAt\":\"2026-11-12T08:00:00Z\","
                + "\"lastIp\":\"203.0.113.77\",\"lastLoginApp\":\"app1\",\"emailVerified\":false,"
                + "\"resetPasswordOnNextLogin\":\"true\"}"));

        ManagedUser u = client.getUser(UserIdType.USER_ID, "u1", CancelSignal.none());

        assertThat(u.health().status()).isEqualTo(AccountStatus.DEACTIVATED);
        assertThat(u.statusChangedAt()).hasValue(Instant.parse("2026-11-12T08:00:00Z"));
        assertThat(u.health().maskedLastIp()).isEqualTo("203.0.113.***");
        assertThat(u.lastLoginApp()).isEqualTo("app1");
        assertThat(u.emailVerified()).hasValue(false);
        assertThat(u.phoneVerified()).isEmpty();
        assertThat(u.resetPasswordOnNextLogin()).hasValue(true);
        assertThat(u.passwordLastSetAt()).isEmpty();
        assertThat(u.loginsCount()).isEmpty();
        assertThat(u.toString()).doesNotContain("203.0.113.77");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"Activated, ACTIVATED", "suspended, SUSPENDED", "Resigned, RESIGNED", "Archived, ARCHIVED",
        "Frozen, OTHER", "'', UNKNOWN"})
    void everyStatusHasAPlainMeaningAndAnUnknownOneStaysRaw(String raw, AccountStatus expected) {
        assertThat(AccountStatus.of(raw)).isEqualTo(expected);
        if (expected == AccountStatus.OTHER) {
            assertThat(new ManagedUser("u", "", "", "", "", "", "", "", raw, java.util.Optional.empty(),
                    java.util.Optional.empty(), java.util.OptionalInt.empty(), java.util.Optional.empty()).health()
                    .statusText()).isEqualTo(raw);
        }
    }

    @Test
    void actionLogsAreAskedWithEpochMillisecondsAsLongsAndPagination() throws Exception {
        server.enqueue(ok("{\"totalCount\":0,\"list\":[]}"));
        Instant start = Instant.parse("2026-11-23T12:00:00Z");
        Instant end = Instant.parse("2026-11-30T12:00:00Z");

        client.getUserActionLogs("u1", start, end, false, 2, 50, CancelSignal.none());

        server.takeRequest();
        RecordedRequest r = server.takeRequest();
        assertThat(r.getMethod()).isEqualTo("POST");
        assertThat(r.getTarget()).isEqualTo("/api/v3/get-user-action-logs");
        JsonNode body = new ObjectMapper().readTree(r.getBody().utf8());
        assertThat(body.path("userId").asText()).isEqualTo("u1");
        assertThat(body.path("start").isIntegralNumber()).isTrue();
        assertThat(body.path("start").longValue()).isEqualTo(start.toEpochMilli());
        assertThat(body.path("end").longValue()).isEqualTo(end.toEpochMilli());
        assertThat(body.path("success").asBoolean(true)).isFalse();
        assertThat(body.path("pagination").path("page").asInt()).isEqualTo(2);
        assertThat(body.path("pagination").path("limit").asInt()).isEqualTo(50);
    }

    @Test
    void loginHistoryIsAGetWithTheUserIdTypeAndPeriod() throws Exception {
        server.enqueue(ok("{\"totalCount\":1,\"list\":[{\"appId\":\"a\",\"appName\":\"Portal\",\"clientIp\":\"198.51.100.9\","
                + "\"time\":\"2026-11-30T08:00:00+08:00\"}]}"));

        ActivityPage page = client.getUserLoginHistory("u1", Instant.ofEpochMilli(1_700_000_000_000L),
                Instant.ofEpochMilli(1_700_000_100_000L), 1, 50, CancelSignal.none());

        server.takeRequest();
        assertThat(server.takeRequest().getTarget()).isEqualTo("/api/v3/get-user-login-history?userId=u1&userIdType=user_id"
                + "&start=1700000000000&end=1700000100000&page=1&limit=50");
        assertThat(page.events()).singleElement().satisfies(e -> {
            assertThat(e.time()).isEqualTo(Instant.parse("2026-11-30T00:00:00Z"));
            assertThat(e.app()).isEqualTo("Portal");
            assertThat(e.maskedIp()).isEqualTo("198.51.100.***");
        });
    }

    @Test
    void unknownEventTypesAreKeptAndMissingFieldsAreEmpty() throws Exception {
        server.enqueue(ok("{\"totalCount\":5,\"list\":["
                + "{\"eventType\":\"passkeyLogin\",\"timestamp\":1764489600000},"
                + "{\"eventType\":\"verifyMfa\",\"success\":false,\"timestamp\":\"2026-11-30T07:59:00Z\","
                + "\"eventDetail\":\"SMS code did not match\",\"clientIp\":\"2001:db8:85a3::8a2e:370:7334\"},"
                + "{\"eventType\":\"verifyMfa\",\"success\":true,\"timestamp\":\"2026-11-30T07:58:00Z\","
                + "\"eventDetail\":{\"factorType\":\"FACE\"}},"
                + "{\"timestamp\":\"2026-11-30T07:57:00Z\"},"
                + "{\"eventType\":\"login\",\"timestamp\":\"not a time\"}]}"));

        ActivityPage page = client.getUserActionLogs("u1", null, null, null, 1, 50, CancelSignal.none());

        assertThat(page.totalCount()).isEqualTo(5);
        assertThat(page.events()).hasSize(4);
        ActivityEvent unknown = page.events().get(0);
        assertThat(unknown.eventType()).isEqualTo("passkeyLogin");
        assertThat(unknown.kind()).isEqualTo(ActivityKind.OTHER);
        assertThat(unknown.success()).isEmpty();
        assertThat(unknown.app()).isEmpty();
        assertThat(unknown.place()).isEmpty();
        assertThat(unknown.factor()).isEmpty();
        assertThat(page.events().get(1).factor()).hasValue(FactorType.SMS);
        assertThat(page.events().get(1).maskedIp()).isEqualTo("2001:db8:85a3:***");
        assertThat(page.events().get(2).factor()).hasValue(FactorType.FACE);
        assertThat(page.events().get(3).eventType()).isEmpty();
    }

    @Test
    void anOtpSecretAnswerWithoutASecretIsEmpty() throws Exception {
        server.enqueue(ok("{}"));
        server.enqueue(ok("null"));

        assertThat(client.getOtpSecret(UserIdType.USERNAME, "x", CancelSignal.none()).isBlank()).isTrue();
        assertThat(client.getOtpSecret(UserIdType.USERNAME, "x", CancelSignal.none()).isBlank()).isTrue();
    }
}
