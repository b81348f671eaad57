package mfainspector.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * jlink/CheckImageModules.java, the build's check of an image's module list, run as the build
 * runs it (the JDK's source launcher) on release files for each system.
 */
class ImageModulesCheckTest {

    private static final String LINUX = "java.base java.desktop javafx.controls jdk.crypto.ec jdk.httpserver jdk.localedata okhttp3 mfainspector";
    private static final String WINDOWS = LINUX + " jdk.crypto.mscapi com.sun.jna";

    @TempDir
    Path image;

    private record Run(int exit, String out, String err) {
    }

    private Run check(String modules, String os) throws IOException, InterruptedException {
        Files.writeString(image.resolve("release"), "JAVA_VERSION=\"17.0.15\"\nMODULES=\"" + modules + "\"\n");
        return run(image.toString(), os);
    }

    private static Run run(String... args) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "jlink/CheckImageModules.java"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).start();
        p.getOutputStream().close();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    @Test
    void theLinuxAndMacListsPassAndTheWindowsListPassesOnWindows() throws Exception {
        assertThat(check(LINUX, "Linux").exit()).isZero();
        assertThat(check(LINUX, "Mac OS X").exit()).isZero();
        Run windows = check(WINDOWS, "Windows Server 2022");
        assertThat(windows.exit()).isZero();
        assertThat(windows.out()).contains("fit Windows Server 2022").contains("jdk.crypto.mscapi");
    }

    @Test
    void aWindowsImageWithoutMscapiOrJnaIsRefusedNamingWhatIsMissing() throws Exception {
        Run r = check(LINUX, "Windows 11");

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("wrong modules for Windows 11")
                .contains("missing jdk.crypto.mscapi (needed on Windows)")
                .contains("missing com.sun.jna (needed on Windows)")
                .contains("jlink.os.modules");
    }

    @Test
    void jnaInALinuxOrMacImageIsRefusedSoThoseImagesDoNotGrow() throws Exception {
        for (String os : new String[] {"Linux", "Mac OS X"}) {
            Run r = check(LINUX + " com.sun.jna", os);

            assertThat(r.exit()).as(os).isEqualTo(1);
            assertThat(r.err()).contains("has com.sun.jna, which only the Windows image needs");
        }
    }

    @Test
    void anImageWithoutTheAppOrItsCryptoOrLocaleModulesIsRefusedEverywhere() throws Exception {
        Run r = check("java.base javafx.controls", "Linux");

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("missing mfainspector").contains("missing jdk.crypto.ec").contains("missing jdk.localedata");
    }

    @Test
    void aFolderThatIsNotAnImageIsABadUsageNotAPass() throws Exception {
        Run r = run(image.resolve("nothing-here").toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("Cannot read the image's module list");
    }
}
