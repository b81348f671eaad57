package mfainspector.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import mfainspector.demo.DemoOptions;
import mfainspector.demo.DemoScale;
import mfainspector.demo.DemoTenant;
import mfainspector.lookup.LookupLog;
import mfainspector.lookup.LookupLogEntry;
import mfainspector.report.ScanFolder;
import mfainspector.settings.ReadOnlyDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mfa-inspector report} against the demo tenant at scale, over real sockets. */
class ReportCommandTest {

    @TempDir
    Path home;
    @TempDir
    Path outDir;
    DemoTenant tenant;

    @BeforeEach
    void start() throws IOException {
        tenant = DemoTenant.start(DemoOptions.defaults().withResponseDelay(java.time.Duration.ofMillis(5)),
                DemoScale.none().withUsers(292));
    }

    @AfterEach
    void stop() {
        tenant.close();
    }

    @Test
    void aCompleteReportPrintsTheCountsWritesTheFileAndIsLogged() throws IOException {
        Path out = outDir.resolve("coverage.csv");
        CommandRun r = report("--out", out.toString(), "--rate", "200");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("MFA coverage of user pool " + tenant.userPoolId())
                .contains("users listed 300, scanned 300").containsPattern("(?m)^  no-mfa\\s+\\d+\\s+\\d+\\.\\d%$")
                .contains("Written: " + out.toAbsolutePath() + " (csv, masked, 300 rows)");
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("# MFA coverage report");
        assertThat(lines).hasSize(8 + 300);
        assertThat(lines.stream().skip(8)).allSatisfy(l -> assertThat(l).doesNotContainPattern("[a-z0-9]@example\\.").doesNotContain("2025550101"));

        List<LookupLogEntry> log = new LookupLog(home).read(null, null, null).entries();
        assertThat(log).singleElement().satisfies(e -> {
            assertThat(e.isReport()).isTrue();
            assertThat(e.report().orElseThrow().exportPath()).isEqualTo(out.toAbsolutePath().toString());
            assertThat(e.report().orElseThrow().userPoolId()).isEqualTo(tenant.userPoolId());
            assertThat(e.report().orElseThrow().scanned()).isEqualTo(300);
            assertThat(e.report().orElseThrow().masked()).isTrue();
            assertThat(e.profile()).isEqualTo("cli " + tenant.baseUrl());
        });

        // a scheduled run with --resume and nothing to resume scans anew
        CommandRun next = report("--out", out.toString(), "--rate", "200", "--resume");
        assertThat(next.exitCode()).as(next.err()).isZero();
        assertThat(next.err()).contains("no unfinished scan");
        assertThat(tenant.served().get("GET /api/v3/get-user-mfa-info")).isEqualTo(600);
    }

    @Test
    void jsonOfTheWeakOnesUnmasked() throws IOException {
        Path out = outDir.resolve("weak.json");
        CommandRun r = report("--out", out.toString(), "--rate", "200", "--only", "weak", "--unmasked");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("(json, NOT masked: personal data,");
        String json = Files.readString(out);
        assertThat(json).startsWith("{\"report\":{").contains("\"masked\":false").contains("@example.")
                .doesNotContain("\"category\":\"strong\"", "\"category\":\"no-mfa\"");
    }

    @Test
    void interruptedThenResumedWithoutScanningAnyoneTwiceAndNoFileBeforeTheEnd() throws Exception {
        Path out = outDir.resolve("coverage.csv");
        CountDownLatch stop = new CountDownLatch(1);
        CompletableFuture<CommandRun> first = CompletableFuture.supplyAsync(
                () -> CommandRun.run("", env(), stop, args("--out", out.toString(), "--rate", "100")));
        Path rows = ScanFolder.of(home.resolve("reports"), mfainspector.genauth.HostAddress.parse(tenant.baseUrl()),
                tenant.userPoolId()).dir().resolve(ScanFolder.ROWS_FILE);
        long deadline = System.nanoTime() + 20_000_000_000L;
        while ((!Files.exists(rows) || Files.size(rows) == 0) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        stop.countDown();
        CommandRun r = first.get();

        assertThat(r.exitCode()).as(r.err()).isEqualTo(5);
        assertThat(r.err()).contains("interrupted").contains("--resume");
        assertThat(out).doesNotExist();
        try (var files = Files.list(outDir)) {
            assertThat(files).as("no temporary file left either").isEmpty();
        }

        CommandRun resumed = report("--out", out.toString(), "--rate", "200", "--resume");

        assertThat(resumed.exitCode()).as(resumed.err()).isZero();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(8 + 300);
        assertThat(lines.stream().skip(8).map(l -> l.substring(0, l.indexOf(','))).distinct()).hasSize(300);
        long mfaCalls = tenant.served().get("GET /api/v3/get-user-mfa-info");
        assertThat(mfaCalls).as("at most one page read twice").isLessThanOrEqualTo(300 + 50);
        List<LookupLogEntry> log = new LookupLog(home).read(null, null, null).entries();
        assertThat(log).hasSize(2);
        assertThat(log.get(0).outcome().error()).hasValue(mfainspector.genauth.ErrorCategory.CANCELLED);
        assertThat(log.get(0).report().orElseThrow().scanned()).isPositive();
        assertThat(log.get(0).report().orElseThrow().exportPath()).isEmpty();
        assertThat(log.get(1).report().orElseThrow().scanned()).isEqualTo(300);
    }

    @Test
    void aReportThatCannotBeWrittenAtTheEndIsWrittenByResumeWithoutScanningAgain() throws Exception {
        Path out = outDir.resolve("coverage.csv");
        CommandRun failed;
        try (ReadOnlyDirectory ignored = new ReadOnlyDirectory(outDir)) {
            failed = report("--out", out.toString(), "--rate", "200");
        }
        assertThat(failed.exitCode()).as(failed.err()).isEqualTo(4);
        assertThat(failed.err()).contains("could not be written").contains("--resume");
        assertThat(out).doesNotExist();
        long calls = tenant.served().get("GET /api/v3/get-user-mfa-info");

        CommandRun resumed = report("--out", out.toString(), "--resume");

        assertThat(resumed.exitCode()).as(resumed.err()).isZero();
        assertThat(resumed.err()).contains("is complete but its report was not written: writing it now");
        assertThat(Files.readAllLines(out)).hasSize(8 + 300);
        assertThat(tenant.served().get("GET /api/v3/get-user-mfa-info")).as("nobody scanned again").isEqualTo(calls);
    }

    @Test
    void helpNamesEveryOptionAndTheExitCodes() {
        CommandRun r = CommandRun.run("", Map.of(), "report", "--help");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("--out FILE", "--rate N", "--resume", "--only W", "--unmasked", "--format F",
                "5 interrupted");
    }

    @Test
    void anUnreachableServerIsExitCodeFourAndNoFile() throws IOException {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        Path out = outDir.resolve("r.csv");
        CommandRun r = CommandRun.run("", env(), running(), "report", "--mgmt-host", "http://127.0.0.1:" + closed,
                "--user-pool-id", tenant.userPoolId(), "--out", out.toString());

        assertThat(r.exitCode()).isEqualTo(4);
        assertThat(r.err()).contains("--resume").contains("could not be reached").doesNotContain("\tat ");
        assertThat(out).doesNotExist();
    }

    @Test
    void aWrongSecretIsRefusedWithExitCodeThree() {
        Map<String, String> env = env();
        env.put(LookupCommand.POOL_SECRET_ENV, "not-the-secret");
        CommandRun r = CommandRun.run("", env, running(), args("--out", outDir.resolve("r.csv").toString()));

        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).doesNotContain("not-the-secret");
    }

    @Test
    void usageErrors() {
        String out = outDir.resolve("r.csv").toString();
        assertUsage(report("--out", out, "--rate", "0"), "1 to 200");
        assertUsage(report("--out", out, "--rate", "201"), "1 to 200");
        assertUsage(report("--out", out, "--only", "strong"), "all, no-mfa, weak or unknown");
        assertUsage(report("--out", out, "--format", "xlsx"), "csv or json");
        assertUsage(report(), "Missing --out");
        assertUsage(report("--out", outDir.resolve("missing/r.csv").toString()), "does not exist");
        assertUsage(report("--out", out, "--user-pool-secret", "s3cr3t"), LookupCommand.POOL_SECRET_ENV);
        Map<String, String> noSecret = env();
        noSecret.remove(LookupCommand.POOL_SECRET_ENV);
        assertUsage(CommandRun.run("", noSecret, running(), args("--out", out)), LookupCommand.POOL_SECRET_ENV);
    }

    private static void assertUsage(CommandRun r, String says) {
        assertThat(r.exitCode()).as(r.all()).isEqualTo(2);
        assertThat(r.err()).contains(says).doesNotContain("s3cr3t");
    }

    private CommandRun report(String... more) {
        return CommandRun.run("", env(), running(), args(more));
    }

    /** A stop signal not given: the command is not interrupted. */
    private static CountDownLatch running() {
        return new CountDownLatch(1);
    }

    private String[] args(String... more) {
        List<String> a = new java.util.ArrayList<>(List.of("report", "--mgmt-host", tenant.baseUrl(),
                "--user-pool-id", tenant.userPoolId()));
        a.addAll(List.of(more));
        return a.toArray(String[]::new);
    }

    private Map<String, String> env() {
        Map<String, String> env = new HashMap<>();
        env.put(LookupCommand.POOL_SECRET_ENV, tenant.userPoolSecret().reveal());
        env.put("MFA_INSPECTOR_HOME", home.toString());
        return env;
    }
}
