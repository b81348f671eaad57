package mfainspector.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import mfainspector.demo.TenantCalls.Reply;

class DemoTenantManagementTest extends SharedTenantTest {

    private static String token;

    @BeforeAll
    static void signInToManagement() {
        token = calls.managementToken();
    }

    @Test
    void theManagementTokenLastsTheConfiguredLifetime() {
        Reply reply = calls.post("/api/v3/get-management-token",
                Map.of("accessKeyId", tenant.userPoolId(), "accessKeySecret", tenant.userPoolSecret().reveal()));

        assertThat(reply.data().path("access_token").asText()).contains(".");
        assertThat(reply.data().path("expires_in").asLong()).isEqualTo(3600);
    }

    @Test
    void aWrongUserPoolSecretIsRefusedAsWrongCredentials() {
        assertRefused(calls.post("/api/v3/get-management-token",
                Map.of("accessKeyId", tenant.userPoolId(), "accessKeySecret", "wrong")), 403, 2333);
    }

    @Test
    void anUnknownUserPoolIdIsRefusedAsWrongCredentials() {
        assertRefused(calls.post("/api/v3/get-management-token", Map.of("accessKeyId", "0123456789abcdef01234567",
                "accessKeySecret", tenant.userPoolSecret().reveal())), 403, 2333);
    }

    static Stream<Arguments> everyUserByEveryIdentifier() {
        List<Function<DemoUser, String[]>> identifiers = List.of(u -> new String[] {"user_id", u.userId()},
                u -> new String[] {"phone", u.phone()}, u -> new String[] {"email", u.email()},
                u -> new String[] {"username", u.username()}, u -> new String[] {"external_id", u.externalId()});
        return tenant.users().stream().flatMap(u -> identifiers.stream().map(id -> id.apply(u))
                .map(id -> Arguments.of(u, id[0], id[1])));
    }

    @ParameterizedTest(name = "{0} by {1}")
    @MethodSource("everyUserByEveryIdentifier")
    void getUserFindsEachUserByEachIdentifierType(DemoUser user, String type, String value) {
        Reply reply = management("/api/v3/get-user?userId=" + encode(value) + "&userIdType=" + type);

        assertThat(reply.statusCode()).as(reply.message()).isEqualTo(200);
        assertThat(reply.data().path("userId").asText()).isEqualTo(user.userId());
    }

    @Test
    void getUserAnswersTheFieldsAHelpdeskShows() {
        DemoUser carol = tenant.user("carol");
        JsonNode u = management("/api/v3/get-user?userId=" + carol.userId()).data();

        assertThat(u.path("username").asText()).isEqualTo("carol");
        assertThat(u.path("name").asText()).isEqualTo("Carol Nguyen");
        assertThat(u.path("nickname").asText()).isEqualTo("Carol");
        assertThat(u.path("email").asText()).isEqualTo("carol@example.com");
        assertThat(u.path("phone").asText()).isEqualTo("2025550103");
        assertThat(u.path("phoneCountryCode").asText()).isEqualTo("+1");
        assertThat(u.path("externalId").asText()).isEqualTo(carol.externalId());
        assertThat(u.path("status").asText()).isEqualTo("Activated");
        assertThat(u.path("createdAt").asText()).isEqualTo(carol.createdAt().toString());
        assertThat(u.path("lastMfaTime").isTextual()).isTrue();
        assertThat(u.path("loginsCount").asInt()).isPositive();
    }

    @Test
    void theLockedUserShowsAsSuspended() {
        assertThat(management("/api/v3/get-user?userIdType=username&userId=frank").data().path("status").asText())
                .isEqualTo("Suspended");
    }

    @Test
    void aUserWithoutFactorsHasNoLastMfaTime() {
        assertThat(management("/api/v3/get-user?userIdType=username&userId=dave").data().path("lastMfaTime").isNull())
                .isTrue();
    }

    @Test
    void aSignInCountsInTheUsersActivity() {
        String path = "/api/v3/get-user?userIdType=username&userId=bob";
        JsonNode before = management(path).data();

        calls.accessToken(tenant.app(), "bob");

        JsonNode after = management(path).data();
        assertThat(after.path("loginsCount").asInt()).isEqualTo(before.path("loginsCount").asInt() + 1);
        assertThat(Instant.parse(after.path("lastLogin").asText()))
                .isAfter(Instant.parse(before.path("lastLogin").asText()));
    }

    @Test
    void anEncodedPlusInAPhoneNumberIsDecoded() {
        Reply reply = management("/api/v3/get-user?userIdType=phone&userId=" + encode("+1 202-555-0105"));

        assertThat(reply.data().path("username").asText()).isEqualTo("erin");
    }

    @Test
    void aRawPlusInTheQueryMeansASpaceSoTheNumberIsNotFound() {
        assertRefused(management("/api/v3/get-user?userIdType=phone&userId=+12025550105"), 404, 2004);
    }

    @Test
    void anEncodedEmailIsDecodedAndMatchedIgnoringCase() {
        assertThat(management("/api/v3/get-user?userIdType=email&userId=" + encode("Erin@Example.com"))
                .data().path("username").asText()).isEqualTo("erin");
    }

    @Test
    void aPlusAddressedEmailIsAnotherAddress() {
        assertRefused(management("/api/v3/get-user?userIdType=email&userId=" + encode("erin+it@example.com")),
                404, 2004);
    }

    @ParameterizedTest
    @ValueSource(strings = {"user_id&userId=ffffffffffffffffffffffff", "email&userId=mallory%40example.com",
            "phone&userId=2025550199", "username&userId=mallory", "external_id&userId=EMP-9999"})
    void anUnknownUserIsNotFound(String query) {
        assertRefused(management("/api/v3/get-user?userIdType=" + query), 404, 2004);
    }

    @Test
    void anUnsupportedIdentifierTypeIsRefusedWithTheSupportedOnes() {
        Reply reply = calls.get("/api/v3/get-user?userIdType=sync_relation&userId=x", headers("en-US"));

        assertThat(reply.statusCode()).isEqualTo(400);
        assertThat(reply.message()).contains("sync_relation").contains("external_id");
    }

    @Test
    void aMissingUserIdIsRefusedNamingTheParameter() {
        Reply reply = calls.get("/api/v3/get-user?userIdType=email", headers("en-US"));

        assertThat(reply.statusCode()).isEqualTo(400);
        assertThat(reply.message()).contains("userId");
    }

    @Test
    void listUsersPagesThroughEveryUser() {
        Reply page3 = listUsers("", 3, 3);

        assertThat(page3.data().path("totalCount").asInt()).isEqualTo(tenant.users().size()).isEqualTo(8);
        assertThat(page3.data().path("list")).hasSize(2);
        assertThat(page3.data().path("list").get(0).path("username").asText()).isEqualTo("grace");
        assertThat(page3.data().path("list").get(1).path("username").asText()).isEqualTo("heidi");
    }

    @Test
    void listUsersMatchesKeywordsInNameEmailOrPhone() {
        assertThat(usernames(listUsers("nguyen", 1, 10))).containsExactly("carol");
        assertThat(usernames(listUsers("2025550102", 1, 10))).containsExactly("bob");
        assertThat(usernames(listUsers("EXAMPLE.COM", 1, 50))).hasSize(7);
    }

    @Test
    void listUsersRefusesPagesOfMoreThanFifty() {
        assertThat(listUsers("", 1, 51).statusCode()).isEqualTo(400);
    }

    static Stream<Arguments> mfaInfo() {
        return Stream.of(Arguments.of("alice", "enabled", "disabled", "enabled", "disabled"),
                Arguments.of("bob", "disabled", "disabled", "disabled", "enabled"),
                Arguments.of("carol", "enabled", "enabled", "enabled", "enabled"),
                Arguments.of("dave", "disabled", "disabled", "disabled", "disabled"),
                Arguments.of("erin", "enabled", "disabled", "disabled", "disabled"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mfaInfo")
    void userMfaInfoSaysWhichTypesAreBound(String username, String totp, String face, String sms, String email) {
        JsonNode info = management("/api/v3/get-user-mfa-info?userIdType=username&userId=" + username).data();

        assertThat(List.of(info.path("totpStatus").asText(), info.path("faceMfaStatus").asText(),
                info.path("smsMfaStatus").asText(), info.path("emailMfaStatus").asText()))
                .containsExactly(totp, face, sms, email);
    }

    @Test
    void mfaStatusShowsTheBoundPhoneAndEmailAndTheAppPolicies() {
        JsonNode carol = management("/api/v3/get-mfa-status?userIdType=email&userId=carol%40example.com").data();

        assertThat(carol.path("mfaPhone").asText()).isEqualTo("2025550103");
        assertThat(carol.path("mfaPhoneCountryCode").asText()).isEqualTo("+1");
        assertThat(carol.path("mfaEmail").asText()).isEqualTo("carol@example.com");
        assertThat(carol.path("totpMfaEnabled").asBoolean()).isTrue();
        assertThat(carol.path("faceMfaEnabled").asBoolean()).isTrue();
        assertThat(carol.path("applicationMfa")).extracting(p -> p.path("mfaPolicy").asText())
                .containsExactly("SMS", "EMAIL", "OTP", "FACE");
    }

    @Test
    void mfaStatusOfAUserWithoutFactorsHasNoContactsAndNothingEnabled() {
        JsonNode dave = management("/api/v3/get-mfa-status?userIdType=username&userId=dave").data();

        assertThat(dave.path("mfaPhone").isNull()).isTrue();
        assertThat(dave.path("mfaEmail").isNull()).isTrue();
        assertThat(dave.path("totpMfaEnabled").asBoolean()).isFalse();
        assertThat(dave.path("faceMfaEnabled").asBoolean()).isFalse();
    }

    @Test
    void theTokenMayComeWithABearerPrefix() {
        Reply reply = calls.get("/api/v3/get-user?userIdType=username&userId=alice",
                "authorization", "Bearer " + token, "x-authing-userpool-id", tenant.userPoolId());

        assertThat(reply.data().path("username").asText()).isEqualTo("alice");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v3/get-user?userId=alice&userIdType=username",
            "/api/v3/get-user-mfa-info?userId=alice&userIdType=username",
            "/api/v3/get-mfa-status?userId=alice&userIdType=username"})
    void everyManagementCallNeedsAManagementToken(String path) {
        String userToken = calls.accessToken(tenant.app(), "alice");

        assertRefused(calls.get(path, "x-authing-userpool-id", tenant.userPoolId()), 401, 2020);
        assertRefused(calls.get(path, "authorization", userToken, "x-authing-userpool-id", tenant.userPoolId()),
                401, 2020);
    }

    @Test
    void listUsersNeedsAManagementTokenToo() {
        assertRefused(calls.post("/api/v3/list-users", Map.of("keywords", ""),
                "x-authing-userpool-id", tenant.userPoolId()), 401, 2020);
    }

    @Test
    void aManagementCallWithoutTheUserPoolHeaderIsRefusedAsAnUnknownUserPool() {
        assertRefused(calls.get("/api/v3/get-user?userIdType=username&userId=alice", "authorization", token),
                400, 2224);
    }

    @Test
    void aManagementCallNamingAnotherUserPoolIsRefusedAsAnUnknownUserPool() {
        Reply reply = calls.get("/api/v3/get-user?userIdType=username&userId=alice", "authorization", token,
                "x-authing-userpool-id", "0123456789abcdef01234567", "x-authing-lang", "en-US");

        assertRefused(reply, 400, 2224);
        assertThat(reply.message()).startsWith("User pool does not exist");
    }

    @Test
    void theManagementTokenNamesItsUserPoolAsGenAuthsDoes() throws Exception {
        assertThat(TenantCalls.claims(token).path("scoped_userpool_id").asText()).isEqualTo(tenant.userPoolId());
    }

    @Test
    void aManagementTokenOpensNoUsersFactorList() {
        assertRefused(calls.get("/api/v3/list-enrolled-factors", "x-authing-app-id", tenant.app().appId(),
                "authorization", token), 401, 2020);
    }

    private static Reply management(String pathAndQuery) {
        return calls.get(pathAndQuery, headers("en-US"));
    }

    private static String[] headers(String lang) {
        return new String[] {"authorization", token, "x-authing-userpool-id", tenant.userPoolId(), "x-authing-lang", lang};
    }

    private static Reply listUsers(String keywords, int page, int limit) {
        return calls.post("/api/v3/list-users", Map.of("keywords", keywords,
                "options", Map.of("pagination", Map.of("page", page, "limit", limit))), headers("en-US"));
    }

    private static List<String> usernames(Reply reply) {
        return reply.data().path("list").findValuesAsText("username");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
