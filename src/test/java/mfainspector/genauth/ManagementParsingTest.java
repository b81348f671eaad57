package mfainspector.genauth;

import static mfainspector.genauth.ApiFixtures.MGMT_TOKEN;
import static mfainspector.genauth.ApiFixtures.credentials;
import static mfainspector.genauth.ApiFixtures.fastClient;
import static mfainspector.genauth.ApiFixtures.managementToken;
import static mfainspector.genauth.ApiFixtures.ok;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import mfainspector.factor.FactorType;
import mfainspector.lookup.ApplicationMfaPolicy;
import mfainspector.lookup.Enablement;
import mfainspector.lookup.ManagedUser;
import mfainspector.lookup.MfaStatus;
import mfainspector.lookup.UserIdType;
import mfainspector.lookup.UserMfaInfo;
import mfainspector.lookup.UserMfaState;
import mfainspector.lookup.UserPage;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The management answers read tolerantly: missing fields, either status encoding, any time format. */
class ManagementParsingTest {

    @StartStop
    final MockWebServer server = new MockWebServer();

    private ManagementClient client;

    @BeforeEach
    void fetchTheTokenOnce() {
        client = new ManagementClient(fastClient(), credentials(server), Clock.systemUTC());
        server.enqueue(managementToken(MGMT_TOKEN, 7200));
    }

    @Test
    void aFullUserIsReadFieldByField() throws Exception {
        server.enqueue(ok("{\"userId\":\"6651a7c3e9b20d4f6a8c1e01\",\"username\":\"alice\",\"name\":\"Alice Johnson\","
                + "\"nickname\":\"Alice\",\"email\":\"alice@example.com\",\"phone\":\"2025550101\","
                + "\"phoneCountryCode\":\"+1\",\"externalId\":\"EMP-1001\",\"status\":\"Activated\","
                + "\"lastLogin\":\"2026-01-12T04:30:00.000Z\",\"lastMfaTime\":1768192200000,\"loginsCount\":14,"
                + "\"createdAt\":\"2025-02-12T16:52:00+08:00\",\"unknownField\":{\"x\":1}}"));

        ManagedUser u = client.getUser(UserIdType.USERNAME, "alice", CancelSignal.none());

        assertThat(u.userId()).isEqualTo("6651a7c3e9b20d4f6a8c1e01");
        assertThat(u.username()).isEqualTo("alice");
        assertThat(u.name()).isEqualTo("Alice Johnson");
        assertThat(u.nickname()).isEqualTo("Alice");
        assertThat(u.email()).isEqualTo("alice@example.com");
        assertThat(u.phone()).isEqualTo("2025550101");
        assertThat(u.phoneCountryCode()).isEqualTo("+1");
        assertThat(u.externalId()).isEqualTo("EMP-1001");
        assertThat(u.status()).isEqualTo("Activated");
        assertThat(u.lastLogin()).hasValue(Instant.parse("2026-01-12T04:30:00Z"));
        assertThat(u.lastMfaTime()).hasValue(Instant.ofEpochMilli(1768192200000L));
        assertThat(u.loginsCount()).hasValue(14);
        assertThat(u.createdAt()).hasValue(Instant.parse("2025-02-12T08:52:00Z"));
        assertThat(u.maskedEmail()).isEqualTo("a***@example.com");
        assertThat(u.maskedPhone()).isEqualTo("+1 202****0101");
    }

    @Test
    void aUserWithOnlyAnIdHasEmptyFieldsAndNoTimes() throws Exception {
        server.enqueue(ok("{\"userId\":\"u1\",\"email\":null,\"phone\":\"\",\"lastLogin\":null,\"createdAt\":\"soon\"}"));

        ManagedUser u = client.getUser(UserIdType.USER_ID, "u1", CancelSignal.none());

        assertThat(u.username()).isEmpty();
        assertThat(u.email()).isEmpty();
        assertThat(u.maskedEmail()).isEmpty();
        assertThat(u.maskedPhone()).isEmpty();
        assertThat(u.lastLogin()).isEmpty();
        assertThat(u.lastMfaTime()).isEmpty();
        assertThat(u.createdAt()).isEmpty();
        assertThat(u.loginsCount()).isEmpty();
        assertThat(u.displayName()).isEqualTo("u1");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "\"2026-01-12T04:30:00Z\"    | 2026-01-12T04:30:00Z",
            "\"2026-01-12T12:30:00+08:00\" | 2026-01-12T04:30:00Z",
            "1768192200000               | 2026-01-12T04:30:00Z",
            "\"1768192200000\"           | 2026-01-12T04:30:00Z",
            "1768192200                  | 2026-01-12T04:30:00Z"})
    void timesAreReadFromIsoTextOrEpochNumbers(String json, Instant expected) throws Exception {
        server.enqueue(ok("{\"userId\":\"u1\",\"lastLogin\":" + json + "}"));
        assertThat(client.getUser(UserIdType.USER_ID, "u1", CancelSignal.none()).lastLogin()).hasValue(expected);
    }

    @Test
    void userToStringShowsMaskedValuesOnly() throws Exception {
        server.enqueue(ok("{\"userId\":\"u1\",\"username\":\"alice\",\"name\":\"Alice Johnson\","
                + "\"email\":\"alice@example.com\",\"phone\":\"2025550101\",\"phoneCountryCode\":\"+1\"}"));
        String text = client.getUser(UserIdType.USER_ID, "u1", CancelSignal.none()).toString();
        assertThat(text).doesNotContain("alice", "2025550101", "Alice Johnson")
                .contains("a***@example.com", "+1 202****0101");
    }

    @Test
    void listUsersReadsTheTotalAndEveryUser() throws Exception {
        server.enqueue(ok("{\"totalCount\":12,\"list\":[{\"userId\":\"u1\",\"username\":\"alice\"},"
                + "{\"userId\":\"u2\",\"username\":\"bob\"}]}"));
        UserPage page = client.listUsers("example", 1, 2, CancelSignal.none());
        assertThat(page.totalCount()).isEqualTo(12);
        assertThat(page.users()).extracting(ManagedUser::username).containsExactly("alice", "bob");
    }

    @Test
    void anEmptyListWithoutTotalIsAnEmptyPage() throws Exception {
        server.enqueue(ok("{}"));
        UserPage page = client.listUsers("nobody", 1, 10, CancelSignal.none());
        assertThat(page.totalCount()).isZero();
        assertThat(page.users()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "{'totpStatus':'enabled','faceMfaStatus':'disabled','smsMfaStatus':'ENABLED','emailMfaStatus':'Disabled'}"
                    + " | ENABLED | DISABLED | ENABLED  | DISABLED",
            "{'totpStatus':true,'faceMfaStatus':false,'smsMfaStatus':false,'emailMfaStatus':true}"
                    + " | ENABLED | DISABLED | DISABLED | ENABLED",
            "{'totpStatus':'true','faceMfaStatus':0,'smsMfaStatus':1}"
                    + " | ENABLED | DISABLED | ENABLED  | UNKNOWN",
            "{'totpStatus':'maybe','faceMfaStatus':null,'smsMfaStatus':2,'emailMfaStatus':'false'}"
                    + " | UNKNOWN | UNKNOWN  | UNKNOWN  | DISABLED"})
    void mfaInfoIsReadFromStringsBooleansNumbersOrMissing(String data, Enablement totp, Enablement face,
            Enablement sms, Enablement email) throws Exception {
        server.enqueue(ok(data.replace('\'', '"')));
        UserMfaInfo info = client.getUserMfaInfo(UserIdType.USERNAME, "alice", CancelSignal.none());
        assertThat(info).isEqualTo(new UserMfaInfo(totp, face, sms, email));
    }

    @Test
    void mfaStatusReadsPhoneEmailSwitchesAndPoliciesAndMasksThemInToString() throws Exception {
        server.enqueue(ok("{\"mfaPhone\":\"13800000000\",\"mfaPhoneCountryCode\":\"+86\",\"mfaEmail\":\"li@example.cn\","
                + "\"totpMfaEnabled\":\"enabled\",\"faceMfaEnabled\":false,\"applicationMfa\":["
                + "{\"mfaPolicy\":\"SMS\",\"status\":1,\"sort\":1},{\"mfaPolicy\":\"otp\",\"status\":\"disabled\"},"
                + "{\"mfaPolicy\":\"PASSKEY\",\"status\":true,\"sort\":\"3\"}]}"));

        MfaStatus s = client.getMfaStatus(UserIdType.PHONE, "13800000000", CancelSignal.none());

        assertThat(s.mfaPhone()).isEqualTo("13800000000");
        assertThat(s.maskedMfaPhone()).isEqualTo("+86 138****0000");
        assertThat(s.maskedMfaEmail()).isEqualTo("l***@example.cn");
        assertThat(s.totpMfaEnabled()).isEqualTo(Enablement.ENABLED);
        assertThat(s.faceMfaEnabled()).isEqualTo(Enablement.DISABLED);
        assertThat(s.applicationMfa()).containsExactly(
                new ApplicationMfaPolicy(FactorType.SMS, Enablement.ENABLED, 1),
                new ApplicationMfaPolicy(FactorType.OTP, Enablement.DISABLED, 0),
                new ApplicationMfaPolicy(new FactorType("PASSKEY"), Enablement.ENABLED, 3));
        assertThat(s.toString()).doesNotContain("13800000000", "li@example.cn");
    }

    @Test
    void mfaStateTakesMfaInfoFirstAndFillsGapsFromMfaStatus() {
        UserMfaInfo info = new UserMfaInfo(Enablement.UNKNOWN, Enablement.DISABLED, Enablement.UNKNOWN, Enablement.UNKNOWN);
        MfaStatus status = new MfaStatus("2025550101", "+1", "", Enablement.ENABLED, Enablement.ENABLED,
                List.of());

        UserMfaState state = UserMfaState.of(info, status);

        assertThat(state.binding(FactorType.OTP)).isEqualTo(Enablement.ENABLED);
        assertThat(state.binding(FactorType.FACE)).isEqualTo(Enablement.DISABLED);
        assertThat(state.binding(FactorType.SMS)).isEqualTo(Enablement.ENABLED);
        assertThat(state.binding(FactorType.EMAIL)).isEqualTo(Enablement.UNKNOWN);
        assertThat(state.binding(new FactorType("PASSKEY"))).isEqualTo(Enablement.UNKNOWN);
        assertThat(state.boundTypes()).containsExactlyInAnyOrder(FactorType.OTP, FactorType.SMS);
        assertThat(state.toString()).doesNotContain("2025550101");
    }

    @Test
    void getMfaStateMakesBothCallsAndCombinesThem() throws Exception {
        server.enqueue(ok("{\"totpStatus\":\"disabled\",\"faceMfaStatus\":\"disabled\",\"smsMfaStatus\":\"enabled\","
                + "\"emailMfaStatus\":\"disabled\"}"));
        server.enqueue(ok("{\"mfaPhone\":\"2025550101\",\"mfaPhoneCountryCode\":\"+1\",\"totpMfaEnabled\":false}"));

        UserMfaState state = client.getMfaState(UserIdType.USERNAME, "alice", CancelSignal.none());

        assertThat(state.boundTypes()).containsExactly(FactorType.SMS);
        assertThat(state.status().maskedMfaPhone()).isEqualTo("+1 202****0101");
        assertThat(server.getRequestCount()).isEqualTo(3);
        assertThat(state.applicationMfa()).isEmpty();
    }
}
