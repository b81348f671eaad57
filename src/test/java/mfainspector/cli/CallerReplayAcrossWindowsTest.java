package mfainspector.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.SimpleBooleanProperty;
import mfainspector.caller.TotpCodes;
import mfainspector.genauth.HostAddress;
import mfainspector.genauth.Lang;
import mfainspector.genauth.ManagementClient;
import mfainspector.genauth.ManagementCredentials;
import mfainspector.lookup.CallerOutcome;
import mfainspector.lookup.LookupLog;
import mfainspector.ui.BannerModel;
import mfainspector.ui.I18n;
import mfainspector.ui.TaskRunner;
import mfainspector.ui.lookup.CaseViewModel;
import mfainspector.ui.lookup.LookupTarget;
import mfainspector.ui.lookup.LookupViewModel;
import org.junit.jupiter.api.Test;

/**
 * A code that verified once cannot verify again in another window or in {@code verify-caller}, and
 * the other way round: the windows' model and the command share the guard's file in the settings
 * folder. Against the demo tenant over loopback.
 */
class CallerReplayAcrossWindowsTest extends LookupTenantTest {

    private static final String ALICE_SECRET = VerifyCallerCommandTest.ALICE_SECRET;

    /** The case view of a window on this settings folder, with alice looked up (calls on this thread). */
    private CaseViewModel windowOnAlice() {
        I18n i18n = new I18n(Locale.ENGLISH);
        LookupViewModel vm = new LookupViewModel(i18n, TaskRunner.sameThread(), ManagementClient::create,
                () -> Optional.of(new LookupTarget("p-1", "Helpdesk", new ManagementCredentials(
                        HostAddress.parse(tenant.baseUrl()), tenant.userPoolId(), tenant.userPoolSecret(), Lang.EN_US),
                        true)),
                new SimpleBooleanProperty(true), new LookupLog(home), new BannerModel(i18n), Clock.systemDefaultZone());
        vm.queryProperty().set("alice");
        vm.lookUp();
        assertThat(vm.caseView().otpCheckProperty().get()).isTrue();
        return vm.caseView();
    }

    private static CallerOutcome check(CaseViewModel window, String code) {
        window.verifyCode(code.toCharArray());
        return window.callerResultProperty().get().outcome();
    }

    private CommandRun command(String code) {
        CommandRun r = CommandRun.run(code + "\n", env(), "verify-caller", "--mgmt-host", tenant.baseUrl(),
                "--user-pool-id", tenant.userPoolId(), "--username", "alice", "--code-stdin");
        assertNoSecret(r);
        return r;
    }

    @Test
    void aCodeVerifiedInTheWindowIsAReplayInTheCommand() {
        String code = TotpCodes.now(ALICE_SECRET);

        assertThat(check(windowOnAlice(), code)).isEqualTo(CallerOutcome.VERIFIED);
        CommandRun r = command(code);

        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.out()).startsWith("Not verified: this code was already used");
    }

    @Test
    void aCodeVerifiedByTheCommandIsAReplayInTheWindow() {
        String code = TotpCodes.now(ALICE_SECRET);

        CommandRun r = command(code);
        assertThat(r.exitCode()).as(r.err()).isZero();

        assertThat(check(windowOnAlice(), code)).isEqualTo(CallerOutcome.REPLAYED);
    }

    @Test
    void aCodeVerifiedInOneWindowIsAReplayInASecondOne() {
        String code = TotpCodes.now(ALICE_SECRET);
        CaseViewModel first = windowOnAlice();
        CaseViewModel second = windowOnAlice();

        assertThat(check(first, code)).isEqualTo(CallerOutcome.VERIFIED);
        assertThat(check(second, code)).isEqualTo(CallerOutcome.REPLAYED);
    }
}
