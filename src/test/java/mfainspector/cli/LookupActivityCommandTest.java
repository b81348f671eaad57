package mfainspector.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** {@code lookup --activity} against the demo tenant over loopback: diagnosis, health and timeline. */
class LookupActivityCommandTest extends LookupTenantTest {

    @Test
    void graceShowsHerFailedOtpChecksWithTheAdviceAndTheTimeline() {
        CommandRun r = lookup("--username", "grace", "--activity");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("Diagnosis", "4 failed authenticator-app verifications in the last hour",
                "Account health", "Activity, last 7d")
                .containsPattern("(?m)^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\s+verifyMfa\\s+FAILED\\s+OTP\\s+MFA Inspector demo\\s+203\\.0\\.113\\.\\*\\*\\*");
        assertThat(r.out()).doesNotContain("203.0.113.24", "grace@example.com");
    }

    @Test
    void heidiIsSuspendedAndTheFindingSaysSoFirst() {
        CommandRun r = lookup("--username", "heidi", "--activity", "--since", "30d");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).containsPattern("Diagnosis\\R  - Suspended since \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d GMT:"
                + " sign-in is refused whatever the MFA").contains("Activity, last 30d");
    }

    @Test
    void frankFailuresOnlyListsTheFailedSignInsAndTheLock() {
        CommandRun r = lookup("--username", "frank", "--activity", "--since", "24h", "--failures-only");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("5 failed sign-ins in the last 24 hours", "failures only")
                .doesNotContainPattern("(?m)\\s+login\\s+ok\\s+");
    }

    @Test
    void daveIsToldTheAppAsksForMfaHeHasNot() {
        CommandRun r = lookup("--username", "dave", "--activity");

        assertThat(r.out()).contains("No MFA factor is bound, but the app asks for one (SMS, EMAIL, OTP, FACE)");
    }

    @Test
    void theDiagnosisSpeaksChineseWithLangZhCn() {
        CommandRun r = lookup("--username", "heidi", "--activity", "--lang", "zh-CN");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("起已停用：无论 MFA 如何，登录都会被拒绝");
    }

    @Test
    void jsonCarriesDiagnosisHealthAndActivity() throws Exception {
        CommandRun r = lookup("--username", "bob", "--activity", "--format", "json");

        JsonNode doc = new ObjectMapper().readTree(r.out());
        assertThat(doc.path("user").path("username").asText()).isEqualTo("bob");
        assertThat(doc.path("health").path("emailVerified").asBoolean(true)).isFalse();
        assertThat(doc.path("diagnosis")).anySatisfy(f -> assertThat(f.path("kind").asText()).isEqualTo("EMAIL_NOT_VERIFIED"));
        assertThat(doc.path("activity").path("period").asText()).isEqualTo("7d");
        assertThat(doc.path("activity").path("events")).isNotEmpty().allSatisfy(e -> {
            assertThat(e.path("ip").asText()).endsWith(".***");
            assertThat(e.path("time").asText()).endsWith("Z");
        });
    }

    @Test
    void theLogNotesTheRequestIdsOfEveryCall() throws Exception {
        lookup("--username", "alice", "--activity", "--ticket", "INC-7");

        String log = Files.readString(logFile());
        // get-user, get-user-mfa-info, get-mfa-status, get-user-action-logs, get-user-login-history
        assertThat(log).containsPattern("\"requestIds\":\\[(\"[0-9a-f]{32}\",){4}\"[0-9a-f]{32}\"\\]")
                .contains("\"ticket\":\"INC-7\"");
    }

    @Test
    void sinceAndFailuresOnlyNeedActivityAndAWrongPeriodIsAUsageError() {
        assertThat(lookup("--username", "alice", "--since", "7d").exitCode()).isEqualTo(2);
        assertThat(lookup("--username", "alice", "--failures-only").exitCode()).isEqualTo(2);
        CommandRun bad = lookup("--username", "alice", "--activity", "--since", "2w");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("24h, 7d, 30d");
    }

    @Test
    void withoutActivityTheOutputIsAsBefore() {
        CommandRun r = lookup("--username", "alice");

        assertThat(r.out()).doesNotContain("Diagnosis", "Activity, last");
    }
}
