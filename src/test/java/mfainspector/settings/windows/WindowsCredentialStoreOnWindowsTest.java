package mfainspector.settings.windows;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import mfainspector.genauth.Secret;
import mfainspector.settings.SecretStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * The store against the real Credential Manager. Runs only on Windows: the build leaves
 * {@code *OnWindowsTest} classes out elsewhere (pom.xml, tests.other.os.*), so no other system
 * reports it as skipped.
 */
@EnabledOnOs(OS.WINDOWS)
class WindowsCredentialStoreOnWindowsTest {

    private final WindowsCredentialStore store = WindowsCredentialStore.onThisMachine();
    private final String key = "test." + UUID.randomUUID();

    @AfterEach
    void removeWhatTheTestWrote() throws Exception {
        store.delete(key);
    }

    @Test
    void writeReadOverwriteAndDeleteAgainstCredentialManager() throws Exception {
        store.write(key, Secret.of("first-\u00e9-\u5bc6"));
        assertThat(store.read(key)).contains(Secret.of("first-\u00e9-\u5bc6"));

        store.write(key, Secret.of("second"));
        assertThat(store.read(key)).contains(Secret.of("second"));

        store.delete(key);
        assertThat(store.read(key)).isEmpty();
        store.delete(key); // nothing there: quiet
    }

    @Test
    void aSecretOverTheBlobLimitIsKeptInPartsAndAShorterOneRemovesThem() throws Exception {
        String big = "\u5bc6".repeat(2_000) + "x".repeat(1_000);
        store.write(key, Secret.of(big));
        assertThat(store.read(key)).contains(Secret.of(big));

        store.write(key, Secret.of("short"));
        NativeCredentialManager manager = new NativeCredentialManager();
        assertThat(manager.read(WindowsCredentialStore.target(key, 1))).isEmpty();
        assertThat(store.read(key)).contains(Secret.of("short"));
    }

    @Test
    void detectChoosesCredentialManager() {
        assertThat(SecretStores.detect(Path.of("unused")))
                .containsInstanceOf(WindowsCredentialStore.class);
    }
}
