package mfainspector.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import mfainspector.settings.windows.MemoryCredentialManager;
import mfainspector.settings.windows.WindowsCredentialStore;
import org.junit.jupiter.api.Test;

/**
 * Which OS store detection offers for Windows, with the system's name given: Credential
 * Manager only on Windows and only when its probe works. Needs no secret store of this system,
 * so it runs on all three (SecretStoresTest needs a real Secret Service and is Linux-only).
 */
class SecretStoresWindowsChoiceTest {

    @Test
    void onWindowsDetectChoosesCredentialManagerWhenItsProbeWorks() throws Exception {
        MemoryCredentialManager credentials = new MemoryCredentialManager();

        Optional<SecretStore> found = SecretStores.detect("Windows 11", Map.of(), Duration.ofSeconds(2),
                () -> new WindowsCredentialStore(credentials));

        assertThat(found).hasValueSatisfying(s -> {
            assertThat(s).isInstanceOf(WindowsCredentialStore.class);
            assertThat(s.kind()).isEqualTo(SecretStore.Kind.OS_KEYRING);
            assertThat(s.displayName()).isEqualTo("Windows Credential Manager");
        });
        assertThat(credentials.calls).isNotEmpty().allSatisfy(c -> assertThat(c).contains(" mfa-inspector:probe."));
        assertThat(credentials.credentials).as("the probe leaves nothing behind").isEmpty();
    }

    @Test
    void onWindowsACredentialManagerThatRefusesLeavesTheChoiceToTheUser() {
        Optional<SecretStore> found = SecretStores.detect("Windows 10", Map.of(), Duration.ofSeconds(2),
                () -> new WindowsCredentialStore(new MemoryCredentialManager() {
                    @Override
                    public void write(String target, byte[] blob) throws SecretStoreException {
                        throw new SecretStoreException("this sign-in has no credential store (error 1312)");
                    }
                }));

        assertThat(found).isEmpty();
    }

    @Test
    void withoutJnaOrAdvapi32TheWindowsStoreIsNotOfferedAndNothingFails() {
        // This system has no Advapi32: loading the real Credential Manager fails with a LinkageError.
        assertThat(SecretStores.detect("Windows 11", Map.of(), Duration.ofSeconds(2))).isEmpty();
    }

    @Test
    void credentialManagerIsNeverTriedOnOtherSystems() {
        for (String os : new String[] {"Linux", "Mac OS X", "FreeBSD"}) {
            SecretStores.detect(os, Map.of(), Duration.ofSeconds(2), () -> {
                throw new AssertionError("Credential Manager tried on " + os);
            });
        }
    }
}
