package mfainspector.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import mfainspector.genauth.CancelSignal;
import mfainspector.genauth.GenAuthClient;
import mfainspector.genauth.HostAddress;
import mfainspector.genauth.Lang;
import mfainspector.genauth.ManagementClient;
import mfainspector.genauth.ManagementCredentials;
import mfainspector.genauth.Secret;
import mfainspector.lookup.AccountStatus;
import mfainspector.lookup.CallerOutcome;
import mfainspector.lookup.CallerVerification;
import mfainspector.lookup.LookupLog;
import mfainspector.lookup.ManagedUser;
import mfainspector.lookup.UserIdType;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When no answer comes to a change (connection lost after sending, timeout), the outcome is
 * unknown: the user is read again, the change is not sent a second time, and the log says so.
 */
class UnknownOutcomeTest {

    private static final String USER = "6651a7c3e9b20d4f6a8c1e01";

    @StartStop
    final MockWebServer server = new MockWebServer();

    @TempDir
    Path dir;

    private ManagementClient client() {
        GenAuthClient base = GenAuthClient.builder().baseDelay(Duration.ofMillis(20)).readTimeout(Duration.ofSeconds(1))
                .build();
        return ManagementClient.over(base, new ManagementCredentials(
                HostAddress.parse("http://127.0.0.1:" + server.url("/").port()), "pool-1", Secret.of("pool-secret-1"),
                Lang.EN_US));
    }

    private static MockResponse ok(String data) {
        return new MockResponse.Builder().setHeader("content-type", "application/json")
                .body("{\"statusCode\":200,\"requestId\":\"req-read\",\"data\":" + data + "}").build();
    }

    private void enqueueRead(String status) {
        server.enqueue(ok("{\"userId\":\"" + USER + "\",\"username\":\"bob\",\"email\":\"bob@example.com\","
                + "\"status\":\"" + status + "\"}"));
        server.enqueue(ok("{\"totpStatus\":\"disabled\",\"faceMfaStatus\":\"disabled\",\"smsMfaStatus\":\"disabled\","
                + "\"emailMfaStatus\":\"enabled\"}"));
        server.enqueue(ok("{\"mfaEmail\":\"bob@example.com\"}"));
    }

    private ActionResult suspendWhile(MockResponse answerToTheChange, String statusReadAfter) throws Exception {
        server.enqueue(ok("{\"access_token\":\"mgmt-token-1\",\"expires_in\":7200}"));
        server.enqueue(ok("{\"userId\":\"" + USER + "\",\"username\":\"bob\",\"status\":\"Activated\"}"));
        enqueueRead("Activated");
        server.enqueue(answerToTheChange);
        enqueueRead(statusReadAfter);
        ManagementClient client = client();
        LookupLog log = new LookupLog(dir);
        HelpdeskActions actions = new HelpdeskActions(client, client, log, "Prod", true);
        ManagedUser bob = client.getUser(UserIdType.USER_ID, USER, CancelSignal.none());
        ActionPlan plan = actions.prepare(bob, new ActionRequest(HelpdeskAction.SUSPEND, "", "INC-9", "compromise",
                Optional.of(CallerVerification.otp(CallerOutcome.VERIFIED)), ""), CancelSignal.none()).plan().orElseThrow();
        return actions.confirm(plan, "bob", CancelSignal.none()).orElseThrow();
    }

    private List<String> targets() throws InterruptedException {
        List<String> t = new ArrayList<>();
        RecordedRequest r;
        while ((r = server.takeRequest(100, TimeUnit.MILLISECONDS)) != null) {
            t.add(r.getMethod() + " " + r.getUrl().encodedPath());
        }
        return t;
    }

    @Test
    void aConnectionLostAfterSendingLeavesTheOutcomeUnknownAndTheUserIsReadAgain() throws Exception {
        ActionResult r = suspendWhile(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build(),
                "Suspended");

        assertThat(r.outcome()).isEqualTo(ActionResult.Outcome.UNKNOWN);
        assertThat(r.after()).hasValueSatisfying(s -> assertThat(s.status()).isEqualTo(AccountStatus.SUSPENDED));
        assertThat(targets()).filteredOn(t -> t.endsWith("/update-user")).hasSize(1);
        var last = new LookupLog(dir).read(null, null, null).entries();
        assertThat(last).extracting(e -> e.action().orElseThrow().result())
                .containsExactly("sending", "unknown:NETWORK_UNREACHABLE");
        assertThat(last.get(1).action().orElseThrow().after()).isEqualTo("status=Suspended");
    }

    @Test
    void aTimeoutLeavesTheOutcomeUnknownWithoutASecondSend() throws Exception {
        ActionResult r = suspendWhile(ok("{\"success\":true}").newBuilder().headersDelay(3, TimeUnit.SECONDS).build(),
                "Activated");

        assertThat(r.outcome()).isEqualTo(ActionResult.Outcome.UNKNOWN);
        assertThat(r.logWord()).isEqualTo("unknown:TIMEOUT");
        assertThat(r.after()).hasValueSatisfying(s -> assertThat(s.status()).isEqualTo(AccountStatus.ACTIVATED));
        assertThat(targets()).filteredOn(t -> t.endsWith("/update-user")).hasSize(1);
    }

    @Test
    void aRefusalIsAFailureAndTheUserIsNotReadAgain() throws Exception {
        ActionResult r = suspendWhile(new MockResponse.Builder().setHeader("content-type", "application/json")
                .body("{\"statusCode\":403,\"message\":\"no\",\"requestId\":\"req-denied\"}").build(), "Activated");

        assertThat(r.outcome()).isEqualTo(ActionResult.Outcome.FAILED);
        assertThat(r.requestIds()).contains("req-denied");
        assertThat(r.after()).isEmpty();
    }
}
