package mfainspector.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import mfainspector.genauth.Secret;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * The Keychain store against the real login Keychain. Runs only on macOS: the build leaves
 * {@code *OnMacTest} classes out elsewhere (pom.xml, tests.other.os.*), so no other system
 * reports it as skipped.
 */
@EnabledOnOs(OS.MAC)
class MacKeychainStoreOnMacTest {

    private final MacKeychainStore store = new MacKeychainStore(System.getenv(), Duration.ofSeconds(20));
    private final String key = "test." + UUID.randomUUID();

    @AfterEach
    void removeWhatTheTestWrote() throws Exception {
        store.delete(key);
    }

    @Test
    void writeReadOverwriteAndDeleteAgainstTheKeychain() throws Exception {
        store.write(key, Secret.of("first \"quoted\" \u00e9 \u5bc6"));
        assertThat(store.read(key)).contains(Secret.of("first \"quoted\" \u00e9 \u5bc6"));

        store.write(key, Secret.of("second"));
        assertThat(store.read(key)).contains(Secret.of("second"));

        store.delete(key);
        assertThat(store.read(key)).isEmpty();
        store.delete(key); // nothing there: quiet
    }

    @Test
    void detectChoosesTheKeychain() {
        assertThat(SecretStores.detect(Path.of("unused"))).containsInstanceOf(MacKeychainStore.class);
    }
}
