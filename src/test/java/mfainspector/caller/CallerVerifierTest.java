package mfainspector.caller;

import mfainspector.lookup.CallerOutcome;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import mfainspector.demo.DemoTenant;
import mfainspector.genauth.CancelSignal;
import mfainspector.genauth.ErrorCategory;
import mfainspector.genauth.GenAuthException;
import mfainspector.genauth.HostAddress;
import mfainspector.genauth.Lang;
import mfainspector.genauth.ManagementClient;
import mfainspector.genauth.ManagementCredentials;
import mfainspector.lookup.UserIdType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Checking a caller's authenticator code against the demo tenant over loopback, at a fixed moment. */
class CallerVerifierTest {

    static final String ALICE_SECRET = "WOSUFEXH3ZMHCBOYR4B7OZ32TQTGZESV";
    static final String GRACE_SECRET = "QTC2FRPZ77STSEYFFOCSUK4CC2OTA3GD";
    private static final Instant NOW = Instant.parse("2026-11-30T12:00:10Z");

    private static DemoTenant tenant;
    private static ManagementClient api;

    @BeforeAll
    static void start() throws Exception {
        tenant = DemoTenant.start();
        api = ManagementClient.create(new ManagementCredentials(HostAddress.parse(tenant.baseUrl()), tenant.userPoolId(),
                tenant.userPoolSecret(), Lang.EN_US));
    }

    @AfterAll
    static void stop() {
        tenant.close();
    }

    private static CallerVerifier verifier(ReplayGuard guard) {
        return new CallerVerifier(api, guard, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    static String code(String secret, Instant at) {
        return new String(Totp.code(Base32.decode(secret.toCharArray()), Totp.step(at), 6));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"USERNAME, alice, WOSUFEXH3ZMHCBOYR4B7OZ32TQTGZESV", "EMAIL, carol@example.com, YLMBR2IZP5Z2HJ5LXSRLLMM665TMDO4V",
        "PHONE, 2025550105, TXZCKOJNZM33C6N6SNG6GKS2FRUEEYJM", "USERNAME, grace, QTC2FRPZ77STSEYFFOCSUK4CC2OTA3GD"})
    void theCurrentCodeOfTheDemoSecretVerifies(UserIdType type, String value, String secret) throws Exception {
        CallerCheck check = verifier(new ReplayGuard(Clock.fixed(NOW, ZoneOffset.UTC)))
                .verify(type, value, code(secret, NOW).toCharArray(), CancelSignal.none());

        assertThat(check.outcome()).isEqualTo(CallerOutcome.VERIFIED);
        assertThat(check.userId()).matches("[0-9a-f]{24}");
    }

    @Test
    void theCodeOfThePreviousAndNextStepVerifiesButNotTwoAway() throws Exception {
        ReplayGuard guard = new ReplayGuard(Clock.fixed(NOW, ZoneOffset.UTC));
        assertThat(verifier(guard).verify(UserIdType.USERNAME, "alice", code(ALICE_SECRET, NOW.minusSeconds(30))
                .toCharArray(), CancelSignal.none()).outcome()).isEqualTo(CallerOutcome.VERIFIED);
        assertThat(verifier(guard).verify(UserIdType.USERNAME, "alice", code(ALICE_SECRET, NOW.plusSeconds(30))
                .toCharArray(), CancelSignal.none()).outcome()).isEqualTo(CallerOutcome.VERIFIED);
        String farAway = code(ALICE_SECRET, NOW.plusSeconds(60));
        boolean collides = List.of(code(ALICE_SECRET, NOW), code(ALICE_SECRET, NOW.minusSeconds(30)),
                code(ALICE_SECRET, NOW.plusSeconds(30))).contains(farAway);
        assertThat(collides).isFalse();
        assertThat(verifier(guard).verify(UserIdType.USERNAME, "alice", farAway.toCharArray(), CancelSignal.none())
                .outcome()).isEqualTo(CallerOutcome.WRONG_CODE);
    }

    @Test
    void aCodeThatVerifiedOnceIsReplayedTheSecondTimeEvenByAnotherIdentifier() throws Exception {
        ReplayGuard guard = new ReplayGuard(Clock.fixed(NOW, ZoneOffset.UTC));
        String code = code(GRACE_SECRET, NOW);

        CallerCheck first = verifier(guard).verify(UserIdType.USERNAME, "grace", code.toCharArray(), CancelSignal.none());
        CallerCheck second = verifier(guard).verify(UserIdType.EMAIL, "grace@example.com", code.toCharArray(),
                CancelSignal.none());

        assertThat(first.outcome()).isEqualTo(CallerOutcome.VERIFIED);
        assertThat(second.outcome()).isEqualTo(CallerOutcome.REPLAYED);
    }

    @ParameterizedTest(name = "''{0}''")
    @CsvSource({"000000", "12345", "1234567", "abcdef", "''"})
    void aWrongOrMalformedCodeIsWrong(String typed) throws Exception {
        String real = code(ALICE_SECRET, NOW);
        String given = typed.equals(real) ? "999999" : typed;

        assertThat(verifier(new ReplayGuard(Clock.systemUTC())).verify(UserIdType.USERNAME, "alice", given.toCharArray(),
                CancelSignal.none()).outcome()).isEqualTo(CallerOutcome.WRONG_CODE);
    }

    @Test
    void spacesInTheTypedCodeDoNotMatter() throws Exception {
        String c = code(ALICE_SECRET, NOW);
        String spaced = c.substring(0, 3) + " " + c.substring(3) + "\n";

        assertThat(verifier(new ReplayGuard(Clock.systemUTC())).verify(UserIdType.USERNAME, "alice", spaced.toCharArray(),
                CancelSignal.none()).outcome()).isEqualTo(CallerOutcome.VERIFIED);
    }

    @Test
    void aUserWithoutOtpHasNoOtpBound() throws Exception {
        assertThat(verifier(new ReplayGuard(Clock.systemUTC())).verify(UserIdType.USERNAME, "bob", "123456".toCharArray(),
                CancelSignal.none()).outcome()).isEqualTo(CallerOutcome.NO_OTP_BOUND);
    }

    @Test
    void anUnknownUserIsNotFound() {
        assertThatThrownBy(() -> verifier(new ReplayGuard(Clock.systemUTC())).verify(UserIdType.USERNAME, "nobody",
                "123456".toCharArray(), CancelSignal.none()))
                .isInstanceOfSatisfying(GenAuthException.class, e -> assertThat(e.category()).isEqualTo(ErrorCategory.NOT_FOUND));
    }

    @Test
    void neitherTheSecretNorTheCodeReachesALogLineAResultOrAnException() throws Exception {
        List<String> lines = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord r) {
                lines.add(r.getMessage() + " " + (r.getThrown() == null ? "" : r.getThrown()));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        Level before = root.getLevel();
        root.setLevel(Level.ALL);
        root.addHandler(capture);
        String code = code(ALICE_SECRET, NOW);
        try {
            ReplayGuard guard = new ReplayGuard(Clock.fixed(NOW, ZoneOffset.UTC));
            CallerCheck ok = verifier(guard).verify(UserIdType.USERNAME, "alice", code.toCharArray(), CancelSignal.none());
            CallerCheck again = verifier(guard).verify(UserIdType.USERNAME, "alice", code.toCharArray(), CancelSignal.none());
            GenAuthException missing = null;
            try {
                verifier(guard).verify(UserIdType.USERNAME, "nobody", code.toCharArray(), CancelSignal.none());
            } catch (GenAuthException e) {
                missing = e;
            }
            assertThat(missing).isNotNull();
            for (String shown : List.of(ok.toString(), again.toString(), String.valueOf(missing.getMessage()),
                    missing.toString(), guard.toString(), String.join("\n", lines))) {
                assertThat(shown).doesNotContain(ALICE_SECRET, ALICE_SECRET.toLowerCase(), code,
                        tenant.userPoolSecret().reveal());
            }
        } finally {
            root.removeHandler(capture);
            root.setLevel(before);
        }
    }
}
