package mfainspector.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mfainspector.caller.TotpCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code verify-caller} against the demo tenant over loopback: outcomes, exit codes, no secret anywhere. */
class VerifyCallerCommandTest extends LookupTenantTest {

    static final String ALICE_SECRET = "WOSUFEXH3ZMHCBOYR4B7OZ32TQTGZESV";
    static final String CAROL_SECRET = "YLMBR2IZP5Z2HJ5LXSRLLMM665TMDO4V";

    CommandRun verify(String stdin, String... extra) {
        List<String> args = new ArrayList<>(List.of("verify-caller", "--mgmt-host", tenant.baseUrl(), "--user-pool-id",
                tenant.userPoolId()));
        args.addAll(List.of(extra));
        CommandRun r = CommandRun.run(stdin, env(), args.toArray(String[]::new));
        assertNoSecret(r);
        return r;
    }

    @Test
    void theCurrentCodeVerifiesOnceAndIsReplayedTheSecondTime() throws Exception {
        String code = TotpCodes.now(ALICE_SECRET);

        CommandRun first = verify(code + "\n", "--username", "alice", "--code-stdin", "--ticket", "INC-11");
        CommandRun second = verify(code + "\n", "--email", "alice@example.com", "--code-stdin");

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).startsWith("Verified:").contains("username:a***e");
        assertThat(second.exitCode()).isEqualTo(3);
        assertThat(second.out()).startsWith("Not verified: this code was already used");
        String log = Files.readString(logFile());
        // get-user and get-otp-secret-by-user
        assertThat(log.lines().findFirst().orElseThrow()).containsPattern("\"requestIds\":\\[\"[0-9a-f]{32}\",\"[0-9a-f]{32}\"\\]");
        assertThat(log).contains("\"verification\":{\"outcome\":\"verified\",\"method\":\"otp\"}",
                "\"verification\":{\"outcome\":\"replayed\",\"method\":\"otp\"}", "\"ticket\":\"INC-11\"");
        for (String text : List.of(first.all(), second.all(), log, Files.readString(home.resolve("otp-used")))) {
            assertThat(text).doesNotContain(code, ALICE_SECRET, tenant.userPoolSecret().reveal(), "alice@example.com");
        }
    }

    @Test
    void aWrongCodeIsNotVerified() {
        String wrong = TotpCodes.notNear(CAROL_SECRET);

        CommandRun r = verify(wrong, "--username", "carol", "--code-stdin");

        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.out()).startsWith("Not verified: the code is not the current one").doesNotContain(wrong);
    }

    @Test
    void aUserWithoutAnAuthenticatorAppIsSaidPlainly() {
        CommandRun r = verify("123456\n", "--username", "dave", "--code-stdin");

        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.out()).contains("has no authenticator app (OTP) bound", "another way");
    }

    @Test
    void theAnswerSpeaksChineseWithLangZhCn() {
        CommandRun r = verify("123456\n", "--username", "dave", "--code-stdin", "--lang", "zh-CN");

        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.out()).contains("未绑定身份验证器（OTP）");
    }

    @Test
    void anUnknownUserIsRefusedAndNoted() throws Exception {
        CommandRun r = verify("123456\n", "--username", "nobody", "--code-stdin");

        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).contains("apiCode=2004");
        assertThat(Files.readString(logFile())).contains("\"outcome\":\"not_found\"", "\"outcome\":\"failed\",\"method\":\"otp\"");
    }

    @Test
    void anUnreachableHostIsAFault() {
        CommandRun r = CommandRun.run("123456\n", env(), "verify-caller", "--mgmt-host", "http://127.0.0.1:9",
                "--user-pool-id", tenant.userPoolId(), "--username", "alice", "--code-stdin");

        assertThat(r.exitCode()).isEqualTo(4);
        assertThat(r.all()).doesNotContain("123456");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {"no code option; --username alice", "code as an option; --username alice --code 123456",
        "two identifiers; --username alice --email a@example.com --code-stdin", "secret as an option; --username alice --code-stdin --user-pool-secret x"})
    void usageErrors(String name, String args) {
        CommandRun r = verify("123456\n", args.split(" "));

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.all()).doesNotContain("123456");
    }

    @Test
    void noCodeOnStandardInputIsAUsageError() {
        assertThat(verify("\n", "--username", "alice", "--code-stdin").exitCode()).isEqualTo(2);
    }

    @Test
    void withoutThePoolSecretItIsAUsageError() {
        CommandRun r = CommandRun.run("123456\n", Map.of("MFA_INSPECTOR_HOME", home.toString()), "verify-caller",
                "--mgmt-host", tenant.baseUrl(), "--user-pool-id", tenant.userPoolId(), "--username", "alice", "--code-stdin");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("MFA_INSPECTOR_USER_POOL_SECRET");
    }

    @Test
    void helpAndTheCommandListNameIt() {
        assertThat(CommandRun.run("", Map.of(), "verify-caller", "--help").out()).contains("--code-stdin", "Exit codes: 0 verified");
        assertThat(CommandRun.run("", Map.of(), "--help").out()).contains("verify-caller");
        assertThat(CommandRun.run("", Map.of(), "lookup", "--help").out()).contains("--activity", "--failures-only");
    }


}
