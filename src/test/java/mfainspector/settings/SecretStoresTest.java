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
}
