package mfainspector.ui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Asks the operating system whether it uses a dark theme. Each probe runs a small command with a
 * short timeout; call it off the JavaFX thread. Empty when the OS does not say.
 */
public final class OsTheme {

    private static final long TIMEOUT_MS = 1500;

    private OsTheme() {
    }

    public static Optional<Boolean> prefersDark() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            return run("reg", "query", "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize",
                    "/v", "AppsUseLightTheme").map(out -> out.contains("0x0"));
        }
        if (os.contains("mac")) {
            // The key exists only in dark mode; a failing command means light.
            return Optional.of(run("defaults", "read", "-g", "AppleInterfaceStyle").map(out -> out.contains("Dark")).orElse(false));
        }
        Optional<String> scheme = run("gsettings", "get", "org.gnome.desktop.interface", "color-scheme");
        if (scheme.isPresent() && !scheme.get().isBlank()) {
            return Optional.of(scheme.get().contains("dark"));
        }
        return run("gsettings", "get", "org.gnome.desktop.interface", "gtk-theme").map(out -> out.toLowerCase(Locale.ROOT).contains("dark"));
    }

    private static Optional<String> run(String... command) {
        try {
            Process p = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
            p.getOutputStream().close();
            if (!p.waitFor(TIMEOUT_MS, TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                return Optional.empty();
            }
            try (InputStream in = p.getInputStream()) {
                String out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                return p.exitValue() == 0 ? Optional.of(out) : Optional.empty();
            }
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
