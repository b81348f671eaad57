package mfainspector.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mfainspector.demo.DemoTenant;
import mfainspector.genauth.TokenAuthMethod;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The {@code factors} command against the real demo tenant over loopback. */
class FactorsCommandTest {

    private static DemoTenant tenant;
    private static Map<String, String> env;

    @BeforeAll
    static void start() throws Exception {
        tenant = DemoTenant.start();
        env = Map.of(FactorsCommand.APP_SECRET_ENV, tenant.app().appSecret().reveal());
    }

    @AfterAll
    static void stop() {
        tenant.close();
    }

    private static CommandRun factors(String stdin, Map<String, String> environment, String... extra) {
        List<String> args = new ArrayList<>(List.of("factors", "--host", tenant.baseUrl(), "--app-id", tenant.app().appId()));
        args.addAll(List.of(extra));
        return CommandRun.run(stdin, environment, args.toArray(String[]::new));
    }

    private static CommandRun signIn(String user, String... extra) {
        List<String> args = new ArrayList<>(List.of("--account", user, "--password-stdin"));
        args.addAll(List.of(extra));
        return factors(DemoTenant.DEMO_PASSWORD + "\n", env, args.toArray(String[]::new));
    }

    @Test
    void tableMasksPhoneAndEmailAndNamesEveryType() {
        CommandRun r = signIn("carol");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("SMS", "EMAIL", "OTP", "FACE", "4 factors enrolled for carol", "+1 202****0103", "c***@example.com");
        assertThat(r.out()).doesNotContain("2025550103", "carol@example.com");
    }

    @Test
    void jsonCarriesFactorsAsTheApiReturnedThem() throws Exception {
        CommandRun r = signIn("alice", "--format", "json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode doc = new ObjectMapper().readTree(r.out());
        List<String> types = new ArrayList<>();
        doc.get("enrolled").forEach(f -> types.add(f.get("factorType").asText()));
        assertThat(types).containsExactlyInAnyOrder("SMS", "OTP");
        assertThat(r.out()).contains("\"phoneNumber\" : \"2025550101\"");
        assertThat(doc.get("availableToEnroll").toString()).contains("EMAIL", "FACE");
    }

    @Test
    void csvHasHeaderAndOneLinePerFactorWithTheUnknownTypeKept() {
        CommandRun r = signIn("erin", "--format", "csv");
        assertThat(r.exitCode()).as(r.err()).isZero();
        String[] lines = r.out().split("\r\n");
        assertThat(lines[0]).isEqualTo("factorId,factorType,phoneCountryCode,phoneNumber,email,profile");
        assertThat(lines).hasSize(3);
        assertThat(r.out()).contains(",PASSKEY,", ",OTP,");
    }

    @Test
    void userWithoutFactorsSaysSoAndSucceeds() {
        CommandRun r = signIn("dave");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("No MFA factors enrolled for dave.");
    }

    @Test
    void wrongPasswordExitsThreeWithCodesAndRequestId() {
        CommandRun r = factors("not-the-password\n", env, "--account", "alice", "--password-stdin");
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).startsWith("error: The account or password is wrong").contains("statusCode=403", "apiCode=2333", "requestId=");
        assertThat(r.err().lines().count()).isEqualTo(1);
        assertThat(r.all()).doesNotContain("not-the-password", tenant.app().appSecret().reveal());
    }

    @Test
    void lockedAndMfaStepUsersAreRefusedWithTheirApiCodes() {
        assertThat(signIn("frank").err()).contains("apiCode=2005");
        assertThat(signIn("frank").exitCode()).isEqualTo(3);
        assertThat(signIn("grace").err()).contains("apiCode=1636");
        assertThat(signIn("grace").exitCode()).isEqualTo(3);
    }

    @Test
    void wrongAppSecretIsRefusedAsMisconfiguredApp() {
        CommandRun r = factors(DemoTenant.DEMO_PASSWORD, Map.of(FactorsCommand.APP_SECRET_ENV, "wrong-secret-value"),
                "--account", "alice", "--password-stdin");
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).contains("apiCode=1300").doesNotContain("wrong-secret-value");
    }

    @Test
    void passwordFromEnvironmentAndBasicAuthMethodWork() {
        var basic = tenant.app(TokenAuthMethod.CLIENT_SECRET_BASIC);
        CommandRun r = CommandRun.run("", Map.of(FactorsCommand.APP_SECRET_ENV, basic.appSecret().reveal(),
                        FactorsCommand.PASSWORD_ENV, DemoTenant.DEMO_PASSWORD),
                "factors", "--host", tenant.baseUrl(), "--app-id", basic.appId(), "--auth-method", "client_secret_basic",
                "--account", "bob@example.com", "--account-type", "email");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("EMAIL", "b***@example.com");
    }

    @Test
    void pastedAccessTokenWithBearerPrefixAndLineBreaksIsAccepted() {
        CommandRun json = signIn("bob", "--format", "json");
        assertThat(json.exitCode()).isZero();
        // Take a real token from a sign-in through the client, then paste it with noise around it.
        String token = TestTokens.accessTokenFor(tenant, "bob");
        String pasted = "  \"Bearer " + token.substring(0, 20) + "\n" + token.substring(20) + "\"\n";
        CommandRun r = factors(pasted, env, "--access-token-stdin");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("EMAIL").doesNotContain(token);
    }

    @Test
    void invalidTokenExitsThreeAsNotSignedIn() {
        CommandRun r = factors("not-a-token", env, "--access-token-stdin");
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).contains("apiCode=2020");
    }

    @Test
    void unreachableHostExitsFourWithOneLine() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        CommandRun r = CommandRun.run(DemoTenant.DEMO_PASSWORD, env, "factors", "--host", "http://127.0.0.1:" + closedPort,
                "--app-id", "x", "--account", "alice", "--password-stdin");
        assertThat(r.exitCode()).isEqualTo(4);
        assertThat(r.err()).startsWith("error: The host could not be reached");
        assertThat(r.err().lines().count()).isEqualTo(1);
        assertThat(r.err()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void usageErrorsExitTwoAndSayWhatToDo() {
        assertThat(factors("", env, "--account", "alice").exitCode()).isEqualTo(2);
        assertThat(factors("", env, "--account", "alice").err()).contains("--password-stdin");
        assertThat(CommandRun.run("", env, "factors", "--host", "http://example.com", "--app-id", "x", "--account", "a").err())
                .contains("https://example.com");
        assertThat(factors("", Map.of(), "--account", "alice", "--password-stdin").err()).contains(FactorsCommand.APP_SECRET_ENV);
        assertThat(factors("", env, "--account", "alice", "--access-token-stdin").exitCode()).isEqualTo(2);
        assertThat(factors("", env, "--acount", "alice").err()).contains("Unknown option --acount");
        assertThat(factors("", env, "--account", "alice", "--format", "xml").err()).contains("table, json or csv");
        assertThat(CommandRun.run("", env, "frobnicate").exitCode()).isEqualTo(2);
    }

    @Test
    void helpAndVersionExitZero() {
        assertThat(CommandRun.run("", Map.of(), "--help").out()).contains("factors", "demo-server", "--self-test");
        assertThat(CommandRun.run("", Map.of(), "factors", "--help").out()).contains(FactorsCommand.APP_SECRET_ENV);
        CommandRun v = CommandRun.run("", Map.of(), "--version");
        assertThat(v.exitCode()).isZero();
        assertThat(v.out()).matches("mfa-inspector \\S+\\R");
    }
}
