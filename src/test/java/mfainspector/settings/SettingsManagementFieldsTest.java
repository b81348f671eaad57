package mfainspector.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import mfainspector.genauth.Lang;
import mfainspector.genauth.TokenAuthMethod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The management fields of a profile (helpdesk look-up) in the settings file. */
class SettingsManagementFieldsTest {

    @TempDir
    Path tmp;

    @Test
    void managementHostAndUserPoolIdSurviveSaveAndLoad() throws Exception {
        Profile p = new Profile("p-1", "Prod", "https://prod.example.com", "app-1", TokenAuthMethod.CLIENT_SECRET_POST,
                Lang.EN_US, false, "https://core.authing.cn", "pool-42");
        new SettingsStore(tmp).save(AppSettings.defaults().withProfiles(List.of(p)));

        Profile loaded = new SettingsStore(tmp).load().settings().profiles().get(0);

        assertThat(loaded).isEqualTo(p);
        assertThat(loaded.mgmtHost()).isEqualTo("https://core.authing.cn");
        assertThat(loaded.userPoolId()).isEqualTo("pool-42");
    }

    @Test
    void aFileFromBeforeTheLookupLoadsWithTheDefaultHostAndNoPoolId() throws Exception {
        Files.writeString(tmp.resolve(SettingsStore.FILE_NAME), """
                format=1
                selected=p-1
                profile.0.id=p-1
                profile.0.name=Old
                profile.0.host=https://old.example.com
                profile.0.appId=app-old
                profile.0.authMethod=client_secret_post
                profile.0.lang=en-US
                """, StandardCharsets.UTF_8);

        LoadResult r = new SettingsStore(tmp).load();

        assertThat(r.problem()).isEmpty();
        Profile p = r.settings().profiles().get(0);
        assertThat(p.appId()).isEqualTo("app-old");
        assertThat(p.mgmtHost()).isEqualTo(Profile.DEFAULT_MGMT_HOST);
        assertThat(p.userPoolId()).isEmpty();
    }

    @Test
    void theProfileKeepsAppAndPoolSecretsUnderDifferentKeys() {
        Profile p = Profile.blank("x", Lang.EN_US);

        assertThat(p.poolSecretKey()).startsWith("profile." + p.id()).isNotEqualTo(p.appSecretKey());
    }

    @Test
    void callerVerificationByCodeIsOffByDefaultSurvivesSaveAndLoadAndUnknownKeysStay() throws Exception {
        assertThat(Profile.blank("x", Lang.EN_US).callerOtp()).isFalse();
        Files.writeString(tmp.resolve(SettingsStore.FILE_NAME), """
                format=1
                selected=p-1
                profile.0.id=p-1
                profile.0.name=Old
                profile.0.host=https://old.example.com
                profile.0.appId=app-old
                profile.0.futureField=kept
                """, StandardCharsets.UTF_8);
        SettingsStore store = new SettingsStore(tmp);
        Profile old = store.load().settings().profiles().get(0);
        assertThat(old.callerOtp()).as("a file from before the setting").isFalse();

        store.save(AppSettings.defaults().withProfiles(List.of(old.withCallerOtp(true))));
        String text = Files.readString(tmp.resolve(SettingsStore.FILE_NAME), StandardCharsets.UTF_8);
        assertThat(text).contains("profile.0.callerOtp=true").contains("profile.0.futureField=kept");
        Profile loaded = new SettingsStore(tmp).load().settings().profiles().get(0);
        assertThat(loaded.callerOtp()).isTrue();
        assertThat(loaded.withCallerOtp(false).callerOtp()).isFalse();
    }
}
