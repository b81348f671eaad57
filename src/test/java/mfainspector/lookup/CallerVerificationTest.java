package mfainspector.lookup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A manual check of the caller that confirmed them or could not, with the ways tried, as the lookup log keeps it. */
class CallerVerificationTest {

    private static final Instant T = Instant.parse("2026-11-30T09:30:00Z");

    @TempDir
    Path dir;

    @Test
    void theWaysTriedAreNotedAsOneMethodAndReadBack() {
        CallerVerification not = CallerVerification.manual(List.of("callback", "in-person"), false);
        CallerVerification yes = CallerVerification.manual(List.of("manager"), true);

        assertThat(not.outcome()).isEqualTo(CallerOutcome.NOT_CONFIRMED);
        assertThat(not.method()).isEqualTo("callback_in-person");
        assertThat(not.ways()).containsExactly("callback", "in-person");
        assertThat(yes.outcome()).isEqualTo(CallerOutcome.VERIFIED);
        assertThat(yes.ways()).containsExactly("manager");
        assertThat(CallerVerification.otp(CallerOutcome.WRONG_CODE).ways()).containsExactly("otp");
    }

    @Test
    void aCheckThatCouldNotConfirmTheCallerIsLoggedWithTheTicketAndReadsBackBesideOldLines() throws IOException {
        String old = "{\"time\":\"2026-11-28T04:10:30Z\",\"osAccount\":\"root\",\"profile\":\"p\",\"idType\":\"username\","
                + "\"identifier\":\"d***e\",\"outcome\":\"found\",\"ticket\":\"INC-1\","
                + "\"verification\":{\"outcome\":\"verified\",\"method\":\"callback\"}}\n";
        Files.writeString(dir.resolve(LookupLog.FILE_NAME), old, StandardCharsets.UTF_8);
        LookupLog log = new LookupLog(dir, LookupLog.MAX_BYTES, LookupLog.KEEP, Clock.fixed(T, ZoneOffset.UTC), "jdoe");

        log.append("Acme", Identifier.of(UserIdType.USERNAME, "dave"), LookupOutcome.found(), "INC-42", List.of(),
                Optional.of(CallerVerification.manual(List.of("callback", "manager"), false)));

        List<LookupLogEntry> entries = log.read(null, null, null).entries();
        assertThat(entries).hasSize(2);
        assertThat(entries.get(0).verification()).hasValue(new CallerVerification(CallerOutcome.VERIFIED, "callback"));
        assertThat(entries.get(1).verification()).hasValue(new CallerVerification(CallerOutcome.NOT_CONFIRMED,
                "callback_manager"));
        assertThat(entries.get(1).verification().orElseThrow().ways()).containsExactly("callback", "manager");
        assertThat(entries.get(1).ticket()).isEqualTo("INC-42");
        assertThat(Files.readString(dir.resolve(LookupLog.FILE_NAME), StandardCharsets.UTF_8))
                .contains("\"ticket\":\"INC-42\",\"verification\":{\"outcome\":\"not_confirmed\",\"method\":\"callback_manager\"}");
        StringWriter csv = new StringWriter();
        LookupLog.exportCsv(entries, csv);
        assertThat(csv.toString()).contains(",INC-42,not_confirmed,callback_manager,,,,,,,,\r\n", ",INC-1,verified,callback,,,,,,,,\r\n");
    }
}
