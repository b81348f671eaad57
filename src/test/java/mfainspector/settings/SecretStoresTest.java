package mfainspector.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import mfainspector.settings.windows.MemoryCredentialManager;
import mfainspector.settings.windows.WindowsCredentialStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class SecretStoresTest {

    @RegisterExtension
    static final RealSecretService KEYRING = new RealSecretService();

    @TempDir
    Path tmp;

    private static Map<String, String> withBus(String address) {
        Map<String, String> env = new HashMap<>(KEYRING.environment());
        env.put("DBUS_SESSION_BUS_ADDRESS", address);
        return env;
    }

    @Test
    void detectFindsARunningSecretServiceOnLinux() {
        Optional<SecretStore> found = SecretStores.detect("Linux", KEYRING.environment(), Duration.ofSeconds(10));

        assertThat(found).hasValueSatisfying(s -> {
            assertThat(s).isInstanceOf(SecretServiceStore.class);
            assertThat(s.kind()).isEqualTo(SecretStore.Kind.OS_KEYRING);
        });
    }

    @Test
    void detectGivesEmptyQuicklyWhenTheBusAddressPointsNowhere() {
        long start = System.nanoTime();

        Optional<SecretStore> found = SecretStores.detect("Linux", withBus("unix:path=" + tmp.resolve("no-bus")), Duration.ofSeconds(3));

        assertThat(found).isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void detectGivesUpWithinItsLimitWhenTheBusNeverAnswers() throws Exception {
        Path socket = tmp.resolve("silent-bus");
        try (ServerSocketChannel silent = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            silent.bind(UnixDomainSocketAddress.of(socket)); // accepts connections, never says a word
            long start = System.nanoTime();

            Optional<SecretStore> found = SecretStores.detect("Linux", withBus("unix:path=" + socket), Duration.ofSeconds(2));

            assertThat(found).isEmpty();
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
        }
    }

    @Test
    void detectAnswersAtOnceWithoutAnySessionBus() {
        Map<String, String> env = new HashMap<>(KEYRING.environment());
        env.remove("DBUS_SESSION_BUS_ADDRESS");
        env.put("XDG_RUNTIME_DIR", tmp.toString()); // no "bus" socket in it
        long start = System.nanoTime();

        Optional<SecretStore> found = SecretStores.detect("Linux", env, Duration.ofSeconds(10));

        assertThat(found).isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(200));
    }

    @Test
    void aBusSocketInTheRuntimeFolderCountsAsASessionBus() throws Exception {
        Map<String, String> env = new HashMap<>();
        env.put("XDG_RUNTIME_DIR", tmp.toString());
        assertThat(SecretStores.hasSessionBus(env)).isFalse();

        Files.createFile(tmp.resolve("bus"));

        assertThat(SecretStores.hasSessionBus(env)).isTrue();
        assertThat(SecretStores.hasSessionBus(Map.of("DBUS_SESSION_BUS_ADDRESS", "unix:path=/x"))).isTrue();
        assertThat(SecretStores.hasSessionBus(Map.of())).isFalse();
    }

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
