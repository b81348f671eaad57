package mfainspector.genauth;

import static mfainspector.genauth.ApiFixtures.MGMT_TOKEN;
import static mfainspector.genauth.ApiFixtures.USER_POOL_ID;
import static mfainspector.genauth.ApiFixtures.USER_POOL_SECRET;
import static mfainspector.genauth.ApiFixtures.credentials;
import static mfainspector.genauth.ApiFixtures.fastClient;
import static mfainspector.genauth.ApiFixtures.managementToken;
import static mfainspector.genauth.ApiFixtures.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import mfainspector.lookup.UserIdType;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The exact HTTP request of each management call: method, path, query encoding, headers, body. */
class ManagementClientRequestTest {

    @StartStop
    final MockWebServer server = new MockWebServer();

    private ManagementClient client() {
        return new ManagementClient(fastClient(), credentials(server), Clock.systemUTC());
    }

    @Test
    void theTokenCallPostsThePoolIdAndSecretOnceAndLaterCallsReuseTheToken() throws Exception {
        server.enqueue(managementToken(MGMT_TOKEN, 7200));
        server.enqueue(ok("{\"userId\":\"u1\"}"));
        server.enqueue(ok("{\"userId\":\"u1\"}"));
        ManagementClient client = client();

        client.getUser(UserIdType.USERNAME, "alice", CancelSignal.none());
        client.getUser(UserIdType.USERNAME, "alice", CancelSignal.none());

        RecordedRequest token = server.takeRequest();
        assertThat(token.getMethod()).isEqualTo("POST");
        assertThat(token.getTarget()).isEqualTo("/api/v3/get-management-token");
        assertThat(token.getHeaders().get("content-type")).isEqualTo("application/json");
        assertThat(token.getHeaders().get("authorization")).isNull();
        assertThat(token.getHeaders().get("x-authing-userpool-id")).isEqualTo(USER_POOL_ID);
        JsonNode body = body(token);
        assertThat(body.path("accessKeyId").asText()).isEqualTo(USER_POOL_ID);
        assertThat(body.path("accessKeySecret").asText()).isEqualTo(USER_POOL_SECRET.reveal());
        assertThat(server.takeRequest().getTarget()).startsWith("/api/v3/get-user?");
        assertThat(server.takeRequest().getTarget()).startsWith("/api/v3/get-user?");
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void getUserSendsTheBareTokenThePoolIdAndTheLanguageButNoBearer() throws Exception {
        server.enqueue(managementToken(MGMT_TOKEN, 7200));
        server.enqueue(ok("{\"userId\":\"u1\"}"));
        client().getUser(UserIdType.USER_ID, "6651a7c3e9b20d4f6a8c1e01", CancelSignal.none());
        server.takeRequest();

        RecordedRequest r = server.takeRequest();
        assertThat(r.getMethod()).isEqualTo("GET");
        assertThat(r.getTarget()).isEqualTo("/api/v3/get-user?userId=6651a7c3e9b20d4f6a8c1e01&userIdType=user_id");
        Headers h = r.getHeaders();
        assertThat(h.get("authorization")).isEqualTo(MGMT_TOKEN.reveal());
        assertThat(h.values("authorization")).noneMatch(v -> v.toLowerCase().contains("bearer"));
        assertThat(h.get("x-authing-userpool-id")).isEqualTo(USER_POOL_ID);
        assertThat(h.get("x-genauth-userpool-id")).isEqualTo(USER_POOL_ID);
        assertThat(h.get("x-authing-lang")).isEqualTo("en-US");
        assertThat(h.get("x-genauth-lang")).isEqualTo("en-US");
        assertThat(h.get("user-agent")).isEqualTo(GenAuthClient.USER_AGENT);
        assertThat(h.get("x-authing-app-id")).isNull();
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "EMAIL       | a+b@example.com | userId=a%2Bb%40example.com&userIdType=email",
            "PHONE       | +8613800000000  | userId=%2B8613800000000&userIdType=phone",
            "USERNAME    | li lei          | userId=li%20lei&userIdType=username",
            "EXTERNAL_ID | EMP-1001&x=1    | userId=EMP-1001%26x%3D1&userIdType=external_id",
            "USER_ID     | 王芳            | userId=%E7%8E%8B%E8%8A%B3&userIdType=user_id"})
    void lookUpValuesAreUrlEncodedAsQueryParameters(UserIdType type, String value, String query) throws Exception {
        server.enqueue(managementToken(MGMT_TOKEN, 7200));
        server.enqueue(ok("{\"totpStatus\":\"enabled\"}"));
        client().getUserMfaInfo(type, value, CancelSignal.none());
        server.takeRequest();

        RecordedRequest r = server.takeRequest();
        assertThat(r.getTarget()).isEqualTo("/api/v3/get-user-mfa-info?" + query);
        assertThat(r.getUrl().queryParameter("userId")).isEqualTo(value);
    }

    @Test
    void getMfaStatusIsAGetOnItsPath() throws Exception {
        server.enqueue(managementToken(MGMT_TOKEN, 7200));
        server.enqueue(ok("{\"totpMfaEnabled\":true}"));
        client().getMfaStatus(UserIdType.EMAIL, " bob@example.com ", CancelSignal.none());
        server.takeRequest();

        RecordedRequest r = server.takeRequest();
        assertThat(r.getMethod()).isEqualTo("GET");
        assertThat(r.getTarget()).isEqualTo("/api/v3/get-mfa-status?userId=bob%40example.com&userIdType=email");
        assertThat(r.getHeaders().get("authorization")).isEqualTo(MGMT_TOKEN.reveal());
    }

    @Test
    void listUsersPostsKeywordsAndPagination() throws Exception {
        server.enqueue(managementToken(MGMT_TOKEN, 7200));
        server.enqueue(ok("{\"totalCount\":0,\"list\":[]}"));
        client().listUsers(" carol ", 2, 50, CancelSignal.none());
        server.takeRequest();

        RecordedRequest r = server.takeRequest();
        assertThat(r.getMethod()).isEqualTo("POST");
        assertThat(r.getTarget()).isEqualTo("/api/v3/list-users");
        assertThat(r.getHeaders().get("authorization")).isEqualTo(MGMT_TOKEN.reveal());
        assertThat(r.getHeaders().get("x-authing-userpool-id")).isEqualTo(USER_POOL_ID);
        JsonNode body = body(r);
        assertThat(body.path("keywords").asText()).isEqualTo("carol");
        assertThat(body.path("options").path("pagination").path("page").asInt()).isEqualTo(2);
        assertThat(body.path("options").path("pagination").path("limit").asInt()).isEqualTo(50);
    }

    @Test
    void listUsersRefusesAPageSizeOverFiftyBeforeAnyRequest() {
        assertThatThrownBy(() -> client().listUsers("a", 1, 51, CancelSignal.none()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> client().listUsers("a", 0, 10, CancelSignal.none()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void aBlankIdentifierIsRefusedBeforeAnyRequest() {
        assertThatThrownBy(() -> client().getUser(UserIdType.EMAIL, "  ", CancelSignal.none()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void theChosenLanguageIsSentToTheTokenCallAndTheLookUps() throws Exception {
        ManagementCredentials zh = new ManagementCredentials(credentials(server).host(), USER_POOL_ID, USER_POOL_SECRET,
                Lang.ZH_CN);
        server.enqueue(managementToken(MGMT_TOKEN, 7200));
        server.enqueue(ok("{}"));
        new ManagementClient(fastClient(), zh, Clock.systemUTC()).getMfaStatus(UserIdType.USERNAME, "bob",
                CancelSignal.none());

        assertThat(server.takeRequest().getHeaders().get("x-authing-lang")).isEqualTo("zh-CN");
        assertThat(server.takeRequest().getHeaders().get("x-genauth-lang")).isEqualTo("zh-CN");
    }

    @Test
    void credentialsHideThePoolSecretInToStringAndTheDefaultHostIsGenAuths() {
        ManagementCredentials c = credentials(server);
        assertThat(c.toString()).contains(USER_POOL_ID).doesNotContain(USER_POOL_SECRET.reveal());
        assertThat(ManagementCredentials.DEFAULT_HOST.baseUrl()).isEqualTo("https://api.genauth.ai");
    }

    private static JsonNode body(RecordedRequest r) throws Exception {
        return new ObjectMapper().readTree(r.getBody().utf8());
    }
}
