package mfainspector.caller;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import mfainspector.demo.DemoTenant;
import mfainspector.genauth.CancelSignal;
import mfainspector.genauth.GenAuthException;
import mfainspector.genauth.HostAddress;
import mfainspector.genauth.Lang;
import mfainspector.genauth.ManagementApi;
import mfainspector.genauth.ManagementClient;
import mfainspector.genauth.ManagementCredentials;
import mfainspector.genauth.OtpSecret;
import mfainspector.lookup.ActivityPage;
import mfainspector.lookup.CallerOutcome;
import mfainspector.lookup.ManagedUser;
import mfainspector.lookup.MfaStatus;
import mfainspector.lookup.UserIdType;
import mfainspector.lookup.UserMfaInfo;
import mfainspector.lookup.UserPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The user's OTP secret is never a String in our code: the API hands it over as characters, and a
 * check wipes them and the key decoded from them, whatever its outcome. Against the demo tenant.
 */
class CallerSecretWipingTest {

    private static final Instant NOW = Instant.parse("2026-11-30T12:00:10Z");

    private static DemoTenant tenant;
    private static ManagementClient client;

    @BeforeAll
    static void start() throws Exception {
        tenant = DemoTenant.start();
        client = ManagementClient.create(new ManagementCredentials(HostAddress.parse(tenant.baseUrl()),
                tenant.userPoolId(), tenant.userPoolSecret(), Lang.EN_US));
    }

    @AfterAll
    static void stop() {
        tenant.close();
    }

    @Test
    void theSecretsTypeTakesAndGivesNoString() {
        for (Method m : OtpSecret.class.getDeclaredMethods()) {
            if (!m.getName().equals("toString")) {
                assertThat(m.getReturnType()).as(m.toString()).isNotEqualTo(String.class);
            }
            assertThat(m.getParameterTypes()).as(m.toString()).doesNotContain(String.class, CharSequence.class);
        }
        for (Constructor<?> c : OtpSecret.class.getDeclaredConstructors()) {
            assertThat(c.getParameterTypes()).as(c.toString()).doesNotContain(String.class, CharSequence.class);
        }
        assertThat(Arrays.stream(OtpSecret.class.getDeclaredFields()).map(f -> (Object) f.getType()))
                .doesNotContain(String.class);
    }

    @Test
    void theApiAndTheVerifierHandTheSecretOnlyAsCharacters() throws Exception {
        assertThat(ManagementApi.class.getMethod("getOtpSecret", UserIdType.class, String.class, CancelSignal.class)
                .getReturnType()).isEqualTo(OtpSecret.class);
        for (Method m : CallerVerifier.class.getDeclaredMethods()) {
            if (!Modifier.isPrivate(m.getModifiers())) {
                assertThat(m.getReturnType()).as(m.toString()).isNotEqualTo(String.class).isNotEqualTo(OtpSecret.class);
            }
        }
        assertThat(Arrays.stream(CallerCheck.class.getRecordComponents()).map(c -> c.getName()))
                .containsExactly("outcome", "userId");
    }

    /** The real client, keeping each secret it hands out so that the test can look at it afterwards. */
    private static class Keeping implements ManagementApi {
        final List<OtpSecret> handedOut = new ArrayList<>();

        @Override
        public ManagedUser getUser(UserIdType type, String value, CancelSignal cancel) throws GenAuthException {
            return client.getUser(type, value, cancel);
        }

        @Override
        public UserPage listUsers(String keywords, int page, int limit, CancelSignal cancel) throws GenAuthException {
            return client.listUsers(keywords, page, limit, cancel);
        }

        @Override
        public UserMfaInfo getUserMfaInfo(UserIdType type, String value, CancelSignal cancel) throws GenAuthException {
            return client.getUserMfaInfo(type, value, cancel);
        }

        @Override
        public MfaStatus getMfaStatus(UserIdType type, String value, CancelSignal cancel) throws GenAuthException {
            return client.getMfaStatus(type, value, cancel);
        }

        @Override
        public ActivityPage getUserActionLogs(String userId, Instant start, Instant end, Boolean success, int page,
                int limit, CancelSignal cancel) throws GenAuthException {
            return client.getUserActionLogs(userId, start, end, success, page, limit, cancel);
        }

        @Override
        public ActivityPage getUserLoginHistory(String userId, Instant start, Instant end, int page, int limit,
                CancelSignal cancel) throws GenAuthException {
            return client.getUserLoginHistory(userId, start, end, page, limit, cancel);
        }

        @Override
        public OtpSecret getOtpSecret(UserIdType type, String value, CancelSignal cancel) throws GenAuthException {
            OtpSecret s = client.getOtpSecret(type, value, cancel);
            handedOut.add(s);
            return s;
        }
    }

    private static void assertWiped(Keeping api, List<byte[]> keys) {
        assertThat(api.handedOut).hasSize(1);
        assertThat(api.handedOut.get(0).chars()).as("the secret's characters").isNotEmpty().containsOnly('\0');
        assertThat(keys).hasSize(1);
        assertThat(keys.get(0)).as("the decoded key").isNotEmpty().containsOnly(0);
    }

    @Test
    void aVerifiedCheckWipesTheSecretAndTheKey() throws Exception {
        Keeping api = new Keeping();
        List<byte[]> keys = new ArrayList<>();
        CallerVerifier verifier = new CallerVerifier(api, new ReplayGuard(Clock.fixed(NOW, ZoneOffset.UTC)),
                Clock.fixed(NOW, ZoneOffset.UTC)).observingKeys(keys::add);
        char[] code = TotpCodes.at(CallerVerifierTest.ALICE_SECRET, NOW).toCharArray();

        assertThat(verifier.verify(UserIdType.USERNAME, "alice", code, CancelSignal.none()).outcome())
                .isEqualTo(CallerOutcome.VERIFIED);

        assertWiped(api, keys);
    }

    @Test
    void aWrongCodeWipesThemToo() throws Exception {
        Keeping api = new Keeping();
        List<byte[]> keys = new ArrayList<>();
        CallerVerifier verifier = new CallerVerifier(api, new ReplayGuard(Clock.fixed(NOW, ZoneOffset.UTC)),
                Clock.fixed(NOW, ZoneOffset.UTC)).observingKeys(keys::add);
        String wrong = TotpCodes.at(CallerVerifierTest.ALICE_SECRET, NOW.plusSeconds(600));

        assertThat(verifier.verify(UserIdType.USERNAME, "alice", wrong.toCharArray(), CancelSignal.none()).outcome())
                .isEqualTo(CallerOutcome.WRONG_CODE);

        assertWiped(api, keys);
    }

    @Test
    void aSecretThatFailsTheCheckIsWipedAsWell() {
        Keeping api = new Keeping() {
            @Override
            public OtpSecret getOtpSecret(UserIdType type, String value, CancelSignal cancel) {
                OtpSecret s = OtpSecret.copyOf("NOT-BASE32-0189!".toCharArray());
                handedOut.add(s);
                return s;
            }
        };
        CallerVerifier verifier = new CallerVerifier(api, new ReplayGuard(Clock.fixed(NOW, ZoneOffset.UTC)),
                Clock.fixed(NOW, ZoneOffset.UTC));

        assertThatThrownBy(() -> verifier.verify(UserIdType.USERNAME, "alice", "123456".toCharArray(), CancelSignal.none()))
                .isInstanceOf(GenAuthException.class);

        assertThat(api.handedOut).hasSize(1);
        assertThat(api.handedOut.get(0).chars()).isNotEmpty().containsOnly('\0');
    }
}
