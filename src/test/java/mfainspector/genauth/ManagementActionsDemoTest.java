package mfainspector.genauth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import mfainspector.action.LoggedInApp;
import mfainspector.demo.DemoTenant;
import mfainspector.factor.FactorType;
import mfainspector.genauth.ManagementActions.UnbindableFactor;
import mfainspector.lookup.AccountStatus;
import mfainspector.lookup.ActivityPage;
import mfainspector.lookup.ManagedUser;
import mfainspector.lookup.UserIdType;
import mfainspector.lookup.UserMfaState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each call that changes a user, against the demo tenant over loopback: the state really changes and shows as an event. */
class ManagementActionsDemoTest {

    private DemoTenant tenant;
    private ManagementClient client;

    @BeforeEach
    void start() throws Exception {
        tenant = DemoTenant.start();
        client = ManagementClient.create(new ManagementCredentials(HostAddress.parse(tenant.baseUrl()),
                tenant.userPoolId(), tenant.userPoolSecret(), Lang.EN_US));
    }

    @AfterEach
    void stop() {
        tenant.close();
    }

    private String id(String username) {
        return tenant.user(username).userId();
    }

    private UserMfaState mfa(String username) throws GenAuthException {
        return client.getMfaState(UserIdType.USER_ID, id(username), CancelSignal.none());
    }

    private List<String> eventTypes(String username) throws GenAuthException {
        ActivityPage page = client.getUserActionLogs(id(username), Instant.now().minusSeconds(60), null, null, 1, 50,
                CancelSignal.none());
        return page.events().stream().map(e -> e.eventType()).toList();
    }

    @Test
    void signingOutEmptiesTheSignedInAppsAndAddsAKickEvent() throws Exception {
        List<LoggedInApp> before = client.getUserLoggedInApps(id("alice"), CancelSignal.none());
        assertThat(before).extracting(LoggedInApp::appId).containsExactly(tenant.app().appId());

        String requestId = client.kickUsers(id("alice"), before.stream().map(LoggedInApp::appId).toList(),
                CancelSignal.none());

        assertThat(requestId).isNotEmpty();
        assertThat(client.getUserLoggedInApps(id("alice"), CancelSignal.none())).isEmpty();
        assertThat(eventTypes("alice")).contains("kick");
    }

    @Test
    void suspendingAndReactivatingChangeTheStatusAndItsTime() throws Exception {
        client.setUserStatus(id("bob"), AccountStatus.SUSPENDED, CancelSignal.none());
        ManagedUser suspended = client.getUser(UserIdType.USER_ID, id("bob"), CancelSignal.none());
        assertThat(suspended.health().status()).isEqualTo(AccountStatus.SUSPENDED);
        assertThat(suspended.statusChangedAt()).hasValueSatisfying(t -> assertThat(t).isAfter(Instant.now().minusSeconds(60)));

        client.setUserStatus(id("heidi"), AccountStatus.ACTIVATED, CancelSignal.none());
        assertThat(client.getUser(UserIdType.USERNAME, "heidi", CancelSignal.none()).health().status())
                .isEqualTo(AccountStatus.ACTIVATED);
        assertThat(eventTypes("bob")).contains("updateUserPrefile");
    }

    @Test
    void theMfaPhoneAndEmailChangeWhereCodesGo() throws Exception {
        client.setMfaPhone(id("alice"), "2025550199", "+1", CancelSignal.none());
        client.setMfaEmail(id("bob"), "bob.new@example.com", CancelSignal.none());

        assertThat(mfa("alice").status().mfaPhone()).isEqualTo("2025550199");
        assertThat(mfa("alice").status().mfaPhoneCountryCode()).isEqualTo("+1");
        assertThat(mfa("bob").status().mfaEmail()).isEqualTo("bob.new@example.com");
        assertThat(eventTypes("alice")).contains("bindMfa");
    }

    @Test
    void unbindingTheAuthenticatorAppOrFaceLeavesTheOtherFactors() throws Exception {
        assertThat(mfa("carol").binding(FactorType.OTP).isEnabled()).isTrue();

        client.unbindMfa(id("carol"), UnbindableFactor.OTP, CancelSignal.none());
        client.unbindMfa(id("carol"), UnbindableFactor.FACE, CancelSignal.none());

        UserMfaState after = mfa("carol");
        assertThat(after.binding(FactorType.OTP).isEnabled()).isFalse();
        assertThat(after.binding(FactorType.FACE).isEnabled()).isFalse();
        assertThat(after.binding(FactorType.SMS).isEnabled()).isTrue();
        assertThat(client.getOtpSecret(UserIdType.USER_ID, id("carol"), CancelSignal.none()).isBlank()).isTrue();
        assertThat(eventTypes("carol")).contains("unbindMFA");
    }

    @Test
    void anUnknownUserIsNotFoundOnEveryChange() {
        GenAuthException e = ApiFixtures.failure(() -> client.unbindMfa("no-such-user", UnbindableFactor.OTP,
                CancelSignal.none()));
        assertThat(e.category()).isEqualTo(ErrorCategory.NOT_FOUND);
        e = ApiFixtures.failure(() -> client.setUserStatus("no-such-user", AccountStatus.SUSPENDED, CancelSignal.none()));
        assertThat(e.category()).isEqualTo(ErrorCategory.NOT_FOUND);
    }
}
