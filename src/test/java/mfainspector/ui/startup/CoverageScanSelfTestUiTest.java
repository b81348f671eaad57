package mfainspector.ui.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mfainspector.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --self-test --coverage-scan N}: the window scans a demo tenant of N synthetic users in its
 * coverage tab and prints the scan's figures; run as its own process, as the benchmark runs it.
 */
class CoverageScanSelfTestUiTest {

    /** The headless toolkit, as the build's test configuration sets it. */
    private static final List<String> HEADLESS = List.of("testfx.robot", "testfx.headless", "glass.platform",
            "monocle.platform", "prism.order", "java.awt.headless");
    private static final Pattern FIGURES = Pattern.compile("^scan-users=(\\d+) scan-ms=(\\d+) longest-stall-ms=(\\d+)$",
            Pattern.MULTILINE);

    @TempDir
    Path home;

    @Test
    void aScanOfTheScaledDemoTenantPrintsItsUsersTimeAndLongestStall() throws Exception {
        int users = 150;
        Result r = run("--self-test", "--coverage-scan", String.valueOf(users), "--rate", "200");
        assertThat(r.code()).as(r.output()).isZero();
        Matcher m = FIGURES.matcher(r.output());
        assertThat(m.find()).as(r.output()).isTrue();
        long scanned = Long.parseLong(m.group(1));
        long scanMs = Long.parseLong(m.group(2));
        long stallMs = Long.parseLong(m.group(3));
        // The synthetic users and the demo tenant's few named ones, all read.
        assertThat(scanned).isBetween((long) users, users + 20L);
        // At 200 requests/s, 150 users and their pages cannot take less than about 0.7 s.
        assertThat(scanMs).isGreaterThanOrEqualTo(700);
        assertThat(stallMs).isGreaterThan(0).isLessThan(scanMs);
    }

    @Test
    void aBadUserCountOrARateWithoutAScanIsAUsageError() throws Exception {
        Result zero = run("--self-test", "--coverage-scan", "0");
        assertThat(zero.code()).isEqualTo(2);
        assertThat(zero.output()).contains("--coverage-scan N [--rate R]");
        Result rateAlone = run("--self-test", "--rate", "50");
        assertThat(rateAlone.code()).isEqualTo(2);
        Result tooFast = run("--self-test", "--coverage-scan", "10", "--rate", "201");
        assertThat(tooFast.code()).isEqualTo(2);
    }

    private record Result(int code, String output) {
    }

    private Result run(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String key : HEADLESS) {
            String value = System.getProperty(key);
            if (value != null) {
                cmd.add("-D" + key + "=" + value);
            }
        }
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(Main.class.getName());
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("MFA_INSPECTOR_HOME", home.toString());
        Process child = pb.start();
        child.getOutputStream().close();
        byte[] out;
        try {
            out = child.getInputStream().readAllBytes();
            if (!child.waitFor(120, TimeUnit.SECONDS)) {
                throw new AssertionError("the self-test did not end within 120 s");
            }
        } finally {
            child.destroyForcibly();
        }
        return new Result(child.exitValue(), new String(out, StandardCharsets.UTF_8));
    }
}
