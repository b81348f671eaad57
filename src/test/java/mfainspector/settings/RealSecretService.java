package mfainspector.settings;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real Secret Service for tests: a private D-Bus session bus and an unlocked GNOME Keyring on it,
 * with their own temporary HOME, so the user's own keyring is never touched. Missing tools make the
 * tests fail (not skip) with the Debian packages to install.
 */
public final class RealSecretService implements BeforeAllCallback, AfterAllCallback {

    private static final String PACKAGES = "install the Debian packages: apt-get install gnome-keyring libsecret-tools dbus";

    private Path root;
    private Map<String, String> environment;
    private ProcessHandle bus;
    private Process keyring;

    /** The environment for {@link SecretServiceStore}: this bus and this keyring. */
    public Map<String, String> environment() {
        return environment;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        for (String tool : List.of("dbus-daemon", "dbus-send", "gnome-keyring-daemon", "secret-tool")) {
            if (!onPath(tool)) {
                throw new AssertionError(tool + " is missing, so the real Secret Service cannot be started: " + PACKAGES);
            }
        }
        root = Files.createTempDirectory("secret-service-");
        Map<String, String> env = new HashMap<>(System.getenv());
        for (String dir : List.of("home", "runtime", "data", "config")) {
            Path p = Files.createDirectory(root.resolve(dir), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            env.put(switch (dir) {
                case "home" -> "HOME";
                case "runtime" -> "XDG_RUNTIME_DIR";
                case "data" -> "XDG_DATA_HOME";
                default -> "XDG_CONFIG_HOME";
            }, p.toString());
        }
        env.remove("DISPLAY"); // no unlock prompt may pop up on a real display
        startBus(env);
        startKeyring(env);
        environment = Map.copyOf(env);
    }

    private void startBus(Map<String, String> env) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("dbus-daemon", "--session", "--fork", "--print-address=1", "--print-pid=1")
                .redirectError(ProcessBuilder.Redirect.DISCARD); // it warns about the fd limit; harmless
        pb.environment().putAll(env);
        Process p = pb.start();
        List<String> lines = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0 || lines.size() < 2) {
            throw new AssertionError("dbus-daemon --session did not start: " + lines);
        }
        env.put("DBUS_SESSION_BUS_ADDRESS", lines.get(0).strip());
        bus = ProcessHandle.of(Long.parseLong(lines.get(1).strip())).orElseThrow();
    }

    private void startKeyring(Map<String, String> env) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("gnome-keyring-daemon", "--foreground", "--unlock", "--components=secrets")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(root.resolve("keyring.log").toFile());
        pb.environment().putAll(env);
        keyring = pb.start();
        try (OutputStream in = keyring.getOutputStream()) {
            in.write("test-keyring-password".getBytes(StandardCharsets.UTF_8));
        }
        // Until the daemon owns the name, a client call would make D-Bus start a second, locked one.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!ownsSecretsName(env)) {
            if (System.nanoTime() > deadline || !keyring.isAlive()) {
                throw new AssertionError("gnome-keyring-daemon did not come up: " + Files.readString(root.resolve("keyring.log")));
            }
            Thread.sleep(100);
        }
    }

    private static boolean ownsSecretsName(Map<String, String> env) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("dbus-send", "--session", "--print-reply", "--dest=org.freedesktop.DBus",
                "/org/freedesktop/DBus", "org.freedesktop.DBus.NameHasOwner", "string:org.freedesktop.secrets")
                .redirectErrorStream(true);
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return p.waitFor(5, TimeUnit.SECONDS) && out.contains("boolean true");
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        // Both have ended before their folder goes: the keyring removes its own files as it exits,
        // and a walk that meets a file it removes meanwhile fails.
        for (ProcessHandle p : new ProcessHandle[] {keyring == null ? null : keyring.toHandle(), bus}) {
            if (p != null) {
                p.destroy();
                try {
                    p.onExit().get(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (ExecutionException | TimeoutException e) {
                    p.destroyForcibly();
                }
            }
        }
        if (root != null) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static boolean onPath(String tool) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(dir -> !dir.isEmpty() && Files.isExecutable(Path.of(dir, tool)));
    }
}
