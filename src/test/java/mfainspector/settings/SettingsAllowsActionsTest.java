package mfainspector.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import mfainspector.genauth.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The profile setting that allows the helpdesk actions: off by default, stored as profile.N.allowsActions. */
class SettingsAllowsActionsTest {

    @TempDir
    Path tmp;

    @Test
    void offByDefaultOffForAFileFromBeforeAndKeptOnceTurnedOn() throws Exception {
        assertThat(Profile.blank("x", Lang.EN_US).allowsActions()).isFalse();
        Files.writeString(tmp.resolve(SettingsStore.FILE_NAME), """
                format=1
                selected=p-1
                profile.0.id=p-1
                profile.0.name=Old
                profile.0.host=https://old.example.com
                profile.0.appId=app-old
                profile.0.callerOtp=true
                """, StandardCharsets.UTF_8);
        SettingsStore store = new SettingsStore(tmp);
        Profile old = store.load().settings().profiles().get(0);
        assertThat(old.allowsActions()).isFalse();
        assertThat(old.callerOtp()).isTrue();

        store.save(AppSettings.defaults().withProfiles(List.of(old.withAllowsActions(true))));

        assertThat(Files.readString(tmp.resolve(SettingsStore.FILE_NAME), StandardCharsets.UTF_8))
                .contains("profile.0.allowsActions=true");
        Profile loaded = new SettingsStore(tmp).load().settings().profiles().get(0);
        assertThat(loaded.allowsActions()).isTrue();
        assertThat(loaded.callerOtp()).isTrue();
        assertThat(loaded.withName("Renamed").allowsActions()).as("kept by every with-method").isTrue();
    }
}
