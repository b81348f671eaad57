package mfainspector.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Categories, the result read back page by page, and the CSV and JSON exports, masked and not. */
class ReportExportTest {

    private static final Instant STARTED = Instant.parse("2026-11-30T06:00:00Z");

    @TempDir
    Path dir;
    ReportResult result;

    @BeforeEach
    void writeResult() throws IOException {
        List<ReportRow> rows = List.of(
                row("u1", "alice", "alice@example.com", "+1", "2025550101", true, false, true, false, ""),
                row("u2", "=HYPERLINK(\"http://x\")", "bob@example.com", "+44", "7700900123", false, true, false, false, ""),
                row("u3", "dave", "dave@example.com", "", "", false, false, false, false, ""),
                row("u4", "-frank", "", "+1", "2025550104", true, false, false, false, ""),
                row("u5", "grace", "grace@example.org", "", "", null, null, null, null, "server error (statusCode=500)"));
        StringBuilder sb = new StringBuilder();
        Map<Category, Long> counts = new EnumMap<>(Category.class);
        for (ReportRow r : rows) {
            sb.append(RowCodec.line(r)).append('\n');
            counts.merge(r.category(), 1L, Long::sum);
        }
        Path folder = dir.resolve("scan");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(ScanFolder.ROWS_FILE), sb, StandardCharsets.UTF_8);
        Checkpoint cp = new Checkpoint("https://api.genauth.ai", "pool1", STARTED, STARTED.toEpochMilli(), 5,
                List.of(), 1, sb.length(), 5, counts, Optional.of(STARTED.plusSeconds(90)), false);
        Files.write(folder.resolve(ScanFolder.CHECKPOINT_FILE), cp.toJson());
        result = ScanFolder.at(folder).result().orElseThrow();
    }

    @Test
    void categoriesFollowTheStrongestBoundType() {
        assertThat(Category.of(false, false, false, false)).isEqualTo(Category.NO_MFA);
        assertThat(Category.of(false, true, false, false)).isEqualTo(Category.EMAIL_ONLY);
        assertThat(Category.of(true, false, false, false)).isEqualTo(Category.SMS_ONLY);
        assertThat(Category.of(true, true, false, false)).isEqualTo(Category.SMS_AND_EMAIL);
        assertThat(Category.of(true, true, true, false)).isEqualTo(Category.STRONG);
        assertThat(Category.of(false, false, false, true)).isEqualTo(Category.STRONG);
        assertThat(Category.of(null, null, true, null)).as("a strong type settles it").isEqualTo(Category.STRONG);
        assertThat(Category.of(true, null, false, false)).as("never a guess").isEqualTo(Category.UNKNOWN);
        assertThat(Category.SMS_AND_EMAIL.weakOnly()).isTrue();
        assertThat(Category.STRONG.weakOnly()).isFalse();
        assertThat(Category.parse("sms-and-email")).isEqualTo(Category.SMS_AND_EMAIL);
    }

    @Test
    void rowsReadBackPageByPageWithAFilter() throws IOException {
        ResultPage all = result.page(RowFilter.all(), 1, 2);
        assertThat(all.matching()).isEqualTo(5);
        assertThat(all.rows()).extracting(ReportRow::userId).containsExactly("u2", "u3");

        ResultPage weak = result.page(RowFilter.only("weak"), 0, 10);
        assertThat(weak.rows()).extracting(ReportRow::userId).containsExactly("u2", "u4");
        assertThat(result.page(new RowFilter(EnumSet.allOf(Category.class), "EXAMPLE.ORG"), 0, 10).rows())
                .extracting(ReportRow::userId).containsExactly("u5");
        assertThat(result.page(RowFilter.only("unknown"), 0, 10).rows().get(0).toString())
                .doesNotContain("grace@example.org");
    }

    @Test
    void csvIsMaskedByDefaultWithTheSummaryFirstAndFormulasNeutralised() throws IOException {
        Path out = dir.resolve("report.csv");
        long n = result.export(out, ExportFormat.CSV, RowFilter.all(), false);

        String csv = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(n).isEqualTo(5);
        assertThat(csv).startsWith("# MFA coverage report\r\n# host: https://api.genauth.ai\r\n# user pool: pool1\r\n"
                + "# scan started: 2026-11-30T06:00:00Z, finished: 2026-11-30T06:01:30Z\r\n"
                + "# users listed: 5, scanned: 5\r\n"
                + "# no-mfa: 1, email-only: 1, sms-only: 1, sms-and-email: 0, strong: 1, unknown: 1\r\n"
                + "# rows: all users; email and phone masked\r\n"
                + "userId,username,email,phone,status,lastLogin,sms,emailMfa,otp,face,category,reason\r\n");
        assertThat(csv).contains("u1,alice,a***@example.com,+1 202****0101,Activated,2026-11-01T08:00:00Z,yes,no,yes,no,strong,\r\n")
                .contains("u2,\"'=HYPERLINK(\"\"http://x\"\")\",b***@example.com,")
                .contains("u4,'-frank,,")
                .contains("u5,grace,g***@example.org,,Activated,2026-11-01T08:00:00Z,,,,,unknown,server error (statusCode=500)\r\n")
                .doesNotContain("alice@example.com", "2025550101", "7700900123");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out))).isEqualTo("rw-------");
        assertThat(ScanFolder.at(dir.resolve("scan")).unexported()).as("noted as written").isEmpty();
        assertThat(ScanFolder.at(dir.resolve("scan")).result()).as("still there to show").isPresent();
    }

    @Test
    void unmaskedOnlyWhenAskedAndSaidSo() throws IOException {
        Path out = dir.resolve("report.csv");
        result.export(out, ExportFormat.CSV, RowFilter.only("no-mfa"), true);

        String csv = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(csv).contains("# rows: users in no-mfa; email and phone NOT masked: personal data, keep it safe\r\n")
                .contains("u3,dave,dave@example.com,,").doesNotContain("u1,");
    }

    @Test
    void jsonHasAHeaderObjectThenTheUsers() throws IOException {
        Path out = dir.resolve("report.json");
        result.export(out, ExportFormat.JSON, RowFilter.all(), false);

        JsonNode root = RowCodec.JSON.readTree(out.toFile());
        JsonNode head = root.get("report");
        assertThat(head.get("host").asText()).isEqualTo("https://api.genauth.ai");
        assertThat(head.get("userPoolId").asText()).isEqualTo("pool1");
        assertThat(head.get("started").asText()).isEqualTo("2026-11-30T06:00:00Z");
        assertThat(head.get("listed").asLong()).isEqualTo(5);
        assertThat(head.get("counts").get("strong").asLong()).isEqualTo(1);
        assertThat(head.get("masked").asBoolean()).isTrue();
        assertThat(root.get("users")).hasSize(5);
        JsonNode alice = root.get("users").get(0);
        assertThat(alice.get("email").asText()).isEqualTo("a***@example.com");
        assertThat(alice.get("otp").asBoolean()).isTrue();
        assertThat(root.get("users").get(4).get("sms").isNull()).isTrue();

        result.export(out, ExportFormat.JSON, RowFilter.all(), true);
        assertThat(RowCodec.JSON.readTree(out.toFile()).get("users").get(1).get("phone").asText())
                .isEqualTo("+44 7700900123");
    }

    @Test
    void anExportThatFailsAtTheFinalRenameLeavesNoFileThatLooksComplete() throws IOException {
        Path out = dir.resolve("taken");
        Files.createDirectories(out.resolve("inside"));

        assertThatThrownBy(() -> result.export(out, ExportFormat.CSV, RowFilter.all(), false))
                .isInstanceOf(IOException.class);

        assertThat(out.resolve("inside")).isDirectory();
        assertThat(ScanFolder.at(dir.resolve("scan")).unexported()).as("still to be written").isPresent();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("scan", "taken");
        }
    }

    private static ReportRow row(String id, String username, String email, String cc, String phone, Boolean sms,
            Boolean emailMfa, Boolean otp, Boolean face, String reason) {
        Category c = reason.isEmpty() ? Category.of(sms, emailMfa, otp, face) : Category.UNKNOWN;
        return new ReportRow(id, username, email, phone, cc, "Activated",
                Optional.of(Instant.parse("2026-11-01T08:00:00Z")), sms, emailMfa, otp, face, c, reason);
    }
}
