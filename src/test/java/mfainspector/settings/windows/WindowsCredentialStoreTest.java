package mfainspector.settings.windows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import mfainspector.genauth.Secret;
import mfainspector.settings.SecretStore;
import mfainspector.settings.SecretStoreException;
import org.junit.jupiter.api.Test;

/**
 * The Credential Manager store's own rules (target names, parts, limits, wiping) over an
 * in-memory Credential Manager, which this system does not have; the same store against the
 * real one is {@code WindowsCredentialStoreOnWindowsTest}.
 */
class WindowsCredentialStoreTest {

    private final MemoryCredentialManager manager = new MemoryCredentialManager();
    private final WindowsCredentialStore store = new WindowsCredentialStore(manager);

    @Test
    void itIsTheOsKeyringNamedForTheWindow() {
        assertThat(store.kind()).isEqualTo(SecretStore.Kind.OS_KEYRING);
        assertThat(store.displayName()).isEqualTo("Windows Credential Manager");
    }

    @Test
    void aSecretIsOneGenericCredentialUnderThePrefixHoldingItsUtf8Bytes() throws Exception {
        store.write("app-secret.Prod", Secret.of("s3cr\u00e9t-\u5bc6"));

        assertThat(manager.credentials).containsOnlyKeys("mfa-inspector:app-secret.Prod");
        assertThat(manager.credentials.get("mfa-inspector:app-secret.Prod"))
                .isEqualTo("s3cr\u00e9t-\u5bc6".getBytes(StandardCharsets.UTF_8));
        assertThat(store.read("app-secret.Prod")).contains(Secret.of("s3cr\u00e9t-\u5bc6"));
        assertThat(store.read("app-secret.Other")).isEmpty();
    }

    @Test
    void percentAndHashInAKeyAreEscapedSoNoKeyNamesAnotherKeysPart() throws Exception {
        assertThat(WindowsCredentialStore.target("a#1", 0)).isEqualTo("mfa-inspector:a%231");
        assertThat(WindowsCredentialStore.target("a", 1)).isEqualTo("mfa-inspector:a#1");
        assertThat(WindowsCredentialStore.target("50%", 2)).isEqualTo("mfa-inspector:50%25#2");

        store.write("a#1", Secret.of("key with a hash"));
        store.write("a", Secret.of("plain key"));
        store.delete("a");

        assertThat(store.read("a#1")).contains(Secret.of("key with a hash"));
        assertThat(store.read("a")).isEmpty();
    }

    @Test
    void aSecretOverTheBlobLimitIsKeptInPartsAndReadBackWhole() throws Exception {
        // 3-byte characters, and a 4-byte one across the first part's end: parts split bytes, not characters
        String value = "\u5bc6".repeat(853) + "\ud83d\udd11" + "x".repeat(3_000);

        store.write("big", Secret.of(value));

        assertThat(manager.credentials).containsOnlyKeys("mfa-inspector:big", "mfa-inspector:big#1", "mfa-inspector:big#2");
        assertThat(manager.credentials.values()).allSatisfy(b -> assertThat(b.length).isLessThanOrEqualTo(2_560));
        assertThat(manager.credentials.get("mfa-inspector:big")).hasSize(2_560);
        assertThat(store.read("big")).contains(Secret.of(value));
    }

    @Test
    void aShorterSecretRemovesThePartsOfTheLongerOneBefore() throws Exception {
        store.write("k", Secret.of("x".repeat(6_000)));
        assertThat(manager.credentials).hasSize(3);

        store.write("k", Secret.of("short"));

        assertThat(manager.credentials).containsOnlyKeys("mfa-inspector:k");
        assertThat(store.read("k")).contains(Secret.of("short"));
    }

    @Test
    void deleteRemovesEveryPartAndIsQuietWhenNothingIsThere() throws Exception {
        store.write("k", Secret.of("y".repeat(5_121)));
        store.write("other", Secret.of("stays"));

        store.delete("k");
        store.delete("never-written");

        assertThat(manager.credentials).containsOnlyKeys("mfa-inspector:other");
    }

    @Test
    void anEmptySecretIsOneEmptyBlobAndReadsBackEmpty() throws Exception {
        store.write("empty", Secret.empty());

        assertThat(manager.credentials.get("mfa-inspector:empty")).isEmpty();
        assertThat(store.read("empty")).contains(Secret.empty());
    }

    @Test
    void everyArrayThatHeldTheSecretIsWipedAfterWritesAndReads() throws Exception {
        store.write("k", Secret.of("z".repeat(7_000)));
        store.read("k");
        store.write("k", Secret.of("w"));
        store.read("k");

        assertThat(manager.handedOver).hasSizeGreaterThan(5);
        assertThat(manager.everyArrayWiped()).isTrue();
    }

    @Test
    void aKeyTooLongForATargetNameIsRefusedWithWhatToDoAndNothingIsWritten() {
        String key = "k".repeat(CredentialManager.MAX_TARGET_CHARS);

        assertThatThrownBy(() -> store.write(key, Secret.of("hidden-value")))
                .isInstanceOf(SecretStoreException.class)
                .hasMessageContaining("too long for Windows Credential Manager")
                .hasMessageContaining("Use a shorter profile name")
                .hasMessageNotContaining("hidden-value");
        assertThat(manager.credentials).isEmpty();
        assertThat(manager.calls).isEmpty();
    }

    @Test
    void aBlobThatIsNotUtf8IsReportedWithoutItsContent() {
        manager.credentials.put("mfa-inspector:k", new byte[] {(byte) 0xC3, 0x28, 0x41});

        assertThatThrownBy(() -> store.read("k"))
                .isInstanceOf(SecretStoreException.class)
                .hasMessageContaining("Enter the secret again");
        assertThat(manager.everyArrayWiped()).isTrue();
    }
}
