package mfainspector.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mfainspector.genauth.ErrorCategory;
import mfainspector.lookup.LookupLog;
import mfainspector.lookup.LookupLogEntry;
import mfainspector.lookup.LookupOutcome;
import mfainspector.lookup.UserIdType;
import org.junit.jupiter.api.Test;

/** The {@code lookup} command's lookup log, network failures and usage errors, against the real demo tenant. */
class LookupCommandLogTest extends LookupTenantTest {

    private List<LookupLogEntry> logged() throws Exception {
        LookupLog.Reading r = new LookupLog(home).read(null, null, null);
        assertThat(r.skippedLines()).isZero();
        return r.entries();
    }

    @Test
    void everyLookupFoundOrNotAddsOneLineWithTheTicket() throws Exception {
        lookup("--email", "carol@example.com", "--ticket", "INC-42");
        lookup("--phone", "+1 202 555 0102", "--ticket", "INC-42");
        lookup("--username", "nobody", "--ticket", "INC-43\nforged");
        lookup(env("wrong-pool-secret-value"), "--external-id", "EMP-1001");

        List<LookupLogEntry> entries = logged();

        assertThat(Files.readAllLines(logFile())).hasSize(4);
        assertThat(entries).extracting(LookupLogEntry::identifierType)
                .containsExactly(UserIdType.EMAIL, UserIdType.PHONE, UserIdType.USERNAME, UserIdType.EXTERNAL_ID);
        assertThat(entries).extracting(LookupLogEntry::maskedIdentifier)
                .containsExactly("c***@example.com", "+1 202****0102", "n***y", "E***1");
        assertThat(entries).extracting(LookupLogEntry::outcome).containsExactly(LookupOutcome.found(), LookupOutcome.found(),
                LookupOutcome.notFound(), LookupOutcome.failed(ErrorCategory.APP_MISCONFIGURED));
        assertThat(entries).extracting(LookupLogEntry::ticket).containsExactly("INC-42", "INC-42", "INC-43 forged", "");
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.profile()).isEqualTo("cli " + tenant.baseUrl());
            assertThat(e.osAccount()).isEqualTo(System.getProperty("user.name"));
        });
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(logFile()))).isEqualTo("rw-------");
    }

    @Test
    void logHoldsNoSecretAndNoClearIdentifier() throws Exception {
        lookup("--email", "alice@example.com");
        lookup("--phone", "+12025550101", "--format", "json");
        lookup("--phone", "2025550102");
        lookup("--username", "carol");
        lookup("--user-id", "6651a7c3e9b20d4f6a8c1e04");
        lookup("--external-id", "EMP-1005");

        String log = Files.readString(logFile());

        assertThat(log.lines()).hasSize(6);
        assertThat(log).doesNotContain("alice@example.com", "2025550101", "2025550102", "\"carol\"",
                "6651a7c3e9b20d4f6a8c1e04", "EMP-1005", tenant.userPoolSecret().reveal(), "eyJ");
    }

    @Test
    void unreachableHostExitsFourAndIsLoggedAsThatError() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        CommandRun r = CommandRun.run("", env(), "lookup", "--mgmt-host", "http://127.0.0.1:" + closedPort,
                "--user-pool-id", tenant.userPoolId(), "--username", "alice", "--ticket", "T-9");

        assertThat(r.exitCode()).isEqualTo(4);
        assertThat(r.err()).startsWith("error: The host could not be reached").doesNotContain("Exception", "\tat ");
        assertThat(r.err().lines().count()).isEqualTo(1);
        assertThat(logged()).singleElement().satisfies(e -> {
            assertThat(e.outcome()).isEqualTo(LookupOutcome.failed(ErrorCategory.NETWORK_UNREACHABLE));
            assertThat(e.profile()).isEqualTo("cli http://127.0.0.1:" + closedPort);
        });
    }

    @Test
    void aLogThatCannotBeWrittenIsAWarningAndTheLookupStillSucceeds() throws Exception {
        Path notAFolder = home.resolve("settings-file");
        Files.writeString(notAFolder, "a file where the settings folder should be");
        Map<String, String> env = new HashMap<>(env());
        env.put("MFA_INSPECTOR_HOME", notAFolder.resolve("inside").toString());

        CommandRun r = lookup(env, "--username", "bob");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).containsPattern("(?m)^EMAIL\\s+bound");
        assertThat(r.err()).startsWith("warning: the lookup log ").contains("could not be written");
    }

    @Test
    void usageErrorsExitTwoSayWhatToDoAndLogNothing() {
        assertUsage(lookup("--email", "alice@example.com", "--username", "alice"), "Give only one of --email");
        assertUsage(lookup(), "Give one of --email, --phone, --username, --user-id, --external-id");
        assertUsage(lookup(env(""), "--username", "alice"), LookupCommand.POOL_SECRET_ENV);
        assertUsage(lookup("--username", "alice", "--user-pool-secret", "s3cr3t-on-the-command-line"),
                LookupCommand.POOL_SECRET_ENV);
        assertUsage(lookup("--username", "alice", "--user-pool-secret=s3cr3t-on-the-command-line"),
                "not an option");
        assertUsage(lookup("--username", "alice", "--format", "csv"), "table or json");
        assertUsage(lookup("--phone", "call me"), "--phone takes digits");
        assertUsage(lookup("--username", "alice", "--ticket", "\n\t"), "--ticket");
        assertUsage(CommandRun.run("", env(), "lookup", "--mgmt-host", "http://example.com", "--user-pool-id", "x",
                "--username", "alice"), "https://example.com");
        assertUsage(CommandRun.run("", env(), "lookup", "--username", "alice"), "Missing --user-pool-id");
        assertThat(logFile()).doesNotExist();
    }

    private static void assertUsage(CommandRun r, String says) {
        assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).contains(says, "lookup --help").doesNotContain("s3cr3t-on-the-command-line");
        assertThat(r.out()).isEmpty();
    }
}
