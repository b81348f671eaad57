package mfainspector.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The image's POSIX launcher ({@code jlink/mfa-inspector}) gives the JVM the headless commands'
 * class data sharing archive for a command and the window's for the window, and none that the
 * build did not make. Run for real (Linux only, like the image it tests): the launcher in a
 * throw-away image whose {@code bin/java} only prints the arguments it was given.
 */
class LauncherArchiveOnLinuxTest {

    @TempDir
    Path image;

    @Test
    void aCommandGetsTheCommandsArchiveAndTheWindowTheWindowsOne() throws Exception {
        makeImage(true, true);
        assertThat(archiveFor("factors", "--help")).isEqualTo(image.resolve("lib/server/cli.jsa").toString());
        assertThat(archiveFor("demo-server")).isEqualTo(image.resolve("lib/server/cli.jsa").toString());
        assertThat(archiveFor()).isEqualTo(image.resolve("lib/server/app.jsa").toString());
        assertThat(archiveFor("--self-test")).isEqualTo(image.resolve("lib/server/app.jsa").toString());
    }

    @Test
    void withoutTheCommandsArchiveACommandGetsTheWindowsOne() throws Exception {
        makeImage(true, false);
        assertThat(archiveFor("report")).isEqualTo(image.resolve("lib/server/app.jsa").toString());
    }

    @Test
    void withoutAnyArchiveNoneIsGiven() throws Exception {
        makeImage(false, false);
        assertThat(archiveFor("factors")).isNull();
        assertThat(archiveFor()).isNull();
    }

    private void makeImage(boolean app, boolean cli) throws Exception {
        Path bin = Files.createDirectories(image.resolve("bin"));
        Path server = Files.createDirectories(image.resolve("lib/server"));
        Files.copy(Path.of("jlink/mfa-inspector"), bin.resolve("mfa-inspector"));
        Files.writeString(bin.resolve("java"), "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done\n");
        for (Path p : List.of(bin.resolve("mfa-inspector"), bin.resolve("java"))) {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        if (app) {
            Files.writeString(server.resolve("app.jsa"), "");
        }
        if (cli) {
            Files.writeString(server.resolve("cli.jsa"), "");
        }
    }

    /** The archive the launcher passes for these arguments, null when none; also checks the arguments reach the app. */
    private String archiveFor(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(image.resolve("bin/mfa-inspector").toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        List<String> jvmArgs = out.lines().toList();
        int main = jvmArgs.indexOf("mfainspector/mfainspector.Main");
        assertThat(main).as(out).isPositive();
        assertThat(jvmArgs.subList(main + 1, jvmArgs.size())).containsExactly(args);
        return jvmArgs.subList(0, main).stream().filter(a -> a.startsWith("-XX:SharedArchiveFile="))
                .map(a -> a.substring("-XX:SharedArchiveFile=".length())).findFirst().orElse(null);
    }
}
