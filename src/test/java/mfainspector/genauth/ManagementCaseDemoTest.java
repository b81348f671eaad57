package mfainspector.genauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import mfainspector.demo.DemoTenant;
import mfainspector.factor.FactorType;
import mfainspector.lookup.AccountHealth;
import mfainspector.lookup.AccountStatus;
import mfainspector.lookup.ActivityEvent;
import mfainspector.lookup.ActivityKind;
import mfainspector.lookup.ActivityPage;
import mfainspector.lookup.ActivityPeriod;
import mfainspector.lookup.Timeline;
import mfainspector.lookup.TimelineLoader;
import mfainspector.lookup.UserIdType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The case-view calls of the management client against the demo tenant over loopback. */
class ManagementCaseDemoTest {

    private static DemoTenant tenant;
    private static ManagementClient client;

    @BeforeAll
    static void start() throws Exception {
        tenant = DemoTenant.start();
        client = ManagementClient.create(new ManagementCredentials(HostAddress.parse(tenant.baseUrl()), tenant.userPoolId(),
                tenant.userPoolSecret(), Lang.EN_US));
    }

    @AfterAll
    static void stop() {
        tenant.close();
    }

    @Test
    void healthOfASuspendedUserSaysSinceWhen() throws Exception {
        AccountHealth h = client.getUser(UserIdType.USERNAME, "heidi", CancelSignal.none()).health();

        assertThat(h.status()).isEqualTo(AccountStatus.SUSPENDED);
        assertThat(h.statusText()).isEqualTo("Suspended");
        assertThat(h.statusChangedAt()).hasValueSatisfying(t -> assertThat(Duration.between(t, Instant.now()).toDays())
                .isEqualTo(12));
        assertThat(h.maskedLastIp()).matches("\\d+\\.\\d+\\.\\d+\\.\\*\\*\\*");
        assertThat(h.lastLoginApp()).isEqualTo(tenant.app().appId());
        assertThat(h.emailVerified()).hasValue(true);
        assertThat(h.phoneVerified()).hasValue(true);
        assertThat(h.resetPasswordOnNextLogin()).hasValue(false);
        assertThat(h.passwordLastSetAt()).isPresent();
        assertThat(client.getUser(UserIdType.USERNAME, "bob", CancelSignal.none()).health().emailVerified()).hasValue(false);
    }

    @Test
    void actionLogsAreReadWithFactorPlaceAgentAndMaskedIp() throws Exception {
        String grace = tenant.user("grace").userId();
        Instant now = Instant.now();

        ActivityPage page = client.getUserActionLogs(grace, now.minus(Duration.ofHours(1)), now, false, 1, 50,
                CancelSignal.none());

        assertThat(page.totalCount()).isEqualTo(4);
        assertThat(page.requestId()).matches("[0-9a-f]{32}");
        assertThat(page.events()).hasSize(4).allSatisfy(e -> {
            assertThat(e.kind()).isEqualTo(ActivityKind.MFA_VERIFY);
            assertThat(e.eventType()).isEqualTo("verifyMfa");
            assertThat(e.failed()).isTrue();
            assertThat(e.factor()).hasValue(FactorType.OTP);
            assertThat(e.maskedIp()).endsWith(".***");
            assertThat(e.place()).isEqualTo("Seattle, Washington, United States");
            assertThat(e.agent()).contains("iOS");
            assertThat(e.requestId()).matches("[0-9a-f]{32}");
            assertThat(e.app()).isEqualTo("MFA Inspector demo");
        });
    }

    @Test
    void loginHistoryEntriesAreSignIns() throws Exception {
        Instant now = Instant.now();
        ActivityPage page = client.getUserLoginHistory(tenant.user("alice").userId(), now.minus(Duration.ofDays(7)), now,
                1, 50, CancelSignal.none());

        assertThat(page.events()).isNotEmpty().allSatisfy(e -> {
            assertThat(e.kind()).isEqualTo(ActivityKind.SIGN_IN);
            assertThat(e.source()).isEqualTo(ActivityEvent.Source.LOGIN_HISTORY);
            assertThat(e.succeeded()).isTrue();
            assertThat(e.maskedIp()).endsWith(".***");
        });
    }

    @Test
    void theTimelineMergesBothCallsNewestFirstWithoutRepeatingASignIn() throws Exception {
        Timeline t = new TimelineLoader(client, Clock.systemUTC()).load(tenant.user("alice").userId(), ActivityPeriod.WEEK,
                false, CancelSignal.none());

        assertThat(t.events()).isSortedAccordingTo((a, b) -> b.time().compareTo(a.time()));
        assertThat(t.events()).allSatisfy(e -> assertThat(e.source()).isEqualTo(ActivityEvent.Source.ACTION_LOG));
        assertThat(t.events().stream().filter(e -> e.kind() == ActivityKind.SIGN_IN).count()).isBetween(6L, 8L);
        assertThat(t.lastSuccessfulMfa()).isPresent();
        assertThat(t.requestIds()).hasSize(2);
        assertThat(t.hasOlder()).isFalse();
        assertThat(t.from()).isEqualTo(t.to().minus(Duration.ofDays(7)));
    }

    @Test
    void failuresOnlyAsksForFailedEventsOfThePeriod() throws Exception {
        TimelineLoader loader = new TimelineLoader(client, Clock.systemUTC());
        Timeline day = loader.load(tenant.user("frank").userId(), ActivityPeriod.DAY, true, CancelSignal.none());

        assertThat(day.events()).hasSize(5).allSatisfy(e -> assertThat(e.failed()).isTrue());
        assertThat(day.requestIds()).hasSize(1);
        assertThat(day.failedSignInsSince(Instant.now().minus(Duration.ofHours(3)))).hasSize(5);
    }

    @Test
    void theSecretOfAUserWithOtpIsReadAndHiddenInToString() throws Exception {
        OtpSecret s = client.getOtpSecret(UserIdType.USERNAME, "alice", CancelSignal.none());
        OtpSecret none = client.getOtpSecret(UserIdType.USERNAME, "dave", CancelSignal.none());

        assertThat(s.chars()).containsExactly("WOSUFEXH3ZMHCBOYR4B7OZ32TQTGZESV".toCharArray());
        assertThat(s.toString()).doesNotContain("WOSU");
        assertThat(none.isBlank()).isTrue();
        s.close();
        assertThat(s.chars()).hasSize(32).containsOnly('\0');
    }

    @Test
    void anUnknownUserIdIsNotFound() {
        assertThatThrownBy(() -> client.getUserActionLogs("000000000000000000000000", null, null, null, 1, 10,
                CancelSignal.none())).isInstanceOfSatisfying(GenAuthException.class,
                        e -> assertThat(e.category()).isEqualTo(ErrorCategory.NOT_FOUND));
        assertThatThrownBy(() -> client.getUserActionLogs("x", null, null, null, 1, 51, CancelSignal.none()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
