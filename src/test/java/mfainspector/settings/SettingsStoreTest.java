package mfainspector.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import mfainspector.genauth.Lang;
import mfainspector.genauth.Secret;
import mfainspector.genauth.TokenAuthMethod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {

    @TempDir
    Path tmp;

    static final Profile PROD = new Profile("p-1", "Production 生产", "https://prod.example.com", "app-1",
            TokenAuthMethod.CLIENT_SECRET_BASIC, Lang.ZH_CN, false);
    static final Profile STAGING = new Profile("p-2", "Staging = test: #1", "https://staging.example.com:8443", "app-2",
            TokenAuthMethod.NONE, Lang.EN_US, false);

    @Test
    void firstRunGivesDefaultsWithTheDemoProfileSelected() {
        LoadResult r = new SettingsStore(tmp.resolve("none")).load();

        assertThat(r.settings()).isEqualTo(AppSettings.defaults());
        assertThat(r.settings().selectedProfileId()).isEqualTo(Profile.DEMO_ID);
        assertThat(r.problem()).isEmpty();
        assertThat(r.backupOfCorruptFile()).isEmpty();
    }

    @Test
    void everyFieldSurvivesSaveAndLoadInANewStore() throws Exception {
        AppSettings saved = new AppSettings(List.of(PROD, STAGING), "p-2", "dark", "zh-CN",
                new WindowBounds(-1200.5, 40, 1024, 700.25, true), AppSettings.SECRETS_IN_FILE);

        new SettingsStore(tmp).save(saved);
        LoadResult r = new SettingsStore(tmp).load();

        assertThat(r.settings()).isEqualTo(saved);
        assertThat(r.problem()).isEmpty();
    }

    @Test
    void theDemoProfileIsNeverWrittenButItsSelectionIs() throws Exception {
        Profile demo = new Profile(Profile.DEMO_ID, "Demo tenant", "http://127.0.0.1:4711", "demo-app", null, null, true);
        new SettingsStore(tmp).save(new AppSettings(List.of(demo, PROD), Profile.DEMO_ID, "light", "en", null));

        String text = Files.readString(tmp.resolve(SettingsStore.FILE_NAME));
        AppSettings loaded = new SettingsStore(tmp).load().settings();

        assertThat(text).doesNotContain("127.0.0.1").doesNotContain("demo-app");
        assertThat(loaded.profiles()).containsExactly(PROD);
        assertThat(loaded.selectedProfileId()).isEqualTo(Profile.DEMO_ID);
    }

    @Test
    void folderIsOwnerOnly700AndFileOwnerOnly600() throws Exception {
        Path dir = tmp.resolve("a").resolve("mfa-inspector");
        new SettingsStore(dir).save(AppSettings.defaults());

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(SettingsStore.FILE_NAME))))
                .isEqualTo("rw-------");
    }

    @Test
    void anExistingWideOpenFolderIsTightenedToOwnerOnly() throws Exception {
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-xr-x"));
        new SettingsStore(tmp).save(AppSettings.defaults());

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(tmp))).isEqualTo("rwx------");
    }

    @Test
    void keysFromANewerVersionAreKeptOnSaveAndFollowTheirProfile() throws Exception {
        Files.writeString(tmp.resolve(SettingsStore.FILE_NAME), """
                format=3
                selected=p-2
                cloud.sync=on
                profile.0.id=p-1
                profile.0.name=Production
                profile.0.colour=red
                profile.1.id=p-2
                profile.1.name=Staging
                profile.1.colour=blue
                """);
        SettingsStore store = new SettingsStore(tmp);
        AppSettings loaded = store.load().settings();
        assertThat(loaded.profiles()).extracting(Profile::name).containsExactly("Production", "Staging");

        store.save(loaded.withProfiles(List.of(loaded.profiles().get(1), loaded.profiles().get(0).withName("Prod"))));
        String text = Files.readString(tmp.resolve(SettingsStore.FILE_NAME));

        assertThat(text).contains("cloud.sync=on", "profile.0.id=p-2", "profile.0.colour=blue",
                "profile.1.id=p-1", "profile.1.name=Prod", "profile.1.colour=red");
    }

    @Test
    void aValueThatDoesNotParseFallsBackToItsDefaultAlone() throws Exception {
        Files.writeString(tmp.resolve(SettingsStore.FILE_NAME), """
                format=1
                theme=purple
                uiLanguage=fr
                window.x=left
                window.y=0
                window.width=800
                window.height=600
                profile.0.id=p-1
                profile.0.name=Kept
                profile.0.host=https://kept.example.com
                profile.0.authMethod=private_key_jwt
                profile.0.lang=klingon
                profile.1.name=no id, dropped
                """);

        LoadResult r = new SettingsStore(tmp).load();

        assertThat(r.problem()).isEmpty();
        assertThat(r.settings().theme()).isEqualTo("system");
        assertThat(r.settings().uiLanguage()).isEmpty();
        assertThat(r.settings().window()).isNull();
        assertThat(r.settings().profiles()).containsExactly(new Profile("p-1", "Kept", "https://kept.example.com", "",
                TokenAuthMethod.CLIENT_SECRET_POST, Lang.EN_US, false));
    }

    @Test
    void noSecretEverReachesTheSettingsFile() throws Exception {
        Secret appSecret = Secret.of("s3cr3t-" + System.nanoTime());
        new OwnerOnlyFileSecretStore(tmp).write(PROD.appSecretKey(), appSecret);
        new SettingsStore(tmp).save(new AppSettings(List.of(PROD), PROD.id(), "system", "", null));

        byte[] file = Files.readAllBytes(tmp.resolve(SettingsStore.FILE_NAME));

        assertThat(new String(file, StandardCharsets.UTF_8)).contains("prod.example.com").doesNotContain(appSecret.reveal());
        assertThat(new String(file, StandardCharsets.ISO_8859_1)).doesNotContain(appSecret.reveal());
    }

    @Test
    void theStoreThatLoadedSavesAnEditOfALoadedProfileWithoutAConflict() throws Exception {
        new SettingsStore(tmp).save(new AppSettings(List.of(PROD, STAGING), PROD.id(), "system", "", null));
        SettingsStore store = new SettingsStore(tmp);
        AppSettings loaded = store.load().settings();

        store.save(loaded.withProfiles(List.of(PROD.withHost("https://edited.example.com"), STAGING)));
        store.save(loaded.withProfiles(List.of(PROD.withHost("https://edited.example.com"))).withSelectedProfileId(PROD.id()));

        assertThat(new SettingsStore(tmp).load().settings().profiles()).containsExactly(PROD.withHost("https://edited.example.com"));
    }

    @Test
    void aStoreThatNeverLoadedWritesItsEditOfAProfileOnDiskAndKeepsTheProfilesItDoesNotName() throws Exception {
        new SettingsStore(tmp).save(new AppSettings(List.of(PROD, STAGING), PROD.id(), "dark", "", null));

        AppSettings written = new SettingsStore(tmp).save(new AppSettings(List.of(PROD.withName("Renamed")), PROD.id(), "light", "", null));

        assertThat(written.profiles()).containsExactlyInAnyOrder(PROD.withName("Renamed"), STAGING);
        assertThat(written.theme()).isEqualTo("light");
        assertThat(new SettingsStore(tmp).load().settings()).isEqualTo(written);
    }
}
