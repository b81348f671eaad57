package mfainspector.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import mfainspector.demo.DemoTenant;
import mfainspector.genauth.CancelSignal;
import mfainspector.genauth.HostAddress;
import mfainspector.genauth.Lang;
import mfainspector.genauth.ManagementClient;
import mfainspector.genauth.ManagementCredentials;
import mfainspector.lookup.CallerOutcome;
import mfainspector.lookup.CallerVerification;
import mfainspector.lookup.LookupLog;
import mfainspector.lookup.UserIdType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A change confirmed after the tenant's server stopped (between Review and Send, over a real
 * socket) never reached it: "not done", not "unknown", and the log says so.
 */
class StoppedServerTest {

    @TempDir
    Path dir;

    @Test
    void aChangeToAStoppedServerIsNotDone() throws Exception {
        DemoTenant tenant = DemoTenant.start();
        ManagementClient client = ManagementClient.create(new ManagementCredentials(HostAddress.parse(tenant.baseUrl()),
                tenant.userPoolId(), tenant.userPoolSecret(), Lang.EN_US));
        HelpdeskActions actions = new HelpdeskActions(client, client, new LookupLog(dir), "Demo", true);
        ActionPlan plan = actions.prepare(client.getUser(UserIdType.USERNAME, "bob", CancelSignal.none()),
                new ActionRequest(HelpdeskAction.SIGN_OUT, "", "INC-42", "lost laptop",
                        Optional.of(CallerVerification.otp(CallerOutcome.VERIFIED)), ""), CancelSignal.none())
                .plan().orElseThrow();
        tenant.close();

        ActionResult r = actions.confirm(plan, "bob", CancelSignal.none()).orElseThrow();

        assertThat(r.outcome()).isEqualTo(ActionResult.Outcome.FAILED);
        assertThat(r.error()).hasValueSatisfying(e -> assertThat(e.getMessage()).contains("could not connect"));
        assertThat(new LookupLog(dir).read(null, null, null).entries())
                .extracting(e -> e.action().orElseThrow().result())
                .containsExactly("sending", "failed:NETWORK_UNREACHABLE");
    }
}
