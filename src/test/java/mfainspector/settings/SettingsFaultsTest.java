package mfainspector.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsFaultsTest {

    @TempDir
    Path tmp;

    private Path file() {
        return tmp.resolve(SettingsStore.FILE_NAME);
    }

    private List<String> folderListing() throws IOException {
        try (Stream<Path> s = Files.list(tmp)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".") || n.endsWith(".tmp")).sorted().toList();
        }
    }

    private AppSettings withProdProfile() {
        return new AppSettings(List.of(SettingsStoreTest.PROD), SettingsStoreTest.PROD.id(), "dark", "en", null);
    }

    @Test
    void aWriteThatFailsHalfWayLeavesTheOldFileIntactAndNoTemporaryFile() throws Exception {
        new SettingsStore(tmp).save(withProdProfile());
        byte[] before = Files.readAllBytes(file());
        // A crash or a full disk cannot be produced for real in a test: this writer stops half-way.
        AtomicFile crashing = new AtomicFile() {
            @Override
            void writeContent(FileChannel ch, byte[] content) throws IOException {
                ch.write(ByteBuffer.wrap(content, 0, content.length / 2));
                throw new IOException("No space left on device");
            }
        };
        SettingsStore store = new SettingsStore(tmp, crashing);
        store.load();

        assertThatThrownBy(() -> store.save(withProdProfile().withTheme("light")))
                .isInstanceOf(SettingsException.class)
                .hasMessageContaining("No space left on device");
        assertThat(Files.readAllBytes(file())).isEqualTo(before);
        assertThat(folderListing()).containsExactly(SettingsStore.FILE_NAME);
    }

    @Test
    void aReadOnlyFolderGivesAClearMessageAndKeepsTheOldFile() throws Exception {
        SettingsStore store = new SettingsStore(tmp);
        store.save(withProdProfile());
        byte[] before = Files.readAllBytes(file());

        try (ReadOnlyDirectory ignored = new ReadOnlyDirectory(tmp)) {
            assertThatThrownBy(() -> store.save(withProdProfile().withTheme("light")))
                    .isInstanceOf(SettingsException.class)
                    .hasMessageStartingWith("Settings could not be saved to " + tmp + ": ")
                    .hasMessageEndingWith("Your changes are kept for this session.");
        }
        assertThat(Files.readAllBytes(file())).isEqualTo(before);
        assertThat(folderListing()).containsExactly(SettingsStore.FILE_NAME);
    }

    @Test
    void aCorruptFileIsMovedAsideAndTheProblemNamesTheBackup() throws Exception {
        byte[] garbage = {'f', 'o', 'r', 'm', 'a', 't', '=', '1', '\n', (byte) 0xC3, (byte) 0x28, 0, 0, 0};
        Files.write(file(), garbage);

        LoadResult r = new SettingsStore(tmp).load();

        assertThat(r.settings()).isEqualTo(AppSettings.defaults());
        assertThat(r.backupOfCorruptFile()).isPresent();
        Path backup = r.backupOfCorruptFile().get();
        assertThat(backup.getFileName().toString()).startsWith(SettingsStore.FILE_NAME + ".corrupt-");
        assertThat(Files.readAllBytes(backup)).isEqualTo(garbage);
        assertThat(file()).doesNotExist();
        assertThat(r.problem()).hasValueSatisfying(p -> assertThat(p).contains(backup.toString()).contains("default settings"));
    }

    @Test
    void aFileCutOffBeforeItsFormatLineIsTreatedAsCorrupt() throws Exception {
        Files.write(file(), new byte[0]);

        LoadResult r = new SettingsStore(tmp).load();

        assertThat(r.backupOfCorruptFile()).isPresent();
        assertThat(r.problem()).hasValueSatisfying(p -> assertThat(p).contains("no format line"));
    }

    @Test
    void anUnreadableSettingsFileIsMovedAsideToo() throws Exception {
        Files.createDirectory(file()); // a folder where the file should be: reading fails for root as well

        LoadResult r = new SettingsStore(tmp).load();

        assertThat(r.backupOfCorruptFile()).hasValueSatisfying(b -> assertThat(b).isDirectory());
        assertThat(r.problem()).hasValueSatisfying(p -> assertThat(p).contains("could not be read"));
    }

    @Test
    void afterACorruptFileTheNextSaveWritesAGoodOne() throws Exception {
        Files.writeString(file(), "garbage without a format");
        SettingsStore store = new SettingsStore(tmp);
        store.load();

        store.save(withProdProfile());

        assertThat(new SettingsStore(tmp).load().settings()).isEqualTo(withProdProfile());
    }
}
