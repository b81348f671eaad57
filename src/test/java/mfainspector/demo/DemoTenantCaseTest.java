package mfainspector.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import mfainspector.demo.TenantCalls.Reply;

/** The case-view calls of the demo tenant over loopback: action log, login history, OTP secret, account health. */
class DemoTenantCaseTest extends SharedTenantTest {

    private static String token;

    @BeforeAll
    static void signInToManagement() {
        token = calls.managementToken();
    }

    @Test
    void graceFailedHerOtpSeveralTimesThisHourNewestFirst() {
        Instant now = Instant.now();
        JsonNode data = actionLogs("grace", Map.of("start", now.minus(Duration.ofHours(1)).toEpochMilli(),
                "end", now.toEpochMilli(), "success", false)).data();

        assertThat(data.path("totalCount").asInt()).isEqualTo(4);
        List<Instant> times = new ArrayList<>();
        for (JsonNode e : data.path("list")) {
            assertThat(e.path("eventType").asText()).isEqualTo("verifyMfa");
            assertThat(e.path("success").asBoolean(true)).isFalse();
            assertThat(e.path("eventDetail").asText()).contains("OTP");
            assertThat(e.path("requestId").asText()).matches("[0-9a-f]{32}");
            assertThat(e.path("geoip").path("cityName").asText()).isNotBlank();
            assertThat(e.path("parsedUserAgent").path("os").asText()).isNotBlank();
            times.add(Instant.parse(e.path("timestamp").asText()));
        }
        assertThat(times).hasSize(4).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    void frankFailedHisPasswordFiveTimesAndIsLockedSinceThen() {
        Instant now = Instant.now();
        JsonNode data = actionLogs("frank", Map.of("start", now.minus(Duration.ofDays(1)).toEpochMilli(),
                "end", now.toEpochMilli(), "success", false)).data();
        JsonNode user = management("/api/v3/get-user?userIdType=username&userId=frank").data();

        assertThat(data.path("totalCount").asInt()).isEqualTo(5);
        data.path("list").forEach(e -> assertThat(e.path("eventType").asText()).isEqualTo("login"));
        Instant lastFailure = Instant.parse(data.path("list").get(0).path("timestamp").asText());
        assertThat(Instant.parse(user.path("statusChangedAt").asText())).isAfterOrEqualTo(lastFailure);
        assertThat(user.path("status").asText()).isEqualTo("Suspended");
    }

    @Test
    void daveNeverVerifiedAnMfa() {
        JsonNode data = actionLogs("dave", Map.of()).data();

        assertThat(data.path("totalCount").asInt()).isPositive();
        data.path("list").forEach(e -> assertThat(e.path("eventType").asText()).isEqualTo("login"));
    }

    @Test
    void paginationPagesAndRefusesMoreThanFifty() {
        Reply first = actionLogs("alice", Map.of("pagination", Map.of("page", 1, "limit", 3)));
        Reply second = actionLogs("alice", Map.of("pagination", Map.of("page", 2, "limit", 3)));

        assertThat(first.data().path("list")).hasSize(3);
        assertThat(second.data().path("list")).hasSize(3);
        assertThat(first.data().path("list").get(2).path("timestamp").asText())
                .isGreaterThanOrEqualTo(second.data().path("list").get(0).path("timestamp").asText());
        assertRefused(actionLogs("alice", Map.of("pagination", Map.of("page", 1, "limit", 51))), 400, 0);
    }

    @Test
    void anUnknownUserIs2004AndNoTokenIs2020() {
        assertRefused(calls.post("/api/v3/get-user-action-logs", Map.of("userId", "nobody"), headers()), 404, 2004);
        assertRefused(management("/api/v3/get-user-login-history?userId=nobody&userIdType=username"), 404, 2004);
        assertRefused(management("/api/v3/get-otp-secret-by-user?userId=nobody&userIdType=username"), 404, 2004);
        assertRefused(calls.post("/api/v3/get-user-action-logs", Map.of("userId", tenant.user("alice").userId()),
                "x-authing-userpool-id", tenant.userPoolId()), 401, 2020);
    }

    @Test
    void loginHistoryListsSuccessfulSignInsWithinThePeriod() {
        Instant now = Instant.now();
        Reply reply = management("/api/v3/get-user-login-history?userIdType=username&userId=alice&page=1&limit=50&start="
                + now.minus(Duration.ofDays(7)).toEpochMilli() + "&end=" + now.toEpochMilli());

        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(reply.data().path("totalCount").asInt()).isBetween(6, 8);
        for (JsonNode e : reply.data().path("list")) {
            assertThat(Instant.parse(e.path("time").asText())).isAfter(now.minus(Duration.ofDays(7)));
            assertThat(e.path("appName").asText()).isNotBlank();
            assertThat(e.path("clientIp").asText()).isNotBlank();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"alice, WOSUFEXH3ZMHCBOYR4B7OZ32TQTGZESV", "carol, YLMBR2IZP5Z2HJ5LXSRLLMM665TMDO4V",
        "erin, TXZCKOJNZM33C6N6SNG6GKS2FRUEEYJM", "grace, QTC2FRPZ77STSEYFFOCSUK4CC2OTA3GD",
        "heidi, X437AAUCO44URRJ45SRPPONL64HDTZOA"})
    void everyUserWithOtpHasTheFixedSecretOfTheReadme(String username, String secret) {
        Reply reply = management("/api/v3/get-otp-secret-by-user?userIdType=username&userId=" + username);

        assertThat(tenant.user(username).has(mfainspector.factor.FactorType.OTP)).isTrue();
        assertThat(reply.data().path("secret").asText()).isEqualTo(secret);
    }

    @Test
    void aUserWithoutOtpHasNoSecret() {
        assertThat(management("/api/v3/get-otp-secret-by-user?userIdType=username&userId=bob").data().has("secret"))
                .isFalse();
    }

    @Test
    void getUserCarriesTheAccountHealthFields() {
        JsonNode heidi = management("/api/v3/get-user?userIdType=username&userId=heidi").data();
        JsonNode bob = management("/api/v3/get-user?userIdType=username&userId=bob").data();
        JsonNode erin = management("/api/v3/get-user?userIdType=username&userId=erin").data();

        assertThat(heidi.path("status").asText()).isEqualTo("Suspended");
        assertThat(Duration.between(Instant.parse(heidi.path("statusChangedAt").asText()), Instant.now()).toDays())
                .isEqualTo(12);
        assertThat(heidi.path("lastIp").asText()).matches("[0-9.]+");
        assertThat(heidi.path("lastLoginApp").asText()).isEqualTo(tenant.app().appId());
        assertThat(bob.path("emailVerified").asBoolean(true)).isFalse();
        assertThat(erin.path("resetPasswordOnNextLogin").asBoolean()).isTrue();
        assertThat(Instant.parse(erin.path("passwordLastSetAt").asText())).isBefore(Instant.now());
    }

    @Test
    void heidiCannotSignIn() {
        assertRefused(calls.signIn(tenant.app(), "account", "heidi", DemoTenant.DEMO_PASSWORD), 403, 2005);
    }

    @Test
    void signInsOnTheTenantJoinTheTimeline() {
        Instant before = Instant.now().minusMillis(1);
        calls.accessToken(tenant.app(), "carol");
        calls.signIn(tenant.app(), "account", "carol", "wrong-password");

        JsonNode list = actionLogs("carol", Map.of("start", before.toEpochMilli())).data().path("list");
        Reply history = management("/api/v3/get-user-login-history?userIdType=username&userId=carol&start="
                + before.toEpochMilli());

        assertThat(list).hasSize(2);
        assertThat(list.get(0).path("eventType").asText()).isEqualTo("login");
        List<Boolean> outcomes = new ArrayList<>();
        list.forEach(e -> outcomes.add(e.path("success").asBoolean()));
        assertThat(outcomes).containsExactlyInAnyOrder(true, false);
        assertThat(history.data().path("list")).hasSize(1);
    }

    private static Reply actionLogs(String username, Map<String, Object> extra) {
        Map<String, Object> body = new LinkedHashMap<>(extra);
        body.put("userId", tenant.user(username).userId());
        return calls.post("/api/v3/get-user-action-logs", body, headers());
    }

    private static Reply management(String pathAndQuery) {
        return calls.get(pathAndQuery, headers());
    }

    private static String[] headers() {
        return new String[] {"authorization", token, "x-authing-userpool-id", tenant.userPoolId(), "x-authing-lang", "en-US"};
    }
}
