import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * Refuses a runtime image whose module list is wrong for the system it is built on: the build
 * (pom.xml, after jlink) runs it as {@code java jlink/CheckImageModules.java IMAGE_DIR}, and a
 * wrong list fails the build. The list is read from the image's {@code release} file.
 * <ul>
 *   <li>every system: the app, {@code jdk.crypto.ec} (HTTPS with EC certificates) and
 *       {@code jdk.localedata} (the zh-CN formats);</li>
 *   <li>Windows: also {@code jdk.crypto.mscapi} (the {@code Windows-ROOT} trust store) and
 *       {@code com.sun.jna} (Credential Manager);</li>
 *   <li>elsewhere: no {@code com.sun.jna} (the store is Windows-only and the Linux image must
 *       not grow); macOS's {@code KeychainStore} trust store is part of {@code java.base}.</li>
 * </ul>
 * Usage: {@code java CheckImageModules.java IMAGE_DIR [OS_NAME]}; OS_NAME (default: this
 * system's {@code os.name}) lets the rule be tried for another system. Exit 0: the list is right;
 * 1: it is wrong (each problem on a line of its own); 2: bad usage or no readable release file.
 */
public class CheckImageModules {

    static final List<String> EVERYWHERE = List.of("mfainspector", "jdk.crypto.ec", "jdk.localedata");
    static final List<String> WINDOWS_ONLY = List.of("jdk.crypto.mscapi", "com.sun.jna");

    public static void main(String[] args) {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: java CheckImageModules.java IMAGE_DIR [OS_NAME]");
            System.exit(2);
        }
        Path release = Path.of(args[0], "release");
        String os = args.length == 2 ? args[1] : System.getProperty("os.name", "");
        Set<String> modules;
        try {
            modules = modules(release);
        } catch (IOException | IllegalArgumentException e) {
            System.err.println("Cannot read the image's module list from " + release + ": " + e.getMessage());
            System.exit(2);
            return;
        }
        List<String> problems = problems(modules, os);
        if (problems.isEmpty()) {
            System.out.println("Image modules fit " + os + ": " + String.join(" ", modules));
            return;
        }
        System.err.println("The runtime image " + args[0] + " has the wrong modules for " + os + ":");
        problems.forEach(p -> System.err.println("  " + p));
        System.err.println("Set jlink.os.modules in the profile for this system in pom.xml.");
        System.exit(1);
    }

    static Set<String> modules(Path release) throws IOException {
        Properties p = new Properties();
        try (var in = Files.newBufferedReader(release)) {
            p.load(in);
        }
        String value = p.getProperty("MODULES");
        if (value == null) {
            throw new IllegalArgumentException("no MODULES line");
        }
        return new TreeSet<>(List.of(value.replace("\"", "").trim().split("\\s+")));
    }

    static List<String> problems(Set<String> modules, String os) {
        boolean windows = os.toLowerCase(Locale.ROOT).startsWith("windows");
        List<String> problems = new ArrayList<>();
        for (String m : EVERYWHERE) {
            if (!modules.contains(m)) {
                problems.add("missing " + m);
            }
        }
        for (String m : WINDOWS_ONLY) {
            if (windows && !modules.contains(m)) {
                problems.add("missing " + m + " (needed on Windows)");
            }
            if (!windows && modules.contains(m)) {
                problems.add("has " + m + ", which only the Windows image needs");
            }
        }
        return problems;
    }
}
