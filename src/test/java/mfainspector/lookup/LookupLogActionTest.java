package mfainspector.lookup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A helpdesk action's line in the lookup log: written on one line, read back whole, exported to CSV. */
class LookupLogActionTest {

    @TempDir
    Path dir;

    @Test
    void anActionLineIsReadBackWithItsNoteAndExportedWithItsColumns() throws Exception {
        LookupLog log = new LookupLog(dir, LookupLog.MAX_BYTES, LookupLog.KEEP,
                Clock.fixed(Instant.parse("2026-01-12T09:30:00Z"), ZoneOffset.UTC), "jdoe");
        log.appendAction("Prod", Identifier.of(UserIdType.USER_ID, "6651a7c3e9b20d4f6a8c1e01"), LookupOutcome.found(),
                "INC-9", List.of("req-1"), Optional.of(new CallerVerification(CallerOutcome.NOT_CONFIRMED, "none")),
                new ActionNote("set-mfa-phone", "succeeded", "mfaPhone=+1 202****0101", "mfaPhone=+1 202****0188",
                        "new number\n{\"forged\":true}", "caller's manager\r\nconfirmed"));

        assertThat(Files.readAllLines(log.file())).hasSize(1);
        LookupLogEntry e = log.read(null, null, null).entries().get(0);
        ActionNote a = e.action().orElseThrow();
        assertThat(a.action()).isEqualTo("set-mfa-phone");
        assertThat(a.after()).isEqualTo("mfaPhone=+1 202****0188");
        assertThat(a.reason()).isEqualTo("new number {\"forged\":true}");
        assertThat(a.justification()).isEqualTo("caller's manager confirmed");
        assertThat(e.verification()).contains(new CallerVerification(CallerOutcome.NOT_CONFIRMED, "none"));
        assertThat(e.requestIds()).containsExactly("req-1");
        assertThat(e.maskedIdentifier()).doesNotContain("6651a7c3e9b20d4f6a8c1e01");

        StringWriter csv = new StringWriter();
        LookupLog.exportCsv(List.of(e), csv);
        assertThat(csv.toString()).endsWith(",req-1,,set-mfa-phone,succeeded,mfaPhone=+1 202****0101,"
                + "mfaPhone=+1 202****0188,\"new number {\"\"forged\"\":true}\",caller's manager confirmed\r\n");
    }

    @Test
    void aLongReasonIsCutAndALineWithoutAnActionReadsWithNone() throws Exception {
        LookupLog log = new LookupLog(dir);
        log.append("Prod", Identifier.of(UserIdType.USERNAME, "bob"), LookupOutcome.found(), "INC-1");
        log.appendAction("Prod", Identifier.of(UserIdType.USER_ID, "u-1"), LookupOutcome.found(), "INC-1", List.of(),
                Optional.empty(), new ActionNote("suspend", "cancelled", "status=Activated", "", "x".repeat(500), ""));

        List<LookupLogEntry> entries = log.read(null, null, null).entries();
        assertThat(entries.get(0).action()).isEmpty();
        assertThat(entries.get(1).action().orElseThrow().reason()).hasSize(ActionNote.MAX_TEXT);
    }
}
