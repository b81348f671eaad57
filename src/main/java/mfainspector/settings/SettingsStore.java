package mfainspector.settings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Loads and saves {@link AppSettings} in {@code settings.properties} inside the settings folder
 * (owner-only: folder 700, file 600). Saving is atomic, and when another running instance saved
 * since this one last read or wrote, the two are merged (see {@link SettingsMerge}) under a file
 * lock, so neither silently overwrites the other's profiles. Disk work: never on the JavaFX thread.
 */
public final class SettingsStore {

    static final String FILE_NAME = "settings.properties";
    private static final String LOCK_NAME = ".settings.lock";
    private static final DateTimeFormatter BACKUP_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    private final Path dir;
    private final AtomicFile atomicFile;
    /** What this instance last read or wrote, and the hash of those bytes; null before the first load or save. */
    private StoredSettings lastKnown;
    private byte[] lastHash;

    public SettingsStore(Path dir) {
        this(dir, new AtomicFile());
    }

    SettingsStore(Path dir, AtomicFile atomicFile) {
        this.dir = dir;
        this.atomicFile = atomicFile;
    }

    /** The settings folder. */
    public Path dir() {
        return dir;
    }

    public Path file() {
        return dir.resolve(FILE_NAME);
    }

    /** The saved settings, or the defaults on first run or when the file had to be moved aside. */
    public synchronized LoadResult load() {
        Path file = file();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            remember(StoredSettings.of(AppSettings.defaults()), null);
            return LoadResult.ok(AppSettings.defaults());
        } catch (IOException e) {
            return moveAside("it could not be read (" + OwnerOnlyFiles.reason(e) + ")");
        }
        try {
            StoredSettings stored = SettingsFormat.parse(bytes);
            remember(stored, bytes);
            return LoadResult.ok(stored.settings());
        } catch (SettingsFormat.CorruptException e) {
            return moveAside(e.getMessage());
        }
    }

    /**
     * Saves the settings and returns what was written: these settings, plus any profiles another
     * running instance added or changed meanwhile. A store that has neither loaded nor saved yet
     * knows of no earlier state to merge against: it writes these settings as they are and keeps
     * the profiles on disk that they do not name.
     *
     * @throws SettingsException when the folder is not writable, or another instance changed the same profile
     */
    public synchronized AppSettings save(AppSettings settings) throws SettingsException {
        try {
            OwnerOnlyFiles.createDirectory(dir);
            return DirectoryLock.withLock(dir.resolve(LOCK_NAME), () -> saveLocked(settings));
        } catch (IOException e) {
            throw new SettingsException("Settings could not be saved to " + dir + ": " + OwnerOnlyFiles.reason(e)
                    + ". Your changes are kept for this session.", e);
        }
    }

    private AppSettings saveLocked(AppSettings settings) throws IOException, SettingsException {
        Path file = file();
        byte[] onDisk = Files.exists(file) ? readOrNull(file) : null;
        StoredSettings next = lastKnown == null ? StoredSettings.of(settings) : lastKnown.carry(settings);
        if (onDisk != null && (lastKnown == null || !Arrays.equals(hash(onDisk), lastHash))) {
            try {
                StoredSettings theirs = SettingsFormat.parse(onDisk);
                next = SettingsMerge.merge(lastKnown == null ? unknownBase(settings, theirs) : lastKnown, settings, theirs);
            } catch (SettingsFormat.CorruptException e) {
                moveAside(e.getMessage()); // keep the damaged file for the user; ours replaces it
            }
        }
        byte[] bytes = SettingsFormat.write(next);
        atomicFile.write(file, bytes);
        remember(next, bytes);
        return next.settings();
    }

    /**
     * The base for a save without an earlier load: what is on disk, limited to the profiles being
     * saved, so that these settings win wherever they differ and no profile on disk counts as deleted.
     */
    private static StoredSettings unknownBase(AppSettings mine, StoredSettings theirs) {
        Set<String> ids = mine.profiles().stream().map(Profile::id).collect(Collectors.toSet());
        AppSettings known = theirs.settings().withProfiles(theirs.settings().profiles().stream()
                .filter(p -> ids.contains(p.id())).toList());
        return theirs.carry(known);
    }

    private byte[] readOrNull(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            return null; // unreadable: replaced by ours, as a load would have moved it aside
        }
    }

    private LoadResult moveAside(String why) {
        Path file = file();
        Path backup = dir.resolve(FILE_NAME + ".corrupt-" + BACKUP_STAMP.format(ZonedDateTime.now(ZoneOffset.UTC)));
        for (int n = 2; Files.exists(backup); n++) {
            backup = dir.resolve(FILE_NAME + ".corrupt-" + BACKUP_STAMP.format(ZonedDateTime.now(ZoneOffset.UTC)) + "-" + n);
        }
        remember(StoredSettings.of(AppSettings.defaults()), null);
        try {
            Files.move(file, backup);
        } catch (IOException e) {
            return new LoadResult(AppSettings.defaults(), Optional.empty(), Optional.of("The settings file " + file
                    + " could not be used: " + why + ". It could not be moved aside either (" + OwnerOnlyFiles.reason(e)
                    + "). The app started with default settings."));
        }
        return new LoadResult(AppSettings.defaults(), Optional.of(backup), Optional.of("The settings file could not be used: "
                + why + ". It was kept as " + backup + " and the app started with default settings."));
    }

    private void remember(StoredSettings stored, byte[] bytes) {
        lastKnown = stored;
        lastHash = bytes == null ? null : hash(bytes);
    }

    private static byte[] hash(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
