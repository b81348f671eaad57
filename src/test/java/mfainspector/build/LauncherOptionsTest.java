package mfainspector.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The launcher's JVM options are the same everywhere: the image's launchers for POSIX shells
 * and Windows, the Linux packages' jpackage launcher (jlink/package-linux.sh) and the .msi and
 * .dmg launchers (pom.xml, jpackage.java.options).
 */
class LauncherOptionsTest {

    private static final List<String> OPTIONS = List.of("-XX:+UseSerialGC", "-Xms48m", "-Xmn20m", "-Xmx256m",
            "-XX:TieredStopAtLevel=1");

    private static String read(String file) throws Exception {
        return Files.readString(Path.of(file));
    }

    @Test
    void theImageLaunchersPassTheSameOptionsInTheSameOrder() throws Exception {
        String joined = String.join(" ", OPTIONS);

        for (String launcher : List.of("jlink/mfa-inspector", "jlink/mfa-inspector.bat")) {
            String text = read(launcher);
            assertThat(text).as(launcher).contains(joined + " ");
            // -Xshare:auto is the JVM's default; given, it would refuse the JDK 25 training
            // run's -XX:AOTCacheOutput (jlink/train-cds.sh), which goes through the launcher.
            assertThat(text).as(launcher).doesNotContain("-Xshare");
        }
    }

    @Test
    void everyJpackageLauncherPassesTheSameOptions() throws Exception {
        String pom = read("pom.xml");
        Matcher m = Pattern.compile("<jpackage.java.options>(.*)</jpackage.java.options>").matcher(pom);
        assertThat(m.find()).isTrue();
        assertThat(javaOptions(m.group(1))).isEqualTo(OPTIONS);
        assertThat(pom).contains("<arg line=\"${jpackage.java.options}\"/>");
        assertThat(pom.split(Pattern.quote("<arg line=\"${jpackage.java.options}\"/>"), -1)).as("the .msi and the .dmg").hasSize(3);

        Matcher linux = Pattern.compile("java_options=\\((.*)\\)").matcher(read("jlink/package-linux.sh"));
        assertThat(linux.find()).isTrue();
        assertThat(javaOptions(linux.group(1))).isEqualTo(OPTIONS);
    }

    /** The values after each {@code --java-options}. */
    private static List<String> javaOptions(String arguments) {
        return Pattern.compile("--java-options\\s+(\\S+)").matcher(arguments).results().map(r -> r.group(1)).toList();
    }
}
