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
 */
public record AppSettings(List<Profile> profiles, String selectedProfileId, String theme, String uiLanguage, WindowBounds window) {

    public static final Set<String> THEMES = Set.of("system", "light", "dark");
    public static final Set<String> UI_LANGUAGES = Set.of("", "en", "zh-CN");

    public AppSettings {
        profiles = profiles == null ? List.of() : profiles.stream().filter(p -> !p.demo() && !Profile.DEMO_ID.equals(p.id())).toList();
        selectedProfileId = selectedProfileId == null || selectedProfileId.isBlank() ? Profile.DEMO_ID : selectedProfileId;
        theme = theme != null && THEMES.contains(theme) ? theme : "system";
        uiLanguage = uiLanguage != null && UI_LANGUAGES.contains(uiLanguage) ? uiLanguage : "";
        window = window != null && window.usable() ? window : null;
    }

    /** First run: no saved profile, the demo profile selected, theme and language follow the OS. */
    public static AppSettings defaults() {
        return new AppSettings(List.of(), Profile.DEMO_ID, "system", "", null);
    }

    public AppSettings withProfiles(List<Profile> v) {
        return new AppSettings(v, selectedProfileId, theme, uiLanguage, window);
    }

    public AppSettings withSelectedProfileId(String v) {
        return new AppSettings(profiles, v, theme, uiLanguage, window);
    }

    public AppSettings withTheme(String v) {
        return new AppSettings(profiles, selectedProfileId, v, uiLanguage, window);
    }

    public AppSettings withUiLanguage(String v) {
        return new AppSettings(profiles, selectedProfileId, theme, v, window);
    }

    public AppSettings withWindow(WindowBounds v) {
        return new AppSettings(profiles, selectedProfileId, theme, uiLanguage, v);
    }
}
