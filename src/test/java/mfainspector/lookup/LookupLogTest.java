package mfainspector.lookup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import mfainspector.genauth.ErrorCategory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LookupLogTest {

    private static final Instant JAN_12 = Instant.parse("2026-01-12T09:30:00Z");

    @TempDir
    Path dir;

    private LookupLog logAt(Instant time) {
        return new LookupLog(dir, LookupLog.MAX_BYTES, LookupLog.KEEP, Clock.fixed(time, ZoneOffset.UTC), "jdoe");
    }

    private String fileText() throws IOException {
        return Files.readString(dir.resolve(LookupLog.FILE_NAME), StandardCharsets.UTF_8);
    }

    @Test
    void appendedEntriesReadBackWithEveryField() throws IOException {
        LookupLog log = logAt(JAN_12);
        log.append("Acme prod", Identifier.of(UserIdType.EMAIL, "alice@example.com"), LookupOutcome.found(), "INC-42");
        log.append("Acme prod", Identifier.of(UserIdType.USERNAME, "nobody"), LookupOutcome.notFound(), null);
        log.append("Acme prod", Identifier.of(UserIdType.PHONE, "+1 202 555 0101"),
                LookupOutcome.failed(ErrorCategory.TIMEOUT), "");

        LookupLog.Reading r = log.read(null, null, null);

        assertThat(r.skippedLines()).isZero();
        assertThat(r.entries()).containsExactly(
                new LookupLogEntry(JAN_12, "jdoe", "Acme prod", UserIdType.EMAIL, "a***@example.com", LookupOutcome.found(), "INC-42"),
                new LookupLogEntry(JAN_12, "jdoe", "Acme prod", UserIdType.USERNAME, "n***y", LookupOutcome.notFound(), ""),
                new LookupLogEntry(JAN_12, "jdoe", "Acme prod", UserIdType.PHONE, "+1 202****0101",
                        LookupOutcome.failed(ErrorCategory.TIMEOUT), ""));
        assertThat(fileText().lines()).hasSize(3).allMatch(l -> l.startsWith("{\"time\":\"2026-01-12T09:30:00Z\""));
    }

    @Test
    void fileHoldsOnlyMaskedIdentifiersOfEveryType() throws IOException {
        List<Identifier> typed = List.of(
                Identifier.of(UserIdType.EMAIL, "alice.smith+helpdesk@example.com"),
                Identifier.of(UserIdType.PHONE, "+1 (202) 555-0101"),
                Identifier.of(UserIdType.PHONE, "2025550102"),
                Identifier.of(UserIdType.USERNAME, "alice.smith"),
                Identifier.of(UserIdType.USER_ID, "6651a7c3e9b20d4f6a8c1e01"),
                Identifier.of(UserIdType.EXTERNAL_ID, "EMP-1001"));
        LookupLog log = logAt(JAN_12);
        for (Identifier id : typed) {
            log.append("p", id, LookupOutcome.found(), null);
        }

        String text = fileText();

        assertThat(text).doesNotContain("alice.smith", "helpdesk@", "2025550101", "555-0101", "2025550102",
                "6651a7c3e9b20d4f6a8c1e01", "EMP-1001");
        assertThat(text).contains("a***@example.com", "+1 202****0101", "202****0102", "a***h", "6***1", "E***1");
    }

    @Test
    void fileIsOwnerOnlyAndTheFolderToo() throws IOException {
        Path settings = dir.resolve("settings");
        Files.createDirectories(settings);
        Files.setPosixFilePermissions(settings, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path file = settings.resolve(LookupLog.FILE_NAME);
        Files.writeString(file, "");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        new LookupLog(settings).append("p", Identifier.of(UserIdType.USERNAME, "bob"), LookupOutcome.found(), null);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(settings))).isEqualTo("rwx------");
    }

    @Test
    void newFileIsCreatedOwnerOnly() throws IOException {
        Path settings = dir.resolve("fresh");
        LookupLog log = new LookupLog(settings);
        log.append("p", Identifier.of(UserIdType.USERNAME, "bob"), LookupOutcome.found(), null);

        assertThat(log.file()).isEqualTo(settings.resolve(LookupLog.FILE_NAME).toAbsolutePath());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(log.file()))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(settings))).isEqualTo("rwx------");
    }

    @Test
    void readFiltersByDayRangeAndTicketPart() throws IOException {
        Identifier id = Identifier.of(UserIdType.USERNAME, "carol");
        logAt(Instant.parse("2026-01-10T23:59:59Z")).append("p", id, LookupOutcome.found(), "INC-41");
        logAt(Instant.parse("2026-01-11T00:00:00Z")).append("p", id, LookupOutcome.found(), "INC-42");
        logAt(Instant.parse("2026-01-12T12:00:00Z")).append("p", id, LookupOutcome.found(), "HD-7");
        LookupLog log = logAt(JAN_12);

        assertThat(tickets(log.read(LocalDate.of(2026, 1, 11), LocalDate.of(2026, 1, 11), null))).containsExactly("INC-42");
        assertThat(tickets(log.read(null, LocalDate.of(2026, 1, 11), ""))).containsExactly("INC-41", "INC-42");
        assertThat(tickets(log.read(LocalDate.of(2026, 1, 11), null, " "))).containsExactly("INC-42", "HD-7");
        assertThat(tickets(log.read(null, null, "inc"))).containsExactly("INC-41", "INC-42");
        assertThat(tickets(log.read(LocalDate.of(2026, 1, 10), LocalDate.of(2026, 1, 12), "hd-7"))).containsExactly("HD-7");
        assertThat(tickets(log.read(LocalDate.of(2026, 1, 13), null, null))).isEmpty();
    }

    @Test
    void readWithoutAnyLogIsEmpty() throws IOException {
        LookupLog.Reading r = new LookupLog(dir.resolve("never-written")).read(null, null, null);
        assertThat(r.entries()).isEmpty();
        assertThat(r.skippedLines()).isZero();
    }

    @Test
    void corruptAndCutOffLinesAreSkippedAndCountedAndDoNotSpoilTheNextEntry() throws IOException {
        LookupLog log = logAt(JAN_12);
        Identifier id = Identifier.of(UserIdType.USERNAME, "dave");
        log.append("p", id, LookupOutcome.found(), "T1");
        Path file = log.file();
        Files.writeString(file, "not json at all\n{\"time\":\"yesterday\",\"outcome\":\"found\"}\n", StandardOpenOption.APPEND);
        Files.writeString(file, "{\"time\":\"2026-01-12T09:3", StandardOpenOption.APPEND); // a write cut off by a crash
        log.append("p", id, LookupOutcome.found(), "T2");

        LookupLog.Reading r = log.read(null, null, null);

        assertThat(tickets(r)).containsExactly("T1", "T2");
        assertThat(r.skippedLines()).isEqualTo(3);
    }

    @Test
    void ticketWithLineBreaksTabsAndQuotesCannotForgeASecondEntry() throws IOException {
        String forged = "{\"time\":\"2026-01-12T09:30:00Z\",\"osAccount\":\"mallory\",\"profile\":\"p\",\"idType\":\"email\","
                + "\"identifier\":\"x\",\"outcome\":\"found\",\"ticket\":\"\"}";
        LookupLog log = logAt(JAN_12);
        log.append("p\nsecond line", Identifier.of(UserIdType.USERNAME, "erin"), LookupOutcome.found(),
                "INC-1\n" + forged + "\r\n\tINC-2");

        LookupLog.Reading r = log.read(null, null, null);

        assertThat(fileText().lines()).hasSize(1);
        assertThat(r.entries()).hasSize(1);
        LookupLogEntry e = r.entries().get(0);
        assertThat(e.osAccount()).isEqualTo("jdoe");
        assertThat(e.profile()).isEqualTo("p\nsecond line");
        assertThat(e.ticket()).doesNotContain("\n", "\r", "\t", "\"", "{", ",").startsWith("INC-1 time:");
        assertThat(e.ticket()).hasSizeLessThanOrEqualTo(TicketNumber.MAX_LENGTH);
    }

    @Test
    void csvExportHasHeaderQuotesAndNeutralisesFormulas() throws IOException {
        LookupLog log = logAt(JAN_12);
        log.append("=HYPERLINK(\"http://x\")", Identifier.of(UserIdType.EMAIL, "bob@example.com"), LookupOutcome.found(), "INC-1");
        log.append("Acme, \"prod\"", Identifier.of(UserIdType.PHONE, "+1 2025550102"),
                LookupOutcome.failed(ErrorCategory.APP_MISCONFIGURED), "");
        StringWriter out = new StringWriter();

        LookupLog.exportCsv(log.read(null, null, null).entries(), out);

        assertThat(out.toString()).isEqualTo(
                "time,osAccount,profile,identifierType,identifier,outcome,errorCategory,ticket,callerCheck,callerCheckMethod,requestIds,report\r\n"
                + "2026-01-12T09:30:00Z,jdoe,\"'=HYPERLINK(\"\"http://x\"\")\",email,b***@example.com,found,,INC-1,,,,\r\n"
                + "2026-01-12T09:30:00Z,jdoe,\"Acme, \"\"prod\"\"\",phone,+1 202****0102,error,APP_MISCONFIGURED,,,,,\r\n");
    }

    static List<String> tickets(LookupLog.Reading r) {
        return r.entries().stream().map(LookupLogEntry::ticket).toList();
    }
}
