package mfainspector.genauth;

import static mfainspector.genauth.ApiFixtures.MGMT_TOKEN;
import static mfainspector.genauth.ApiFixtures.credentials;
import static mfainspector.genauth.ApiFixtures.fastClient;
import static mfainspector.genauth.ApiFixtures.managementToken;
import static mfainspector.genauth.ApiFixtures.ok;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import mfainspector.caller.CallerVerifier;
import mfainspector.caller.ReplayGuard;
import mfainspector.lookup.CallerOutcome;
import mfainspector.lookup.UserIdType;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A secret the server sends that cannot be used: the failure names no part of it, nor the code. */
class OtpSecretFaultTest {

    private static final String BAD_SECRET = "NOT-BASE32-0189!SECRETVALUE";

    @StartStop
    final MockWebServer server = new MockWebServer();

    private CallerVerifier verifier;

    @BeforeEach
    void setUp() {
        verifier = new CallerVerifier(new ManagementClient(fastClient(), credentials(server), Clock.systemUTC()),
                new ReplayGuard(Clock.systemUTC()), Clock.systemUTC());
        server.enqueue(managementToken(MGMT_TOKEN, 7200));
        server.enqueue(ok("{\"userId\":\"u1\",\"username\":\"alice\"}"));
    }

    @Test
    void aSecretThatIsNotBase32IsAMalformedAnswerThatShowsNoPartOfIt() {
        server.enqueue(ok("{\"secret\":\"" + BAD_SECRET + "\"}"));

        GenAuthException e = ApiFixtures.failure(() -> verifier.verify(UserIdType.USERNAME, "alice",
                "482913".toCharArray(), CancelSignal.none()));

        assertThat(e.category()).isEqualTo(ErrorCategory.MALFORMED_RESPONSE);
        for (Throwable t = e; t != null; t = t.getCause()) {
            assertThat(String.valueOf(t.getMessage()) + t).doesNotContain(BAD_SECRET, "SECRETVALUE", "482913");
        }
    }

    @Test
    void anEmptySecretMeansNoAuthenticatorApp() throws Exception {
        server.enqueue(ok("{\"secret\":\"\"}"));

        assertThat(verifier.verify(UserIdType.USERNAME, "alice", "482913".toCharArray(), CancelSignal.none()).outcome())
                .isEqualTo(CallerOutcome.NO_OTP_BOUND);
    }
}
