package mfainspector.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import mfainspector.demo.TenantCalls.Reply;
import mfainspector.genauth.TokenAuthMethod;

class DemoTenantFactorsTest extends SharedTenantTest {

    private static final String ENROLLED = "/api/v3/list-enrolled-factors";
    private static final String TO_ENROLL = "/api/v3/list-factors-to-enroll";


    static Stream<Arguments> enrolledTypes() {
        return Stream.of(Arguments.of("alice", List.of("SMS", "OTP")), Arguments.of("bob", List.of("EMAIL")),
                Arguments.of("carol", List.of("SMS", "EMAIL", "OTP", "FACE")), Arguments.of("dave", List.of()),
                Arguments.of("erin", List.of("OTP", "PASSKEY")));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("enrolledTypes")
    void eachUserListsTheFactorTypesOfTheirScenario(String username, List<String> types) {
        Reply reply = factorCall(ENROLLED, tenant.app(), username);

        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(types(reply.data(), "factorType")).containsExactlyElementsOf(types);
        assertThat(reply.data()).allSatisfy(f -> assertThat(f.path("factorId").asText()).matches("[0-9a-f]{24}"));
    }

    @Test
    void smsAndEmailFactorsCarryTheirContactDetailsInTheProfile() {
        JsonNode factors = factorCall(ENROLLED, tenant.app(), "carol").data();

        assertThat(factors.get(0).path("profile"))
                .isEqualTo(TenantCalls.JSON.valueToTree(Map.of("phoneNumber", "2025550103", "phoneCountryCode", "+1")));
        assertThat(factors.get(1).path("profile"))
                .isEqualTo(TenantCalls.JSON.valueToTree(Map.of("email", "carol@example.com")));
        assertThat(factors.get(2).path("profile").isObject()).isTrue();
        assertThat(factors.get(2).path("profile").isEmpty()).isTrue();
        assertThat(factors.get(3).path("profile").isEmpty()).isTrue();
    }

    @Test
    void theUnknownPasskeyTypeComesWithAProfileOfItsOwn() {
        JsonNode passkey = factorCall(ENROLLED, tenant.app(), "erin").data().get(1);

        assertThat(passkey.path("factorType").asText()).isEqualTo("PASSKEY");
        assertThat(passkey.path("profile").path("credentialName").asText()).isEqualTo("Erin's YubiKey 5C NFC");
    }

    @Test
    void theListedFactorsAreTheSeededOnes() {
        DemoUser alice = tenant.user("alice");
        JsonNode factors = factorCall(ENROLLED, tenant.app(), "alice").data();

        assertThat(types(factors, "factorId")).containsExactlyElementsOf(
                alice.factors().stream().map(f -> f.factorId()).toList());
    }

    static Stream<Arguments> typesToEnroll() {
        return Stream.of(Arguments.of("alice", List.of("EMAIL", "FACE")),
                Arguments.of("bob", List.of("SMS", "OTP", "FACE")), Arguments.of("carol", List.of()),
                Arguments.of("dave", List.of("SMS", "EMAIL", "OTP", "FACE")),
                Arguments.of("erin", List.of("SMS", "EMAIL", "FACE")));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("typesToEnroll")
    void factorsToEnrollAreTheAllowedTypesTheUserHasNotBound(String username, List<String> types) {
        Reply reply = factorCall(TO_ENROLL, tenant.app(TokenAuthMethod.CLIENT_SECRET_BASIC), username);

        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(types(reply.data(), "factorType")).containsExactlyElementsOf(types);
    }

    @Test
    void aBareTokenWithoutBearerIsAcceptedToo() {
        String token = calls.accessToken(tenant.app(), "bob");

        Reply reply = calls.get(ENROLLED, "x-authing-app-id", tenant.app().appId(), "authorization", token);

        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(types(reply.data(), "factorType")).containsExactly("EMAIL");
    }

    @ParameterizedTest
    @ValueSource(strings = {ENROLLED, TO_ENROLL})
    void aFactorCallWithoutATokenIsRefusedWith2020(String path) {
        assertRefused(calls.get(path, "x-authing-app-id", tenant.app().appId()), 401, 2020);
    }

    @ParameterizedTest
    @ValueSource(strings = {"garbage", "a.b.c", "eyJhbGciOiJIUzI1NiJ9.e30.AAAA", "...."})
    void aGarbageTokenIsRefusedWith2020(String token) {
        assertRefused(calls.get(ENROLLED, "x-authing-app-id", tenant.app().appId(),
                "authorization", "Bearer " + token), 401, 2020);
    }

    @Test
    void aTokenWithForgedClaimsIsRefused() {
        String[] parts = calls.accessToken(tenant.app(), "dave").split("\\.");
        String carolId = tenant.user("carol").userId();
        String forgedClaims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace(tenant.user("dave").userId(), carolId);
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(forgedClaims.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

        assertRefused(calls.get(ENROLLED, "x-authing-app-id", tenant.app().appId(), "authorization", "Bearer " + forged),
                401, 2020);
    }

    @Test
    void anUnsignedTokenIsRefused() {
        String[] parts = calls.accessToken(tenant.app(), "alice").split("\\.");
        String none = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"at+jwt\"}".getBytes(StandardCharsets.UTF_8));

        assertRefused(calls.get(ENROLLED, "x-authing-app-id", tenant.app().appId(),
                "authorization", "Bearer " + none + "." + parts[1] + "."), 401, 2020);
    }

    @Test
    void aTokenOfAnotherTenantIsRefused() throws Exception {
        String foreign;
        try (DemoTenant other = DemoTenant.start()) {
            foreign = new TenantCalls(other).accessToken(other.app(), "alice");
        }

        assertRefused(calls.get(ENROLLED, "x-authing-app-id", tenant.app().appId(), "authorization", "Bearer " + foreign),
                401, 2020);
    }

    @Test
    void aTokenIssuedToAnotherAppIsRefused() {
        String token = calls.accessToken(tenant.app(TokenAuthMethod.NONE), "alice");

        assertRefused(calls.get(ENROLLED, "x-authing-app-id", tenant.app().appId(), "authorization", "Bearer " + token),
                401, 2020);
    }

    @Test
    void anIdTokenIsNotTakenForAnAccessToken() {
        String idToken = calls.signIn(tenant.app(), "account", "alice", DemoTenant.DEMO_PASSWORD)
                .data().path("id_token").asText();

        assertRefused(calls.get(ENROLLED, "x-authing-app-id", tenant.app().appId(), "authorization", "Bearer " + idToken),
                401, 2020);
    }

    @Test
    void aFactorCallWithoutAnAppIdIsRefusedWith2011() {
        String token = calls.accessToken(tenant.app(), "alice");

        assertRefused(calls.get(ENROLLED, "authorization", "Bearer " + token), 400, 2011);
    }

    @Test
    void aTokenExpiresAfterTheConfiguredLifetime() throws Exception {
        try (DemoTenant shortLived = DemoTenant.start(DemoOptions.defaults().withTokenLifetime(Duration.ofSeconds(1)))) {
            TenantCalls shortCalls = new TenantCalls(shortLived);
            Reply signIn = shortCalls.signIn(shortLived.app(), "account", "alice", DemoTenant.DEMO_PASSWORD);
            String token = signIn.data().path("access_token").asText();
            String[] headers = {"x-authing-app-id", shortLived.app().appId(), "authorization", "Bearer " + token};
            assertThat(signIn.data().path("expire_in").asLong()).isEqualTo(1);
            assertThat(shortCalls.get(ENROLLED, headers).statusCode()).isEqualTo(200);

            long exp = TenantCalls.claims(token).path("exp").asLong();
            Thread.sleep(Math.max(0, exp * 1000 - System.currentTimeMillis()) + 50);

            assertRefused(shortCalls.get(ENROLLED, headers), 401, 2020);
        }
    }

    private Reply factorCall(String path, DemoApp app, String username) {
        String token = calls.accessToken(app, username);
        return calls.get(path, "x-authing-app-id", app.appId(), "authorization", "Bearer " + token);
    }

    private static List<String> types(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(f -> out.add(f.path(field).asText()));
        return out;
    }
}
