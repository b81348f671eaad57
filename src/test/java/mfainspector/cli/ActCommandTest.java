package mfainspector.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import mfainspector.genauth.CancelSignal;
import mfainspector.genauth.HostAddress;
import mfainspector.genauth.Lang;
import mfainspector.genauth.ManagementClient;
import mfainspector.genauth.ManagementCredentials;
import mfainspector.lookup.UserIdType;
import org.junit.jupiter.api.Test;

/** {@code act} against the demo tenant over loopback: confirmation, dry run, refusals, exit codes, the log. Each test acts on its own user. */
class ActCommandTest extends LookupTenantTest {

    private List<String> args(String... extra) {
        List<String> args = new ArrayList<>(List.of("act", "--mgmt-host", tenant.baseUrl(), "--user-pool-id",
                tenant.userPoolId()));
        args.addAll(List.of(extra));
        return args;
    }

    /** Through the command line entry, where standard input is never a terminal. */
    private CommandRun act(String... extra) {
        CommandRun r = CommandRun.run("", env(), args(extra).toArray(String[]::new));
        assertNoSecret(r);
        return r;
    }

    /** As on a terminal, typing {@code stdin}. */
    private CommandRun typed(String stdin, String... extra) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Console console = new Console(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), env());
        int code = new ActCommand(() -> true).run(args(extra).subList(1, args(extra).size()), console);
        CommandRun r = new CommandRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        assertNoSecret(r);
        return r;
    }

    private String status(String username) throws Exception {
        return ManagementClient.create(new ManagementCredentials(HostAddress.parse(tenant.baseUrl()), tenant.userPoolId(),
                tenant.userPoolSecret(), Lang.EN_US)).getUser(UserIdType.USERNAME, username, CancelSignal.none()).status();
    }

    @Test
    void typingTheUsernameOnATerminalSuspendsAndPrintsBeforeAndAfter() throws Exception {
        CommandRun r = typed("alice\n", "--username", "alice", "--action", "suspend", "--ticket", "INC-1", "--reason",
                "suspected compromise", "--verified-by", "callback");

        assertThat(r.exitCode()).as(r.all()).isZero();
        assertThat(r.out()).contains("Suspends Alice Johnson (alice)'s account", "Type Alice Johnson (alice)'s username",
                "Done: Suspend.", "Before: status=Activated", "After: status=Suspended", "requestId: ");
        assertThat(status("alice")).isEqualTo("Suspended");
        String log = Files.readString(logFile());
        assertThat(log).contains("\"name\":\"suspend\"", "\"result\":\"succeeded\"", "\"reason\":\"suspected compromise\"",
                "\"method\":\"callback\"", "\"ticket\":\"INC-1\"").doesNotContain("alice@example.com");
    }

    @Test
    void aWrongNameTypedSendsNothing() throws Exception {
        CommandRun r = typed("bobby\n", "--username", "bob", "--action", "suspend", "--ticket", "INC-2", "--reason",
                "lost phone", "--verified-by", "otp");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("neither the user's username nor their email");
        assertThat(status("bob")).isEqualTo("Activated");
        assertThat(Files.readString(logFile())).contains("refused:confirmation-mismatch");
    }

    @Test
    void withoutATerminalItRefusesUnlessYesIsGiven() throws Exception {
        CommandRun refused = act("--username", "dave", "--action", "suspend", "--ticket", "INC-3", "--reason", "r",
                "--verified-by", "manager");
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("not a terminal", "--dry-run", "--yes");
        assertThat(status("dave")).isEqualTo("Activated");

        CommandRun yes = act("--username", "dave", "--action", "suspend", "--ticket", "INC-3", "--reason", "r",
                "--verified-by", "manager", "--yes");
        assertThat(yes.exitCode()).as(yes.all()).isZero();
        assertThat(status("dave")).isEqualTo("Suspended");
        assertThat(Files.readString(logFile())).contains("\"result\":\"cancelled\"", "\"result\":\"succeeded\"");
    }

    @Test
    void aDryRunChangesNothing() throws Exception {
        CommandRun r = act("--username", "erin", "--action", "turn-off-otp", "--ticket", "INC-4", "--reason", "lost phone",
                "--verified-by", "none", "--justification", "manager confirmed by chat", "--dry-run");

        assertThat(r.exitCode()).as(r.all()).isZero();
        assertThat(r.out()).contains("Dry run: nothing was sent.", "Now: otp=enabled", "V2 API");
        assertThat(Files.readString(logFile())).contains("\"justification\":\"manager confirmed by chat\"");
        CommandRun again = act("--username", "erin", "--action", "turn-off-otp", "--ticket", "INC-4", "--reason", "lost",
                "--verified-by", "otp", "--yes");
        assertThat(again.exitCode()).as(again.all()).isZero();
        assertThat(again.out()).contains("After: otp=disabled");
    }

    @Test
    void theRulesAreUsageErrors() {
        assertThat(act("--username", "grace", "--action", "suspend", "--reason", "r", "--verified-by", "otp", "--yes")
                .err()).contains("Enter the ticket number");
        assertThat(act("--username", "grace", "--action", "suspend", "--ticket", "T-1", "--verified-by", "otp", "--yes")
                .err()).contains("Enter the reason");
        CommandRun notVerified = act("--username", "grace", "--action", "suspend", "--ticket", "T-1", "--reason", "r",
                "--yes");
        assertThat(notVerified.exitCode()).isEqualTo(2);
        assertThat(notVerified.err()).contains("not verified");
        assertThat(act("--username", "grace", "--action", "delete", "--ticket", "T", "--reason", "r").err())
                .contains("Unknown --action 'delete'");
        assertThat(act("--username", "grace", "--action", "set-mfa-phone", "--value", "2025550100", "--ticket", "T",
                "--reason", "r", "--verified-by", "otp", "--yes").err()).contains("country code");
    }

    @Test
    void theMfaPhoneChangesWithItsCountryCodeAndShowsMasked() {
        CommandRun r = act("--email", "carol@example.com", "--action", "set-mfa-phone", "--value", "+1 202 555 0177",
                "--ticket", "INC-5", "--reason", "new number", "--verified-by", "otp", "--yes");

        assertThat(r.exitCode()).as(r.all()).isZero();
        assertThat(r.out()).contains("After: mfaPhone=+1 ").doesNotContain("2025550177");
    }

    @Test
    void anUnknownUserIsRefusedByGenAuth() {
        CommandRun r = act("--username", "nobody", "--action", "suspend", "--ticket", "T", "--reason", "r",
                "--verified-by", "otp", "--yes");
        assertThat(r.exitCode()).isEqualTo(3);
    }

    @Test
    void helpNamesEveryActionAndTheUnknownOutcomeExitCode() {
        CommandRun help = CommandRun.run("", env(), "act", "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("sign-out", "suspend", "reactivate", "set-mfa-phone", "set-mfa-email",
                "turn-off-otp", "turn-off-face", "6 sent but the outcome");
        assertThat(CommandRun.run("", env(), "--help").out()).contains("mfa-inspector act ...");
        CommandRun value = act("--username", "grace", "--action", "suspend", "--value", "x", "--ticket", "T",
                "--reason", "r", "--verified-by", "otp", "--yes");
        assertThat(value.exitCode()).isEqualTo(2);
        assertThat(value.err()).contains("--value goes with set-mfa-phone and set-mfa-email only");
        assertThat(act("--username", "grace", "--action", "suspend", "--ticket", "T", "--reason", "r",
                "--user-pool-secret=abc").err()).contains("not an option");
    }
}
