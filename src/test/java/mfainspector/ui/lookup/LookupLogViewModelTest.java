package mfainspector.ui.lookup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import mfainspector.lookup.LookupLog;
import mfainspector.lookup.LookupLogEntry;
import mfainspector.ui.I18n;
import mfainspector.ui.TaskRunner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The log view model over a real lookup log file; no toolkit. */
class LookupLogViewModelTest {

    @TempDir
    Path dir;

    private final I18n i18n = new I18n(Locale.ENGLISH);
    private LookupLogViewModel vm;

    @BeforeEach
    void writeLog() throws Exception {
        LookupLog log = new LookupLog(dir);
        // Three days, noon UTC, so the local day is the same in nearly every time zone.
        Files.write(log.file(), List.of(
                line("2026-01-10T12:00:00Z", "a***@example.com", "found", "INC-1"),
                line("2026-01-12T12:00:00Z", "b***@example.com", "not_found", "INC-2"),
                line("2026-01-15T12:00:00Z", "c***@example.com", "found", "inc-10"),
                "not a log line"), StandardCharsets.UTF_8);
        vm = new LookupLogViewModel(i18n, TaskRunner.sameThread(), log, ZoneOffset.UTC);
    }

    private static String line(String time, String identifier, String outcome, String ticket) {
        return "{\"time\":\"" + time + "\",\"osAccount\":\"agent\",\"profile\":\"Prod\",\"idType\":\"email\",\"identifier\":\""
                + identifier + "\",\"outcome\":\"" + outcome + "\",\"ticket\":\"" + ticket + "\"}";
    }

    @Test
    void reloadListsEveryEntryAndCountsTheUnreadableLine() {
        vm.reload();

        assertThat(vm.entries()).hasSize(3);
        assertThat(vm.statusProperty().get()).contains("3 lookups").contains("1 unreadable");
        assertThat(vm.localTime(vm.entries().get(0).time())).contains("2026").contains("12:00");
    }

    @Test
    void theDateRangeKeepsOnlyTheDaysInIt() {
        vm.fromProperty().set(LocalDate.of(2026, 1, 11));
        vm.toProperty().set(LocalDate.of(2026, 1, 14));

        assertThat(vm.entries()).extracting(LookupLogEntry::ticket).containsExactly("INC-2");
    }

    @Test
    void theTicketFilterMatchesPartOfTheNumberInAnyCase() {
        vm.ticketProperty().set("inc-1");

        assertThat(vm.entries()).extracting(LookupLogEntry::ticket).containsExactly("INC-1", "inc-10");

        vm.clearFilters();
        assertThat(vm.entries()).hasSize(3);
    }

    @Test
    void exportWritesTheListedEntriesAsCsv() throws Exception {
        vm.ticketProperty().set("INC-2");
        Path out = dir.resolve("export.csv");

        vm.exportCsv(out);

        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("time,osAccount,profile");
        assertThat(lines.get(1)).contains("b***@example.com", "not_found", "INC-2");
        assertThat(vm.statusProperty().get()).contains("Exported 1 lookup to").contains("export.csv");
    }

    @Test
    void anExportThatCannotBeWrittenSaysSoAndWhere() {
        vm.reload();
        Path out = dir.resolve("missing-folder").resolve("export.csv");

        vm.exportCsv(out);

        assertThat(vm.statusProperty().get()).contains("could not be written").contains("export.csv");
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void theExportIsOwnerOnlyCompleteAndReplacesAFileOthersCouldRead() throws Exception {
        vm.reload();
        Path out = dir.resolve("export.csv");
        Files.writeString(out, "an older export, longer than the new one will be\n".repeat(50));
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rw-r--r--"));

        vm.exportCsv(out);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out))).isEqualTo("rw-------");
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(4);
        assertThat(lines.get(3)).contains("c***@example.com", "found", "inc-10");
        assertThat(vm.statusProperty().get()).contains("Exported 3 lookups to " + out.toAbsolutePath())
                .contains("readable by your account only");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }
}
