package mfainspector.genauth;

import static mfainspector.genauth.ApiFixtures.PASSWORD;
import static mfainspector.genauth.ApiFixtures.TOKEN;
import static mfainspector.genauth.ApiFixtures.app;
import static mfainspector.genauth.ApiFixtures.fastClient;
import static mfainspector.genauth.ApiFixtures.jwt;
import static mfainspector.genauth.ApiFixtures.ok;
import static mfainspector.genauth.ApiFixtures.tokenData;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import mfainspector.factor.Factor;
import mfainspector.factor.FactorType;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** Tolerant reading of the API's inconsistent shapes. */
class GenAuthClientParsingTest {

    @StartStop
    final MockWebServer server = new MockWebServer();

    private final GenAuthClient client = fastClient();

    private List<Factor> enrolled(String data) throws GenAuthException {
        server.enqueue(ok(data));
        return client.listEnrolledFactors(app(server, TokenAuthMethod.NONE), TOKEN, CancelSignal.none());
    }

    private List<FactorType> toEnroll(String data) throws GenAuthException {
        server.enqueue(ok(data));
        return client.listFactorsToEnroll(app(server, TokenAuthMethod.NONE), TOKEN, CancelSignal.none());
    }

    private Tokens signIn(String data) throws GenAuthException {
        server.enqueue(ok(data));
        return client.signIn(app(server, TokenAuthMethod.NONE), AccountType.ACCOUNT, "alice", PASSWORD, CancelSignal.none());
    }

    @Test
    void factorArrayKeepsEveryFactorWithItsProfile() throws Exception {
        List<Factor> factors = enrolled("[{\"factorId\":\"f-sms\",\"factorType\":\"SMS\","
                + "\"profile\":{\"phoneNumber\":\"2025550101\",\"phoneCountryCode\":\"+1\",\"carrier\":{\"name\":\"x\"}}},"
                + "{\"factorId\":\"f-mail\",\"factorType\":\"email\",\"profile\":{\"email\":\"alice@example.com\"}}]");

        assertThat(factors).extracting(Factor::factorId).containsExactly("f-sms", "f-mail");
        Factor sms = factors.get(0);
        assertThat(sms.type()).isEqualTo(FactorType.SMS);
        assertThat(sms.phoneNumber()).hasValue("2025550101");
        assertThat(sms.phoneCountryCode()).hasValue("+1");
        assertThat(sms.profile()).containsEntry("carrier", Map.of("name", "x"));
        assertThat(factors.get(1).type()).isEqualTo(FactorType.EMAIL);
        assertThat(factors.get(1).email()).hasValue("alice@example.com");
    }

    @Test
    void singleFactorObjectIsReadAsAListOfOne() throws Exception {
        List<Factor> factors = enrolled("{\"factorId\":\"f-otp\",\"factorType\":\"OTP\",\"profile\":{}}");

        assertThat(factors).hasSize(1);
        assertThat(factors.get(0).type()).isEqualTo(FactorType.OTP);
    }

    @Test
    void unknownFactorTypeIsKeptByItsRawName() throws Exception {
        List<Factor> factors = enrolled("[{\"factorId\":\"f-pk\",\"factorType\":\"PASSKEY\",\"profile\":{\"label\":\"laptop\"}},"
                + "{\"factorId\":\"f-otp\",\"factorType\":\"OTP\"}]");

        assertThat(factors).hasSize(2);
        assertThat(factors.get(0).type().name()).isEqualTo("PASSKEY");
        assertThat(factors.get(0).type().kind()).isEqualTo(FactorType.Kind.OTHER);
        assertThat(factors.get(0).profile()).containsEntry("label", "laptop");
    }

    @Test
    void missingOrNullProfileIsEmpty() throws Exception {
        List<Factor> factors = enrolled("[{\"factorId\":\"a\",\"factorType\":\"OTP\"},"
                + "{\"factorId\":\"b\",\"factorType\":\"FACE\",\"profile\":null}]");

        assertThat(factors).allSatisfy(f -> assertThat(f.profile()).isEmpty());
    }

    @Test
    void noEnrolledFactorIsAnEmptyList() throws Exception {
        assertThat(enrolled("[]")).isEmpty();
    }

    @Test
    void factorsToEnrollAcceptObjectsStringsAndASingleObject() throws Exception {
        assertThat(toEnroll("[{\"factorType\":\"SMS\"},{\"factorType\":\"PASSKEY\"}]"))
                .containsExactly(FactorType.SMS, FactorType.of("PASSKEY"));
        assertThat(toEnroll("[\"OTP\",\"email\"]")).containsExactly(FactorType.OTP, FactorType.EMAIL);
        assertThat(toEnroll("{\"factorType\":\"FACE\"}")).containsExactly(FactorType.FACE);
        assertThat(toEnroll("[]")).isEmpty();
    }

    @Test
    void tokenLifetimeFromExpireIn() throws Exception {
        Instant before = Instant.now();
        Tokens tokens = signIn(tokenData(",\"expire_in\":3600"));
        Instant after = Instant.now();

        assertThat(tokens.accessToken()).isEqualTo(TOKEN);
        assertThat(tokens.idToken().reveal()).isEqualTo("id-tok");
        assertThat(tokens.refreshToken().reveal()).isEqualTo("refresh-tok");
        assertThat(tokens.expiresAt()).hasValueSatisfying(
                at -> assertThat(at).isBetween(before.plusSeconds(3600), after.plusSeconds(3600)));
    }

    @Test
    void tokenLifetimeFromExpiresInAlsoAsText() throws Exception {
        Instant before = Instant.now();
        Tokens tokens = signIn(tokenData(",\"expires_in\":\"120\""));

        assertThat(tokens.expiresAt()).hasValueSatisfying(
                at -> assertThat(at).isBetween(before.plusSeconds(120), Instant.now().plusSeconds(120)));
    }

    @Test
    void tokenLifetimeFromTheJwtExpClaimWhenTheAnswerHasNone() throws Exception {
        String access = jwt("{\"sub\":\"u1\",\"exp\":1900000000}");
        Tokens tokens = signIn("{\"access_token\":\"" + access + "\"}");

        assertThat(tokens.expiresAt()).hasValue(Instant.ofEpochSecond(1900000000L));
        assertThat(tokens.idToken().isEmpty()).isTrue();
    }

    @Test
    void opaqueTokenWithoutLifetimeHasNoExpiry() throws Exception {
        assertThat(signIn(tokenData("")).expiresAt()).isEmpty();
    }
}
