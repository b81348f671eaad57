package mfainspector.genauth;

import static mfainspector.genauth.ApiFixtures.MGMT_TOKEN;
import static mfainspector.genauth.ApiFixtures.USER_POOL_ID;
import static mfainspector.genauth.ApiFixtures.credentials;
import static mfainspector.genauth.ApiFixtures.fastClient;
import static mfainspector.genauth.ApiFixtures.json;
import static mfainspector.genauth.ApiFixtures.managementToken;
import static mfainspector.genauth.ApiFixtures.ok;
import static mfainspector.genauth.ApiFixtures.refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.List;
import mfainspector.action.LoggedInApp;
import mfainspector.genauth.ManagementActions.UnbindableFactor;
import mfainspector.lookup.AccountStatus;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** The exact HTTP request of each call that changes a user, and that none of them is ever sent twice. */
class ManagementActionsRequestTest {

    private static final String USER = "6651a7c3e9b20d4f6a8c1e01";

    @StartStop
    final MockWebServer server = new MockWebServer();

    private ManagementClient client() {
        return new ManagementClient(fastClient(), credentials(server), Clock.systemUTC());
    }

    private static MockResponse success(String requestId) {
        return json(200, "{\"statusCode\":200,\"message\":\"\",\"requestId\":\"" + requestId
                + "\",\"data\":{\"success\":true}}");
    }

    private RecordedRequest actionRequest() throws InterruptedException {
        server.takeRequest();
        RecordedRequest r = server.takeRequest();
        assertThat(r.getHeaders().get("x-authing-userpool-id")).isEqualTo(USER_POOL_ID);
        return r;
    }

    @Test
    void loggedInAppsIsAGetByUserIdAndReadsTheApps() throws Exception {
        server.enqueue(managementToken(MGMT_TOKEN, 7200));
        server.enqueue(ok("[{\"appId\":\"app-1\",\"appName\":\"Portal\",\"appLogo\":\"\",\"appLoginUrl\":\"\"},"
                + "{\"appId\":\"app-2\"},{\"appName\":\"no id\"}]"));
        List<LoggedInApp> apps = client().getUserLoggedInApps(USER, CancelSignal.none());

        RecordedRequest r = actionRequest();
        assertThat(r.getMethod()).isEqualTo("GET");
        assertThat(r.getTarget()).isEqualTo("/api/v3/get-user-loggedin-apps?userId=" + USER + "&userIdType=user_id");
        assertThat(r.getHeaders().get("authorization")).isEqualTo(MGMT_TOKEN.reveal());
        assertThat(apps).containsExactly(new LoggedInApp("app-1", "Portal"), new LoggedInApp("app-2", ""));
    }

    @Test
    void kickUsersPostsTheUserTheAppsAndTheIdType() throws Exception {
        server.enqueue(managementToken(MGMT_TOKEN, 7200));
        server.enqueue(success("req-kick"));
        String id = client().kickUsers(USER, List.of("app-1", "app-2"), CancelSignal.none());

        RecordedRequest r = actionRequest();
        assertThat(r.getMethod()).isEqualTo("POST");
        assertThat(r.getTarget()).isEqualTo("/api/v3/kick-users");
        assertThat(r.getHeaders().get("authorization")).isEqualTo(MGMT_TOKEN.reveal());
        assertThat(body(r).toString()).isEqualTo("{\"userId\":\"" + USER
                + "\",\"appIds\":[\"app-1\",\"app-2\"],\"options\":{\"userIdType\":\"user_id\"}}");
        assertThat(id).isEqualTo("req-kick");
    }

    @Test
    void updateUserPostsTheStatusSuspendedOrActivatedOnly() throws Exception {
        server.enqueue(managementToken(MGMT_TOKEN, 7200));
        server.enqueue(success("req-s"));
        server.enqueue(success("req-a"));
        ManagementClient client = client();
        client.setUserStatus(USER, AccountStatus.SUSPENDED, CancelSignal.none());
        client.setUserStatus(USER, AccountStatus.ACTIVATED, CancelSignal.none());

        RecordedRequest suspend = actionRequest();
        assertThat(suspend.getTarget()).isEqualTo("/api/v3/update-user");
        assertThat(body(suspend).toString()).isEqualTo("{\"userId\":\"" + USER
                + "\",\"status\":\"Suspended\",\"options\":{\"userIdType\":\"user_id\"}}");
        assertThat(body(server.takeRequest()).path("status").asText()).isEqualTo("Activated");
        for (AccountStatus other : List.of(AccountStatus.RESIGNED, AccountStatus.DEACTIVATED, AccountStatus.ARCHIVED)) {
            assertThatThrownBy(() -> client.setUserStatus(USER, other, CancelSignal.none()))
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void setMfaStatusPostsTheNewPhoneWithItsCountryCodeOrTheNewEmail() throws Exception {
        server.enqueue(managementToken(MGMT_TOKEN, 7200));
        server.enqueue(success("req-p"));
        server.enqueue(success("req-e"));
        ManagementClient client = client();
        client.setMfaPhone(USER, "13800000000", "+86", CancelSignal.none());
        client.setMfaEmail(USER, " new@example.com ", CancelSignal.none());

        RecordedRequest phone = actionRequest();
        assertThat(phone.getMethod()).isEqualTo("POST");
        assertThat(phone.getTarget()).isEqualTo("/api/v3/set-mfa-status");
        assertThat(body(phone).toString()).isEqualTo("{\"userId\":\"" + USER + "\",\"userIdType\":\"user_id\","
                + "\"mfaTriggerData\":{\"mfaPhone\":\"13800000000\",\"mfaPhoneCountryCode\":\"+86\"}}");
        assertThat(body(server.takeRequest()).toString()).isEqualTo("{\"userId\":\"" + USER
                + "\",\"userIdType\":\"user_id\",\"mfaTriggerData\":{\"mfaEmail\":\"new@example.com\"}}");
    }

    @Test
    void unbindingIsTheV2DeleteWithTheTypeAndABearerToken() throws Exception {
        server.enqueue(managementToken(MGMT_TOKEN, 7200));
        server.enqueue(json(200, "{\"code\":200,\"message\":\"ok\",\"data\":true}"));
        server.enqueue(json(200, "{\"code\":200,\"message\":\"ok\"}"));
        ManagementClient client = client();
        client.unbindMfa(USER, UnbindableFactor.OTP, CancelSignal.none());
        client.unbindMfa(USER, UnbindableFactor.FACE, CancelSignal.none());

        RecordedRequest otp = actionRequest();
        assertThat(otp.getMethod()).isEqualTo("DELETE");
        assertThat(otp.getTarget()).isEqualTo("/api/v2/users/" + USER + "/mfa-bound?type=OTP");
        assertThat(otp.getHeaders().get("authorization")).isEqualTo("Bearer " + MGMT_TOKEN.reveal());
        assertThat(server.takeRequest().getTarget()).isEqualTo("/api/v2/users/" + USER + "/mfa-bound?type=FACE");
    }

    @Test
    void aV2RefusalIsAFailureWithItsCode() {
        server.enqueue(managementToken(MGMT_TOKEN, 7200));
        server.enqueue(json(200, "{\"code\":403,\"message\":\"no permission\"}"));
        GenAuthException e = ApiFixtures.failure(() -> client().unbindMfa(USER, UnbindableFactor.OTP, CancelSignal.none()));
        assertThat(e.category()).isEqualTo(ErrorCategory.PERMISSION_DENIED);
        assertThat(e.serverMessage()).contains("no permission");
    }

    @Test
    void successFalseUnderStatusCode200IsARefusal() {
        server.enqueue(managementToken(MGMT_TOKEN, 7200));
        server.enqueue(json(200, "{\"statusCode\":200,\"requestId\":\"req-no\",\"data\":{\"success\":false}}"));
        GenAuthException e = ApiFixtures.failure(() -> client().kickUsers(USER, List.of("a"), CancelSignal.none()));
        assertThat(e.category()).isEqualTo(ErrorCategory.REJECTED);
        assertThat(e.requestId()).contains("req-no");
    }

    @Test
    void anUnknownUserIsNotFoundWithItsRequestId() {
        server.enqueue(managementToken(MGMT_TOKEN, 7200));
        server.enqueue(refusal(404, 2004));
        GenAuthException e = ApiFixtures.failure(() -> client().setMfaEmail(USER, "a@example.com", CancelSignal.none()));
        assertThat(e.category()).isEqualTo(ErrorCategory.NOT_FOUND);
        assertThat(e.requestId()).contains("req-1");
    }

    @Test
    void aConnectionLostAfterTheRequestWasSentIsNotSentAgain() throws Exception {
        server.enqueue(managementToken(MGMT_TOKEN, 7200));
        server.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
        server.enqueue(success("req-second"));
        GenAuthException e = ApiFixtures.failure(() -> client().setUserStatus(USER, AccountStatus.SUSPENDED,
                CancelSignal.none()));

        assertThat(e.category()).isEqualTo(ErrorCategory.NETWORK_UNREACHABLE);
        actionRequest();
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void aServerErrorIsNotRetried() {
        server.enqueue(managementToken(MGMT_TOKEN, 7200));
        server.enqueue(json(503, "{\"statusCode\":503,\"message\":\"busy\"}"));
        server.enqueue(success("req-second"));
        GenAuthException e = ApiFixtures.failure(() -> client().kickUsers(USER, List.of("a"), CancelSignal.none()));
        assertThat(e.category()).isEqualTo(ErrorCategory.SERVER_ERROR);
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void aRefusedTokenIsRenewedAndTheCallMadeOnceMoreOnly() throws Exception {
        server.enqueue(managementToken(MGMT_TOKEN, 7200));
        server.enqueue(refusal(401, 2020));
        server.enqueue(managementToken(MGMT_TOKEN, 7200));
        server.enqueue(success("req-after-renewal"));
        assertThat(client().kickUsers(USER, List.of("a"), CancelSignal.none())).isEqualTo("req-after-renewal");
        assertThat(server.getRequestCount()).isEqualTo(4);
    }

    private static JsonNode body(RecordedRequest r) throws Exception {
        return new ObjectMapper().readTree(r.getBody().utf8());
    }
}
