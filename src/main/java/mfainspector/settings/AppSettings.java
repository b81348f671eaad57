package mfainspector.settings;

import java.util.List;
import java.util.Set;

/**
 * The plain settings of the app, as saved in the settings file. {@code profiles} holds the user's
 * own profiles only: the demo profile ({@link Profile#DEMO_ID}) is made by the app at every start
 * and never stored, so its host (a fresh loopback port each run) and credentials never reach the
 * file. {@code selectedProfileId} may name the demo profile. No field ever holds a secret.
 *
 * @param theme      {@code system}, {@code light} or {@code dark}
 * @param uiLanguage {@code ""} to follow the operating system, {@code en} or {@code zh-CN}
 * @param window     the last window bounds, or {@code null} when unknown
 * @param secretFallback where app secrets go when the OS has no secret store: {@code session}
 *                   (memory only) or {@code file} (the owner-only file); the name of the choice, never a secret
 * @param sideWidth  the width the side column was dragged to, in pixels, or 0 for its default
 * @param coverageRate the coverage report's requests per second as last chosen (1 to 200), or 0 for its default
 */
public record AppSettings(List<Profile> profiles, String selectedProfileId, String theme, String uiLanguage, WindowBounds window,
                          String secretFallback, double sideWidth, int coverageRate) {

    /** The most requests per second a coverage scan may be set to (as {@code report --rate}). */
    public static final int MAX_COVERAGE_RATE = 200;

    public static final Set<String> THEMES = Set.of("system", "light", "dark");
    public static final Set<String> UI_LANGUAGES = Set.of("", "en", "zh-CN");
    public static final String SECRETS_IN_SESSION = "session";
    public static final String SECRETS_IN_FILE = "file";

    public AppSettings {
        profiles = profiles == null ? List.of() : profiles.stream().filter(p -> !p.demo() && !Profile.DEMO_ID.equals(p.id())).toList();
        selectedProfileId = selectedProfileId == null || selectedProfileId.isBlank() ? Profile.DEMO_ID : selectedProfileId;
        theme = theme != null && THEMES.contains(theme) ? theme : "system";
        uiLanguage = uiLanguage != null && UI_LANGUAGES.contains(uiLanguage) ? uiLanguage : "";
        window = window != null && window.usable() ? window : null;
        secretFallback = SECRETS_IN_FILE.equals(secretFallback) ? SECRETS_IN_FILE : SECRETS_IN_SESSION;
        sideWidth = Double.isFinite(sideWidth) && sideWidth > 0 && sideWidth < 10_000 ? sideWidth : 0;
        coverageRate = coverageRate >= 1 && coverageRate <= MAX_COVERAGE_RATE ? coverageRate : 0;
    }

    /** Settings with the coverage report's rate at its default. */
    public AppSettings(List<Profile> profiles, String selectedProfileId, String theme, String uiLanguage, WindowBounds window,
                       String secretFallback, double sideWidth) {
        this(profiles, selectedProfileId, theme, uiLanguage, window, secretFallback, sideWidth, 0);
    }

    /** Settings with the side column at its default width. */
    public AppSettings(List<Profile> profiles, String selectedProfileId, String theme, String uiLanguage, WindowBounds window,
                       String secretFallback) {
        this(profiles, selectedProfileId, theme, uiLanguage, window, secretFallback, 0);
    }

    /** Settings with secrets kept for the session only where the OS has no secret store. */
    public AppSettings(List<Profile> profiles, String selectedProfileId, String theme, String uiLanguage, WindowBounds window) {
        this(profiles, selectedProfileId, theme, uiLanguage, window, SECRETS_IN_SESSION);
    }

    /** First run: no saved profile, the demo profile selected, theme and language follow the OS. */
    public static AppSettings defaults() {
        return new AppSettings(List.of(), Profile.DEMO_ID, "system", "", null);
    }

    public AppSettings withProfiles(List<Profile> v) {
        return new AppSettings(v, selectedProfileId, theme, uiLanguage, window, secretFallback, sideWidth, coverageRate);
    }

    public AppSettings withSelectedProfileId(String v) {
        return new AppSettings(profiles, v, theme, uiLanguage, window, secretFallback, sideWidth, coverageRate);
    }

    public AppSettings withTheme(String v) {
        return new AppSettings(profiles, selectedProfileId, v, uiLanguage, window, secretFallback, sideWidth, coverageRate);
    }

    public AppSettings withUiLanguage(String v) {
        return new AppSettings(profiles, selectedProfileId, theme, v, window, secretFallback, sideWidth, coverageRate);
    }

    public AppSettings withWindow(WindowBounds v) {
        return new AppSettings(profiles, selectedProfileId, theme, uiLanguage, v, secretFallback, sideWidth, coverageRate);
    }

    /** {@link #SECRETS_IN_SESSION} or {@link #SECRETS_IN_FILE}. */
    public AppSettings withSecretFallback(String v) {
        return new AppSettings(profiles, selectedProfileId, theme, uiLanguage, window, v, sideWidth, coverageRate);
    }

    /** The coverage report's requests per second (1 to 200); 0 for its default. */
    public AppSettings withCoverageRate(int v) {
        return new AppSettings(profiles, selectedProfileId, theme, uiLanguage, window, secretFallback, sideWidth, v);
    }

    /** The side column's width in pixels; 0 for its default. */
    public AppSettings withSideWidth(double v) {
        return new AppSettings(profiles, selectedProfileId, theme, uiLanguage, window, secretFallback, v, coverageRate);
    }
}
