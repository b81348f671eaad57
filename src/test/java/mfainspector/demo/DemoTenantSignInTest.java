package mfainspector.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import mfainspector.demo.DemoUser.SignInOutcome;
import mfainspector.demo.TenantCalls.Reply;
import mfainspector.genauth.TokenAuthMethod;

class DemoTenantSignInTest extends SharedTenantTest {


    static Stream<Arguments> everyUserWithEveryAuthMethod() {
        return tenant.users().stream().flatMap(u -> Stream.of(TokenAuthMethod.values()).map(m -> Arguments.of(u, m)));
    }

    @ParameterizedTest(name = "{0} via {1}")
    @MethodSource("everyUserWithEveryAuthMethod")
    void eachSeededUserGetsTheOutcomeOfTheirScenarioWithEachAuthMethod(DemoUser user, TokenAuthMethod method) {
        Reply reply = calls.signIn(tenant.app(method), "account", user.username(), DemoTenant.DEMO_PASSWORD);

        assertThat(reply.httpStatus()).isEqualTo(200);
        switch (user.signIn()) {
            case SIGNS_IN -> {
                assertThat(reply.statusCode()).isEqualTo(200);
                assertThat(reply.data().path("access_token").asText()).matches("[\\w-]+\\.[\\w-]+\\.[\\w-]+");
                assertThat(reply.data().path("token_type").asText()).isEqualTo("Bearer");
            }
            case LOCKED -> assertRefused(reply, 403, 2005);
            case NEEDS_MFA_STEP -> assertRefused(reply, 400, 1636);
        }
    }

    @Test
    void theSeedHasEveryScenarioTheAppMustShow() {
        assertThat(tenant.users()).extracting(DemoUser::username)
                .containsExactly("alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi");
        assertThat(tenant.user("frank").signIn()).isEqualTo(SignInOutcome.LOCKED);
        assertThat(tenant.user("grace").signIn()).isEqualTo(SignInOutcome.NEEDS_MFA_STEP);
        assertThat(tenant.user("heidi").signIn()).isEqualTo(SignInOutcome.SUSPENDED);
        assertThat(tenant.users()).allSatisfy(u -> {
            assertThat(u.email()).isEqualTo(u.username() + (u.username().equals("heidi") ? "@contractor.test" : "@example.com"));
            assertThat(u.phone()).matches("202555010[1-9]");
            assertThat(u.phoneCountryCode()).isEqualTo("+1");
            assertThat(u.userId()).matches("[0-9a-f]{24}");
            assertThat(u.scenario()).isNotBlank();
        });
    }

    @Test
    void signInAnswersTokensWhoseClaimsNameTheUserAppAndIssuer() throws Exception {
        DemoUser alice = tenant.user("alice");
        JsonNode data = calls.signIn(tenant.app(), "account", "alice", DemoTenant.DEMO_PASSWORD).data();

        JsonNode access = TenantCalls.claims(data.path("access_token").asText());
        assertThat(access.path("sub").asText()).isEqualTo(alice.userId());
        assertThat(access.path("aud").asText()).isEqualTo(tenant.app().appId());
        assertThat(access.path("iss").asText()).isEqualTo(tenant.baseUrl() + "/oidc");
        assertThat(access.path("exp").asLong() - access.path("iat").asLong()).isBetween(3600L, 3601L);
        JsonNode id = TenantCalls.claims(data.path("id_token").asText());
        assertThat(id.path("name").asText()).isEqualTo("Alice Johnson");
        assertThat(id.path("email").asText()).isEqualTo("alice@example.com");
        assertThat(id.path("phone_number").asText()).isEqualTo("+12025550101");
        assertThat(id.path("preferred_username").asText()).isEqualTo("alice");
        assertThat(data.path("expire_in").asLong()).isEqualTo(3600);
        assertThat(data.path("scope").asText()).isEqualTo("openid profile offline_access");
        assertThat(data.path("refresh_token").asText()).isNotBlank();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("accountForms")
    void theAccountMayBeGivenAsUsernameEmailOrPhone(String key, String value) {
        Reply reply = calls.signIn(tenant.app(), key, value, DemoTenant.DEMO_PASSWORD);

        assertThat(reply.statusCode()).as(reply.message()).isEqualTo(200);
    }

    static Stream<Arguments> accountForms() {
        return Stream.of(Arguments.of("account", "carol@example.com"), Arguments.of("account", "+12025550103"),
                Arguments.of("account", "2025550103"), Arguments.of("email", "CAROL@example.com"),
                Arguments.of("phone", "2025550103"), Arguments.of("username", "carol"));
    }

    @Test
    void anEmailGivenAsUsernameDoesNotMatch() {
        assertRefused(calls.signIn(tenant.app(), "username", "carol@example.com", DemoTenant.DEMO_PASSWORD), 403, 2333);
    }

    @Test
    void aWrongPasswordIsRefusedWith2333() {
        assertRefused(calls.signIn(tenant.app(), "account", "alice", "not-the-password"), 403, 2333);
    }

    @Test
    void anUnknownAccountIsRefusedLikeAWrongPassword() {
        assertRefused(calls.signIn(tenant.app(), "account", "mallory", DemoTenant.DEMO_PASSWORD), 403, 2333);
    }

    @Test
    void aLockedUserWithAWrongPasswordStillGetsWrongCredentials() {
        assertRefused(calls.signIn(tenant.app(), "account", "frank", "guess"), 403, 2333);
    }

    @ParameterizedTest
    @EnumSource(value = TokenAuthMethod.class, names = {"CLIENT_SECRET_POST", "CLIENT_SECRET_BASIC"})
    void aWrongAppSecretIsRefusedWith1300(TokenAuthMethod method) {
        DemoApp real = tenant.app(method);
        DemoApp wrongSecret = new DemoApp(real.name(), real.appId(),
                mfainspector.genauth.Secret.of("0000000000000000000000000000000"), method);

        assertRefused(calls.signIn(wrongSecret, "account", "alice", DemoTenant.DEMO_PASSWORD), 400, 1300);
    }

    static Stream<Arguments> mismatchedMethods() {
        return Stream.of(TokenAuthMethod.values()).flatMap(app -> Stream.of(TokenAuthMethod.values())
                .filter(sent -> sent != app).map(sent -> Arguments.of(app, sent)));
    }

    @ParameterizedTest(name = "app {0}, client sends {1}")
    @MethodSource("mismatchedMethods")
    void clientAuthenticationByAnotherMethodThanTheAppsIsRefusedWith1300(TokenAuthMethod app, TokenAuthMethod sent) {
        DemoApp configured = tenant.app(app);
        // The right secret for the app, sent the way another method would send it.
        DemoApp asSent = new DemoApp("", configured.appId(),
                configured.appSecret().isEmpty() ? tenant.app().appSecret() : configured.appSecret(), sent);

        assertRefused(calls.signIn(asSent, "account", "alice", DemoTenant.DEMO_PASSWORD), 400, 1300);
    }

    @Test
    void aClientIdOfAnotherAppInTheBodyIsRefused() {
        DemoApp post = tenant.app();
        Reply reply = calls.post("/api/v3/signin", Map.of("connection", "PASSWORD",
                "passwordPayload", Map.of("account", "alice", "password", DemoTenant.DEMO_PASSWORD),
                "client_id", tenant.app(TokenAuthMethod.NONE).appId(), "client_secret", post.appSecret().reveal()),
                "x-authing-app-id", post.appId());

        assertRefused(reply, 400, 1300);
    }

    @Test
    void signInWithoutAnAppIdHeaderIsRefusedWith2011() {
        Reply reply = calls.post("/api/v3/signin", Map.of("connection", "PASSWORD",
                "passwordPayload", Map.of("account", "alice", "password", DemoTenant.DEMO_PASSWORD)));

        assertRefused(reply, 400, 2011);
    }

    @Test
    void signInWithAnUnknownAppIdIsRefusedWith2011() {
        DemoApp unknown = new DemoApp("", "0123456789abcdef01234567", tenant.app().appSecret(),
                TokenAuthMethod.CLIENT_SECRET_POST);

        assertRefused(calls.signIn(unknown, "account", "alice", DemoTenant.DEMO_PASSWORD), 400, 2011);
    }

    @Test
    void theGenAuthBrandedAppIdHeaderIsAcceptedToo() {
        DemoApp app = tenant.app(TokenAuthMethod.NONE);
        Reply reply = calls.post("/api/v3/signin", Map.of("connection", "PASSWORD",
                "passwordPayload", Map.of("account", "dave", "password", DemoTenant.DEMO_PASSWORD)),
                "x-genauth-app-id", app.appId());

        assertThat(reply.statusCode()).as(reply.message()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{not json", "[1, 2"})
    void aMalformedBodyIsRefusedWithAClearMessage(String body) {
        Reply reply = calls.post("/api/v3/signin", body, "x-authing-app-id", tenant.app().appId(),
                "x-authing-lang", "en-US");

        assertThat(reply.statusCode()).isEqualTo(400);
        assertThat(reply.message()).contains("not valid JSON");
    }

    @Test
    void aConnectionOtherThanPasswordIsRefused() {
        DemoApp app = tenant.app(TokenAuthMethod.NONE);
        Reply reply = calls.post("/api/v3/signin", Map.of("connection", "PASSCODE",
                "passCodePayload", Map.of("passCode", "123456", "phone", "2025550101")),
                "x-authing-app-id", app.appId(), "x-authing-lang", "en-US");

        assertThat(reply.statusCode()).isEqualTo(400);
        assertThat(reply.message()).contains("PASSCODE").contains("PASSWORD");
    }
}
