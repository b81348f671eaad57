package mfainspector.genauth;

import static mfainspector.genauth.ApiFixtures.MGMT_TOKEN;
import static mfainspector.genauth.ApiFixtures.credentials;
import static mfainspector.genauth.ApiFixtures.failure;
import static mfainspector.genauth.ApiFixtures.json;
import static mfainspector.genauth.ApiFixtures.managementToken;
import static mfainspector.genauth.ApiFixtures.ok;
import static mfainspector.genauth.ApiFixtures.refusal;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import mfainspector.lookup.UserIdType;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every failure of a management call becomes the right category, with the codes and no secret. */
class ManagementClientErrorTest {

    @StartStop
    final MockWebServer server = new MockWebServer();

    private ManagementClient client(int maxAttempts) {
        GenAuthClient base = GenAuthClient.builder().maxAttempts(maxAttempts).baseDelay(Duration.ofMillis(20))
                .readTimeout(Duration.ofSeconds(3)).build();
        return new ManagementClient(base, credentials(server), Clock.systemUTC());
    }

    private GenAuthException getUserFailure(ManagementClient client) {
        return failure(() -> client.getUser(UserIdType.EMAIL, "a+b@example.com", CancelSignal.none()));
    }

    @ParameterizedTest(name = "HTTP {0}, statusCode {1}, apiCode {2} -> {3}")
    @CsvSource({
            "200, 404, 2004, NOT_FOUND",
            "200, 404, ,     NOT_FOUND",
            "404, ,    ,     MALFORMED_RESPONSE",
            "200, 403, ,     PERMISSION_DENIED",
            "200, 402, ,     PERMISSION_DENIED",
            "200, 429, ,     RATE_LIMITED",
            "429, 429, ,     RATE_LIMITED",
            "200, 400, ,     REJECTED",
            "200, 422, ,     REJECTED",
            "200, 500, ,     SERVER_ERROR",
            "200, 601, ,     SERVER_ERROR",
            "500, 500, ,     SERVER_ERROR",
            "200, 403, 2005, USER_LOCKED"})
    void aLookUpRefusalMapsToItsCategory(int http, Integer statusCode, Integer apiCode, ErrorCategory expected) {
        server.enqueue(managementToken(MGMT_TOKEN, 7200));
        server.enqueue(envelope(http, statusCode, apiCode));

        GenAuthException e = getUserFailure(client(1));

        assertThat(e.category()).isEqualTo(expected);
        if (apiCode != null) {
            assertThat(e.apiCode()).hasValue(apiCode);
        }
    }

    @Test
    void anUnknownUserIsNotFoundWithTheServersMessageAndRequestId() {
        server.enqueue(managementToken(MGMT_TOKEN, 7200));
        server.enqueue(json(200, "{\"statusCode\":404,\"apiCode\":2004,\"message\":\"User does not exist\","
                + "\"requestId\":\"req-404\"}"));

        GenAuthException e = failure(() -> client(1).getMfaStatus(UserIdType.PHONE, "2025550199", CancelSignal.none()));

        assertThat(e.category()).isEqualTo(ErrorCategory.NOT_FOUND);
        assertThat(e.serverMessage()).hasValue("User does not exist");
        assertThat(e.requestId()).hasValue("req-404");
    }

    @ParameterizedTest(name = "token call answered statusCode {0}, apiCode {1}")
    @CsvSource({"403, 2333", "400, 1300", "401, 2020", "404, 2004", "400, 0", "403, 0"})
    void aRefusedTokenCallMeansTheManagementCredentialsAreWrong(int statusCode, int apiCode) {
        server.enqueue(refusal(statusCode, apiCode));

        GenAuthException e = getUserFailure(client(3));

        assertThat(e.category()).isEqualTo(ErrorCategory.APP_MISCONFIGURED);
        assertThat(e.statusCode()).hasValue(statusCode);
        assertThat(e.requestId()).hasValue("req-1");
        assertThat(server.getRequestCount()).as("the POST is not retried, no look-up is made").isEqualTo(1);
    }

    @Test
    void aTokenCallAnsweredHttp401WithoutBodyAlsoMeansWrongCredentials() {
        server.enqueue(json(401, ""));
        assertThat(getUserFailure(client(3)).category()).isEqualTo(ErrorCategory.APP_MISCONFIGURED);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aTokenCallThatFailsOnTheServerIsAServerErrorAndNotRetried() {
        server.enqueue(refusal(503, 0));
        server.enqueue(managementToken(MGMT_TOKEN, 7200));

        assertThat(getUserFailure(client(3)).category()).isEqualTo(ErrorCategory.SERVER_ERROR);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aTokenAnswerWithoutAccessTokenIsMalformed() {
        server.enqueue(ok("{\"expires_in\":7200}"));
        assertThat(getUserFailure(client(1)).category()).isEqualTo(ErrorCategory.MALFORMED_RESPONSE);
    }

    @Test
    void aLookUpGetIsRetriedAfterATransientServerFault() throws Exception {
        server.enqueue(managementToken(MGMT_TOKEN, 7200));
        server.enqueue(json(503, "{\"statusCode\":503,\"message\":\"busy\"}"));
        server.enqueue(ok("{\"userId\":\"u1\"}"));

        assertThat(client(3).getUser(UserIdType.USER_ID, "u1", CancelSignal.none()).userId()).isEqualTo("u1");
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void listUsersIsNotRetriedAfterATransientServerFault() {
        server.enqueue(managementToken(MGMT_TOKEN, 7200));
        server.enqueue(json(503, "{\"statusCode\":503,\"message\":\"busy\"}"));
        server.enqueue(ok("{\"totalCount\":0,\"list\":[]}"));

        GenAuthException e = failure(() -> client(3).listUsers("a", 1, 10, CancelSignal.none()));

        assertThat(e.category()).isEqualTo(ErrorCategory.SERVER_ERROR);
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void anHtmlPageInsteadOfJsonIsMalformed() {
        server.enqueue(managementToken(MGMT_TOKEN, 7200));
        server.enqueue(new MockResponse.Builder().code(200).body("<html>proxy login</html>").build());
        assertThat(getUserFailure(client(1)).category()).isEqualTo(ErrorCategory.MALFORMED_RESPONSE);
    }

    @Test
    void anUnreachableHostIsNetworkUnreachableAndNamesNoSecret() throws Exception {
        ManagementClient client = client(1);
        server.close();
        GenAuthException e = getUserFailure(client);
        assertThat(e.category()).isEqualTo(ErrorCategory.NETWORK_UNREACHABLE);
    }

    @Test
    void aCancelledLookUpIsCancelledWithoutARequest() {
        CancelSignal cancel = new CancelSignal();
        cancel.cancel();
        GenAuthException e = failure(() -> client(1).getUser(UserIdType.USERNAME, "alice", cancel));
        assertThat(e.category()).isEqualTo(ErrorCategory.CANCELLED);
        assertThat(server.getRequestCount()).isZero();
    }

    private static MockResponse envelope(int http, Integer statusCode, Integer apiCode) {
        if (statusCode == null) {
            return json(http, "<html>not found</html>");
        }
        return json(http, "{\"statusCode\":" + statusCode + (apiCode == null ? "" : ",\"apiCode\":" + apiCode)
                + ",\"message\":\"refused\",\"requestId\":\"req-2\"}");
    }
}
