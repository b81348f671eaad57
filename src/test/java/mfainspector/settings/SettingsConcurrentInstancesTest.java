package mfainspector.settings;

import static mfainspector.settings.SettingsStoreTest.PROD;
import static mfainspector.settings.SettingsStoreTest.STAGING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import mfainspector.genauth.Lang;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two app instances (two stores on one folder) that both loaded the same settings, then both save. */
class SettingsConcurrentInstancesTest {

    @TempDir
    Path tmp;

    SettingsStore first;
    SettingsStore second;
    AppSettings start;

    @BeforeEach
    void bothInstancesLoadTheSameSettings() throws Exception {
        start = new AppSettings(List.of(PROD, STAGING), PROD.id(), "system", "", null);
        new SettingsStore(tmp).save(start);
        first = new SettingsStore(tmp);
        second = new SettingsStore(tmp);
        first.load();
        second.load();
    }

    private static AppSettings adding(AppSettings s, Profile p) {
        List<Profile> list = new ArrayList<>(s.profiles());
        list.add(p);
        return s.withProfiles(list);
    }

    private AppSettings onDisk() {
        return new SettingsStore(tmp).load().settings();
    }

    @Test
    void profilesAddedByEachInstanceBothSurvive() throws Exception {
        Profile a = Profile.blank("Added by first", Lang.EN_US);
        Profile b = Profile.blank("Added by second", Lang.ZH_CN);

        first.save(adding(start, a));
        AppSettings returned = second.save(adding(start, b));

        assertThat(onDisk().profiles()).containsExactly(PROD, STAGING, b, a);
        assertThat(returned).isEqualTo(onDisk());
    }

    @Test
    void differentProfilesChangedByEachInstanceBothKeepTheirChange() throws Exception {
        first.save(start.withProfiles(List.of(PROD.withName("Prod by first"), STAGING)));
        second.save(start.withProfiles(List.of(PROD, STAGING.withHost("https://new-staging.example.com"))).withTheme("dark"));

        assertThat(onDisk().profiles()).containsExactly(PROD.withName("Prod by first"),
                STAGING.withHost("https://new-staging.example.com"));
        assertThat(onDisk().theme()).isEqualTo("dark");
    }

    @Test
    void aDeletionByTheOtherInstanceIsHonoured() throws Exception {
        first.save(start.withProfiles(List.of(PROD)));
        second.save(start.withUiLanguage("zh-CN"));

        assertThat(onDisk().profiles()).containsExactly(PROD);
        assertThat(onDisk().uiLanguage()).isEqualTo("zh-CN");
    }

    @Test
    void theSameProfileChangedDifferentlyByBothIsRefusedWithAClearMessage() throws Exception {
        first.save(start.withProfiles(List.of(PROD.withName("Name from first"), STAGING)));

        assertThatThrownBy(() -> second.save(start.withProfiles(List.of(PROD.withName("Name from second"), STAGING))))
                .isInstanceOf(SettingsException.class)
                .hasMessageContaining("Another MFA Inspector window changed the profile \"Name from second\"");
        assertThat(onDisk().profiles()).containsExactly(PROD.withName("Name from first"), STAGING);
    }

    @Test
    void successiveSavesOfOneInstanceDoNotMergeWithThemselves() throws Exception {
        first.save(start.withProfiles(List.of(PROD)));
        first.save(start.withProfiles(List.of(PROD, STAGING.withName("Back again"))));

        assertThat(onDisk().profiles()).containsExactly(PROD, STAGING.withName("Back again"));
    }
}
