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
import mfainspector.genauth.ErrorCategory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Coverage report runs in the lookup log, beside look-ups, and lines of earlier versions. */
class LookupLogReportTest {

    @TempDir
    Path dir;

    @Test
    void aReportRunIsNotedWithItsPoolAndExportAndReadsBack() throws IOException {
        LookupLog log = new LookupLog(dir, LookupLog.MAX_BYTES, LookupLog.KEEP,
                Clock.fixed(Instant.parse("2026-11-30T14:00:00Z"), ZoneOffset.UTC), "jdoe");
        log.append("Acme", Identifier.of(UserIdType.EMAIL, "alice@example.com"), LookupOutcome.found(), "INC-1");
        log.appendReport("cli https://api.genauth.ai", new ReportRun("https://api.genauth.ai", "pool1",
                "/home/jdoe/coverage.csv", "csv", true, "weak", 100_000), LookupOutcome.found());
        log.appendReport("cli https://api.genauth.ai", new ReportRun("https://api.genauth.ai", "pool1", "", "json",
                false, "all", 41_250), LookupOutcome.failed(ErrorCategory.NETWORK_UNREACHABLE));

        List<LookupLogEntry> entries = log.read(null, null, null).entries();

        assertThat(entries).hasSize(3);
        assertThat(entries.get(0).isReport()).isFalse();
        LookupLogEntry report = entries.get(1);
        assertThat(report.osAccount()).isEqualTo("jdoe");
        assertThat(report.time()).isEqualTo(Instant.parse("2026-11-30T14:00:00Z"));
        assertThat(report.report()).hasValue(new ReportRun("https://api.genauth.ai", "pool1", "/home/jdoe/coverage.csv",
                "csv", true, "weak", 100_000));
        assertThat(entries.get(2).outcome().error()).hasValue(ErrorCategory.NETWORK_UNREACHABLE);
        StringWriter csv = new StringWriter();
        LookupLog.exportCsv(entries, csv);
        assertThat(csv.toString()).contains(",user_id,,found,,,,,,\"report https://api.genauth.ai pool pool1 ->"
                + " /home/jdoe/coverage.csv (csv, masked, weak), 100000 users\"\r\n");
    }

    @Test
    void linesWithoutAReportStillReadAndABrokenReportIsIgnored() throws IOException {
        Files.writeString(dir.resolve(LookupLog.FILE_NAME), String.join("\n",
                "{\"time\":\"2026-11-28T04:10:30Z\",\"osAccount\":\"root\",\"profile\":\"p\",\"idType\":\"phone\","
                        + "\"identifier\":\"+1 202****0101\",\"outcome\":\"found\",\"ticket\":\"INC-4711\"}",
                "{\"time\":\"2026-11-28T04:10:31Z\",\"osAccount\":\"root\",\"profile\":\"p\",\"idType\":\"user_id\","
                        + "\"identifier\":\"\",\"outcome\":\"found\",\"ticket\":\"\",\"report\":\"not-an-object\"}",
                ""), StandardCharsets.UTF_8);

        LookupLog.Reading r = new LookupLog(dir).read(null, null, null);

        assertThat(r.skippedLines()).isZero();
        assertThat(r.entries()).hasSize(2).allSatisfy(e -> assertThat(e.isReport()).isFalse());
    }
}
