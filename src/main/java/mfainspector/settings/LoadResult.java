package mfainspector.settings;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What {@link SettingsStore#load()} found. When the file was corrupt or unreadable it was moved to
 * {@code backupOfCorruptFile}, {@code settings} are the defaults and {@code problem} is a sentence
 * for the user saying where the backup is.
 */
public record LoadResult(AppSettings settings, Optional<Path> backupOfCorruptFile, Optional<String> problem) {

    public static LoadResult ok(AppSettings settings) {
        return new LoadResult(settings, Optional.empty(), Optional.empty());
    }
}
