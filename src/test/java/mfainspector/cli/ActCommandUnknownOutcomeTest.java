package mfainspector.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import mfainspector.settings.SettingsLocation;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code act} when the connection breaks after the change was sent: exit code 6, the user read again, one send. */
class ActCommandUnknownOutcomeTest {

    private static final String USER = "6651a7c3e9b20d4f6a8c1e01";

    @StartStop
    final MockWebServer server = new MockWebServer();

    @TempDir
    Path home;

    private static MockResponse ok(String data) {
        return new MockResponse.Builder().setHeader("content-type", "application/json")
                .body("{\"statusCode\":200,\"requestId\":\"req-read\",\"data\":" + data + "}").build();
    }

    private void enqueueUser(String status) {
        server.enqueue(ok("{\"userId\":\"" + USER + "\",\"username\":\"bob\",\"status\":\"" + status + "\"}"));
    }

    private void enqueueMfa() {
        server.enqueue(ok("{\"totpStatus\":\"disabled\",\"faceMfaStatus\":\"disabled\",\"smsMfaStatus\":\"disabled\","
                + "\"emailMfaStatus\":\"disabled\"}"));
        server.enqueue(ok("{}"));
    }

    @Test
    void aBrokenConnectionAfterSendingExitsWithSixAndShowsTheUserAsReadAgain() throws Exception {
        server.enqueue(ok("{\"access_token\":\"mgmt-token-1\",\"expires_in\":7200}"));
        enqueueUser("Activated");
        enqueueUser("Activated");
        enqueueMfa();
        server.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
        enqueueUser("Suspended");
        enqueueMfa();

        CommandRun r = CommandRun.run("", Map.of(LookupCommand.POOL_SECRET_ENV, "pool-secret-1",
                SettingsLocation.HOME_ENV, home.toString()), "act", "--mgmt-host",
                "http://127.0.0.1:" + server.url("/").port(), "--user-pool-id", "pool-1", "--user-id", USER,
                "--action", "suspend", "--ticket", "INC-6", "--reason", "compromise", "--verified-by", "otp", "--yes");

        assertThat(r.exitCode()).as(r.all()).isEqualTo(6);
        assertThat(r.err()).contains("the outcome is unknown");
        assertThat(r.out()).contains("Before: status=Activated", "After: status=Suspended");
        assertThat(r.all()).doesNotContain("pool-secret-1", "mgmt-token-1");
        long sends = 0;
        for (int i = 0; i < server.getRequestCount(); i++) {
            if (server.takeRequest().getUrl().encodedPath().endsWith("/update-user")) {
                sends++;
            }
        }
        assertThat(sends).isEqualTo(1);
        assertThat(Files.readString(home.resolve("lookups.log"))).contains("\"result\":\"unknown:NETWORK_UNREACHABLE\"");
    }
}
