package mfainspector.settings;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where the settings folder is: an explicit override first, then the operating system's convention. */
public final class SettingsLocation {

    public static final String HOME_PROPERTY = "mfainspector.home";
    public static final String HOME_ENV = "MFA_INSPECTOR_HOME";

    private SettingsLocation() {
    }

    /**
     * The system property {@code mfainspector.home}, then the environment variable
     * {@code MFA_INSPECTOR_HOME}, else {@code $XDG_CONFIG_HOME/mfa-inspector} (or
     * {@code ~/.config/mfa-inspector}) on Linux, {@code ~/Library/Application Support/MFA Inspector}
     * on macOS and {@code %APPDATA%\MFA Inspector} on Windows. Nothing is created here.
     */
    public static Path defaultDir() {
        return defaultDir(System.getenv());
    }

    /** {@link #defaultDir()} with the given environment instead of the process's (a headless command's own). */
    public static Path defaultDir(Map<String, String> env) {
        return resolve(System.getProperty(HOME_PROPERTY), env, System.getProperty("os.name", ""),
                System.getProperty("user.home", "."));
    }

    static Path resolve(String homeProperty, Map<String, String> env, String osName, String userHome) {
        if (present(homeProperty)) {
            return Path.of(homeProperty.strip());
        }
        if (present(env.get(HOME_ENV))) {
            return Path.of(env.get(HOME_ENV).strip());
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = present(appData) ? Path.of(appData) : Path.of(userHome, "AppData", "Roaming");
            return base.resolve("MFA Inspector");
        }
        if (os.startsWith("mac")) {
            return Path.of(userHome, "Library", "Application Support", "MFA Inspector");
        }
        String xdg = env.get("XDG_CONFIG_HOME");
        // The XDG spec says a relative XDG_CONFIG_HOME is invalid and must be ignored.
        Path base = present(xdg) && Path.of(xdg).isAbsolute() ? Path.of(xdg) : Path.of(userHome, ".config");
        return base.resolve("mfa-inspector");
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
