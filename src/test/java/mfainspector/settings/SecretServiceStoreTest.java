package mfainspector.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import mfainspector.genauth.Secret;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Against a real GNOME Keyring on a private D-Bus session bus. */
class SecretServiceStoreTest {

    @RegisterExtension
    static final RealSecretService KEYRING = new RealSecretService();

    private static SecretServiceStore store() {
        return new SecretServiceStore(KEYRING.environment(), Duration.ofSeconds(10));
    }

    private static String key() {
        return "profile." + UUID.randomUUID() + ".app-secret";
    }

    @Test
    void writesReadsOverwritesAndDeletes() throws Exception {
        SecretServiceStore store = store();
        String key = key();

        store.write(key, Secret.of("first value"));
        assertThat(store.read(key)).contains(Secret.of("first value"));
        store.write(key, Secret.of("second value"));
        assertThat(store.read(key)).contains(Secret.of("second value"));
        store.delete(key);
        assertThat(store.read(key)).isEmpty();
    }

    @Test
    void keepsALongUnicodeSecretExactlyIncludingItsTrailingNewline() throws Exception {
        StringBuilder sb = new StringBuilder();
        while (sb.length() < 9_990) {
            sb.append("密钥-ключ-🔑 \"quoted\" $HOME `x`\n");
        }
        sb.setLength(9_990); // 333 whole units of 30 chars: no surrogate pair is cut
        String value = sb + "é".repeat(9) + "\n";
        assertThat(value).hasSize(10_000);
        String key = key();

        store().write(key, Secret.of(value));

        assertThat(store().read(key).map(Secret::reveal)).contains(value);
    }

    @Test
    void aShortValueOverALongOneLeavesNoPartOfTheLongOneBehind() throws Exception {
        String key = key();
        store().write(key, Secret.of("L".repeat(9_000)));

        store().write(key, Secret.of("short"));

        assertThat(store().read(key)).contains(Secret.of("short"));
    }

    @Test
    void readingAMissingKeyGivesEmpty() throws Exception {
        assertThat(store().read(key())).isEmpty();
    }

    @Test
    void deletingAMissingKeyIsNotAnError() throws Exception {
        String key = key();
        store().delete(key);
        assertThat(store().read(key)).isEmpty();
    }

    @Test
    void aSecretSurvivesIntoANewStoreInstanceAsAfterARestart() throws Exception {
        String key = key();
        store().write(key, Secret.of("kept across restarts"));

        assertThat(new SecretServiceStore(KEYRING.environment(), Duration.ofSeconds(10)).read(key))
                .contains(Secret.of("kept across restarts"));
    }

    @Test
    void theSecretIsNeverInTheCommandLine() throws Exception {
        String secret = "never-in-argv-" + UUID.randomUUID();
        SecretServiceStore store = store();
        String key = key();
        List<String> storeArgs = List.of("store", "--label=MFA Inspector: " + key, "application", "mfa-inspector", "key", key, "part", "0");

        store.write(key, Secret.of(secret));

        assertThat(store.commandLine(storeArgs)).noneMatch(arg -> arg.contains(secret));
        assertThat(store.read(key)).contains(Secret.of(secret));
    }

    @Test
    void aKeyringThatCannotBeReachedGivesAClearMessageWithoutTheSecret() {
        Map<String, String> env = new java.util.HashMap<>(KEYRING.environment());
        env.put("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus");
        SecretServiceStore unreachable = new SecretServiceStore(env, Duration.ofSeconds(5));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> unreachable.write(key(), Secret.of("hidden-value-123")))
                .isInstanceOf(SecretStoreException.class)
                .hasMessageStartingWith("The system keyring could not save the secret")
                .hasMessageNotContaining("hidden-value-123");
    }
}
