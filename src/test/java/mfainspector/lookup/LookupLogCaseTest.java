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
import mfainspector.genauth.ErrorCategory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Request ids and caller checks in the lookup log, with lines of older versions still readable. */
class LookupLogCaseTest {

    private static final Instant T = Instant.parse("2026-11-30T09:30:00Z");

    @TempDir
    Path dir;

    private LookupLog log() {
        return new LookupLog(dir, LookupLog.MAX_BYTES, LookupLog.KEEP, Clock.fixed(T, ZoneOffset.UTC), "jdoe");
    }

    @Test
    void requestIdsAndCallerChecksAreWrittenAndReadBack() throws IOException {
        LookupLog log = log();
        log.append("cli x", Identifier.of(UserIdType.EMAIL, "grace@example.com"), LookupOutcome.found(), "INC-9",
                List.of("a1b2", "c3d4"), Optional.of(CallerVerification.otp(CallerOutcome.REPLAYED)));
        log.append("Acme", Identifier.of(UserIdType.USERNAME, "grace"), LookupOutcome.found(), "INC-9", List.of(),
                Optional.of(CallerVerification.manual("Callback", true)));
        log.append("Acme", Identifier.of(UserIdType.USERNAME, "grace"), LookupOutcome.failed(ErrorCategory.TIMEOUT), "",
                List.of(), Optional.of(CallerVerification.otp(CallerOutcome.FAILED)));

        List<LookupLogEntry> entries = log.read(null, null, null).entries();

        assertThat(entries).hasSize(3);
        assertThat(entries.get(0).requestIds()).containsExactly("a1b2", "c3d4");
        assertThat(entries.get(0).verification()).hasValue(new CallerVerification(CallerOutcome.REPLAYED, "otp"));
        assertThat(entries.get(1).verification()).hasValue(new CallerVerification(CallerOutcome.VERIFIED, "callback"));
        assertThat(entries.get(2).verification().orElseThrow().outcome()).isEqualTo(CallerOutcome.FAILED);
        String text = Files.readString(dir.resolve(LookupLog.FILE_NAME), StandardCharsets.UTF_8);
        assertThat(text).contains("\"requestIds\":[\"a1b2\",\"c3d4\"]", "\"verification\":{\"outcome\":\"replayed\",\"method\":\"otp\"}")
                .doesNotContain("grace@example.com");
        StringWriter csv = new StringWriter();
        LookupLog.exportCsv(entries, csv);
        assertThat(csv.toString()).contains(",INC-9,replayed,otp,a1b2 c3d4,\r\n", ",INC-9,verified,callback,,\r\n");
    }

    @Test
    void linesOfEarlierVersionsAndUnknownFieldsStillRead() throws IOException {
        Files.writeString(dir.resolve(LookupLog.FILE_NAME), String.join("\n",
                "{\"time\":\"2026-11-28T04:10:30Z\",\"osAccount\":\"root\",\"profile\":\"cli http://127.0.0.1:8787\","
                        + "\"idType\":\"phone\",\"identifier\":\"+1 202****0101\",\"outcome\":\"found\",\"ticket\":\"INC-4711\"}",
                "{\"time\":\"2026-11-28T04:10:31Z\",\"osAccount\":\"root\",\"profile\":\"p\",\"idType\":\"email\","
                        + "\"identifier\":\"a***@example.com\",\"outcome\":\"found\",\"ticket\":\"\",\"requestIds\":\"not-a-list\","
                        + "\"verification\":{\"outcome\":\"teleported\",\"method\":\"otp\"},\"future\":1}",
                "{\"time\":\"2026-11-28T04:10:32Z\",\"osAccount\":\"root\",\"profile\":\"p\",\"idType\":\"email\","
                        + "\"identifier\":\"a***@example.com\",\"outcome\":\"found\",\"ticket\":\"\",\"requestIds\":[1,\"ok\"]}",
                "") , StandardCharsets.UTF_8);

        LookupLog.Reading r = log().read(null, null, null);

        assertThat(r.skippedLines()).isZero();
        assertThat(r.entries()).hasSize(3);
        assertThat(r.entries().get(0).ticket()).isEqualTo("INC-4711");
        assertThat(r.entries().get(0).requestIds()).isEmpty();
        assertThat(r.entries().get(0).verification()).isEmpty();
        assertThat(r.entries().get(1).requestIds()).isEmpty();
        assertThat(r.entries().get(1).verification()).isEmpty();
        assertThat(r.entries().get(2).requestIds()).containsExactly("ok");
    }
}
