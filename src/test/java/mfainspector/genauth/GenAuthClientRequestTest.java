package mfainspector.genauth;

import static mfainspector.genauth.ApiFixtures.APP_ID;
import static mfainspector.genauth.ApiFixtures.APP_SECRET;
import static mfainspector.genauth.ApiFixtures.PASSWORD;
import static mfainspector.genauth.ApiFixtures.TOKEN;
import static mfainspector.genauth.ApiFixtures.app;
import static mfainspector.genauth.ApiFixtures.fastClient;
import static mfainspector.genauth.ApiFixtures.ok;
import static mfainspector.genauth.ApiFixtures.tokenData;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;

/** The exact HTTP request of each call and each client authentication method. */
class GenAuthClientRequestTest {

    @StartStop
    final MockWebServer server = new MockWebServer();

    private final GenAuthClient client = fastClient();

    @Test
    void signInWithClientSecretPostSendsIdAndSecretInTheBodyOnly() throws Exception {
        server.enqueue(ok(tokenData("")));
        client.signIn(app(server, TokenAuthMethod.CLIENT_SECRET_POST), AccountType.ACCOUNT, " alice ", PASSWORD, CancelSignal.none());

        RecordedRequest r = server.takeRequest();
        assertThat(r.getMethod()).isEqualTo("POST");
        assertThat(r.getTarget()).isEqualTo("/api/v3/signin");
        assertCommonHeaders(r.getHeaders(), "en-US");
        assertThat(r.getHeaders().get("content-type")).isEqualTo("application/json");
        assertThat(r.getHeaders().get("authorization")).isNull();
        JsonNode body = body(r);
        assertThat(body.path("connection").asText()).isEqualTo("PASSWORD");
        assertThat(body.path("passwordPayload").path("password").asText()).isEqualTo(PASSWORD.reveal());
        assertThat(body.path("passwordPayload").path("account").asText()).isEqualTo("alice");
        assertThat(body.path("options").path("passwordEncryptType").asText()).isEqualTo("none");
        assertThat(body.path("options").path("scope").asText()).isEqualTo("openid profile email phone offline_access");
        assertThat(body.path("client_id").asText()).isEqualTo(APP_ID);
        assertThat(body.path("client_secret").asText()).isEqualTo(APP_SECRET.reveal());
    }

    @Test
    void signInWithClientSecretBasicSendsBasicHeaderAndNeitherIdNorSecretInTheBody() throws Exception {
        server.enqueue(ok(tokenData("")));
        client.signIn(app(server, TokenAuthMethod.CLIENT_SECRET_BASIC), AccountType.ACCOUNT, "alice", PASSWORD, CancelSignal.none());

        RecordedRequest r = server.takeRequest();
        String expected = Base64.getEncoder().encodeToString((APP_ID + ":" + APP_SECRET.reveal()).getBytes(StandardCharsets.UTF_8));
        assertThat(r.getHeaders().get("authorization")).isEqualTo("Basic " + expected);
        JsonNode body = body(r);
        assertThat(body.has("client_id")).isFalse();
        assertThat(body.has("client_secret")).isFalse();
        assertThat(body.path("passwordPayload").path("password").asText()).isEqualTo(PASSWORD.reveal());
    }

    @Test
    void signInWithNoClientAuthenticationSendsTheAppIdButNoSecret() throws Exception {
        server.enqueue(ok(tokenData("")));
        client.signIn(app(server, TokenAuthMethod.NONE), AccountType.ACCOUNT, "alice", PASSWORD, CancelSignal.none());

        RecordedRequest r = server.takeRequest();
        assertThat(r.getHeaders().get("authorization")).isNull();
        JsonNode body = body(r);
        assertThat(body.path("client_id").asText()).isEqualTo(APP_ID);
        assertThat(body.has("client_secret")).isFalse();
        assertThat(r.getBody().utf8()).doesNotContain(APP_SECRET.reveal());
    }

    @Test
    void signInPutsTheAccountUnderTheKeyOfItsTypeAndSendsTheChosenLanguage() throws Exception {
        server.enqueue(ok(tokenData("")));
        client.signIn(app(server, TokenAuthMethod.CLIENT_SECRET_POST, Lang.ZH_CN), AccountType.EMAIL,
                "alice@example.com", PASSWORD, CancelSignal.none());

        RecordedRequest r = server.takeRequest();
        assertCommonHeaders(r.getHeaders(), "zh-CN");
        JsonNode payload = body(r).path("passwordPayload");
        assertThat(payload.path("email").asText()).isEqualTo("alice@example.com");
        assertThat(payload.has("account")).isFalse();
    }

    @Test
    void listEnrolledFactorsIsAGetWithTheBearerToken() throws Exception {
        server.enqueue(ok("[]"));
        client.listEnrolledFactors(app(server, TokenAuthMethod.CLIENT_SECRET_POST), TOKEN, CancelSignal.none());

        RecordedRequest r = server.takeRequest();
        assertThat(r.getMethod()).isEqualTo("GET");
        assertThat(r.getTarget()).isEqualTo("/api/v3/list-enrolled-factors");
        assertThat(r.getHeaders().get("authorization")).isEqualTo("Bearer " + TOKEN.reveal());
        assertCommonHeaders(r.getHeaders(), "en-US");
        assertThat(r.getBodySize()).isZero();
    }

    @Test
    void listFactorsToEnrollIsAGetWithTheBearerToken() throws Exception {
        server.enqueue(ok("[]"));
        client.listFactorsToEnroll(app(server, TokenAuthMethod.CLIENT_SECRET_BASIC, Lang.ZH_CN), TOKEN, CancelSignal.none());

        RecordedRequest r = server.takeRequest();
        assertThat(r.getMethod()).isEqualTo("GET");
        assertThat(r.getTarget()).isEqualTo("/api/v3/list-factors-to-enroll");
        assertThat(r.getHeaders().get("authorization")).isEqualTo("Bearer " + TOKEN.reveal());
        assertCommonHeaders(r.getHeaders(), "zh-CN");
    }

    private static void assertCommonHeaders(Headers h, String lang) {
        assertThat(h.get("x-authing-app-id")).isEqualTo(APP_ID);
        assertThat(h.get("x-genauth-app-id")).isEqualTo(APP_ID);
        assertThat(h.get("x-authing-lang")).isEqualTo(lang);
        assertThat(h.get("x-genauth-lang")).isEqualTo(lang);
        assertThat(h.get("accept")).isEqualTo("application/json");
        assertThat(h.get("user-agent")).isEqualTo("MFA-Inspector/" + GenAuthClient.VERSION);
        assertThat(h.get("x-authing-request-from")).isEqualTo("mfa-inspector");
    }

    private static JsonNode body(RecordedRequest r) throws Exception {
        return new ObjectMapper().readTree(r.getBody().utf8());
    }
}
