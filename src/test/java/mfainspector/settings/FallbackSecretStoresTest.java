package mfainspector.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import mfainspector.genauth.Secret;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FallbackSecretStoresTest {

    @TempDir
    Path tmp;

    @Test
    void fileStoreRoundTripsThroughANewInstanceAndDeletes() throws Exception {
        String value = "app secret 密钥 = #!\n" + "x".repeat(10_000);
        new OwnerOnlyFileSecretStore(tmp).write("profile.p-1.app-secret", Secret.of(value));
        new OwnerOnlyFileSecretStore(tmp).write("profile.p-2.app-secret", Secret.of("other"));

        OwnerOnlyFileSecretStore again = new OwnerOnlyFileSecretStore(tmp);
        assertThat(again.read("profile.p-1.app-secret")).contains(Secret.of(value));
        again.delete("profile.p-1.app-secret");

        assertThat(again.read("profile.p-1.app-secret")).isEmpty();
        assertThat(again.read("profile.p-2.app-secret")).contains(Secret.of("other"));
    }

    @Test
    void fileStoreIsOwnerOnlyAndNotPlainText() throws Exception {
        Path dir = tmp.resolve("settings");
        OwnerOnlyFileSecretStore store = new OwnerOnlyFileSecretStore(dir);
        store.write("k", Secret.of("visible-at-a-glance"));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store.file()))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir))).isEqualTo("rwx------");
        assertThat(Files.readString(store.file(), StandardCharsets.UTF_8)).doesNotContain("visible-at-a-glance");
        assertThat(store.displayName()).contains("not encrypted");
    }

    @Test
    void fileStoreLeavesNoTemporaryFileBehind() throws Exception {
        OwnerOnlyFileSecretStore store = new OwnerOnlyFileSecretStore(tmp);
        store.write("a", Secret.of("1"));
        store.write("b", Secret.of("2"));

        try (Stream<Path> files = Files.list(tmp)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> !n.endsWith(".lock")))
                    .containsExactly(OwnerOnlyFileSecretStore.FILE_NAME);
        }
    }

    @Test
    void sessionStoreKeepsSecretsInMemoryForItsOwnLifetimeOnly() {
        SessionSecretStore store = new SessionSecretStore();
        store.write("k", Secret.of("v"));

        assertThat(store.read("k")).contains(Secret.of("v"));
        assertThat(new SessionSecretStore().read("k")).isEmpty();
        store.delete("k");
        assertThat(store.read("k")).isEmpty();
        assertThat(List.of(store.kind())).containsExactly(SecretStore.Kind.SESSION_ONLY);
    }
}
