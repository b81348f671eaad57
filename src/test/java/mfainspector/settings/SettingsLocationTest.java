package mfainspector.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsLocationTest {

    @Test
    void theSystemPropertyWinsOverEverything() {
        assertThat(SettingsLocation.resolve("/opt/prop", Map.of("MFA_INSPECTOR_HOME", "/opt/env"), "Linux", "/home/u"))
                .isEqualTo(Path.of("/opt/prop"));
    }

    @Test
    void theEnvironmentVariableComesNext() {
        assertThat(SettingsLocation.resolve(null, Map.of("MFA_INSPECTOR_HOME", "/opt/env"), "Linux", "/home/u"))
                .isEqualTo(Path.of("/opt/env"));
    }

    @Test
    void linuxFollowsXdgConfigHomeElseDotConfig() {
        assertThat(SettingsLocation.resolve("", Map.of("XDG_CONFIG_HOME", "/x/cfg"), "Linux", "/home/u"))
                .isEqualTo(Path.of("/x/cfg/mfa-inspector"));
        assertThat(SettingsLocation.resolve(null, Map.of("XDG_CONFIG_HOME", "relative"), "Linux", "/home/u"))
                .isEqualTo(Path.of("/home/u/.config/mfa-inspector"));
    }

    @Test
    void macOsAndWindowsUseTheirConventions() {
        assertThat(SettingsLocation.resolve(null, Map.of(), "Mac OS X", "/Users/u"))
                .isEqualTo(Path.of("/Users/u/Library/Application Support/MFA Inspector"));
        assertThat(SettingsLocation.resolve(null, Map.of("APPDATA", "/appdata"), "Windows 11", "/home/u"))
                .isEqualTo(Path.of("/appdata/MFA Inspector"));
    }
}
