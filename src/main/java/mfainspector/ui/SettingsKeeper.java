package mfainspector.ui;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import mfainspector.settings.AppSettings;
import mfainspector.settings.Profile;
import mfainspector.settings.SettingsException;
import mfainspector.settings.SettingsStore;
import mfainspector.settings.WindowBounds;

/**
 * The settings of this run, held in memory and written to the {@link SettingsStore} in the
 * background after every change. Writes go through one ordered executor so the last change wins;
 * a failed write is reported (for the banner), never thrown at the person.
 */
public final class SettingsKeeper {

    private final SettingsStore store;
    private final Executor writer;
    private final Executor uiThread;
    private final Consumer<String> onProblem;
    private volatile AppSettings current;

    public SettingsKeeper(SettingsStore store, AppSettings initial, Executor writer, Executor uiThread, Consumer<String> onProblem) {
        this.store = Objects.requireNonNull(store, "store");
        this.current = Objects.requireNonNull(initial, "initial");
        this.writer = writer;
        this.uiThread = uiThread;
        this.onProblem = onProblem;
    }

    public AppSettings current() {
        return current;
    }

    /** Changes the settings and saves them in the background. */
    public void update(UnaryOperator<AppSettings> change) {
        update(change, outcome -> { });
    }

    /**
     * Changes the settings and saves them in the background; {@code done} is told on the UI thread
     * once the write is over: empty when the settings reached the disk, else why not.
     */
    public synchronized void update(UnaryOperator<AppSettings> change, Consumer<Optional<String>> done) {
        AppSettings next = change.apply(current);
        current = next;
        writer.execute(() -> {
            try {
                store.save(next);
                uiThread.execute(() -> done.accept(Optional.empty()));
            } catch (SettingsException | RuntimeException e) {
                String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                uiThread.execute(() -> {
                    onProblem.accept(why);
                    done.accept(Optional.of(why));
                });
            }
        });
    }

    /** The saved profiles (never the demo profile, which is built in) and the one selected; {@code done} as for {@link #update}. */
    public void saveProfiles(List<Profile> profiles, String selectedId, Consumer<Optional<String>> done) {
        update(s -> s.withProfiles(List.copyOf(profiles)).withSelectedProfileId(selectedId), done);
    }

    /** {@code system}, {@code light} or {@code dark}. */
    public void saveTheme(String theme) {
        update(s -> s.withTheme(theme));
    }

    /** {@code ""} to follow the OS, {@code en} or {@code zh-CN}. */
    public void saveLanguage(String language) {
        update(s -> s.withUiLanguage(language));
    }

    /** Where secrets go without an OS secret store: {@code session} or {@code file}. */
    public void saveSecretFallback(String where) {
        update(s -> s.withSecretFallback(where));
    }

    public void saveWindow(WindowBounds bounds) {
        update(s -> s.withWindow(bounds));
    }

    /** The coverage report's requests per second, as last chosen. */
    public void saveCoverageRate(int rate) {
        update(s -> s.withCoverageRate(rate));
    }

    /** Where the side column was dragged to, in pixels. */
    public void saveSideWidth(double width) {
        update(s -> s.withSideWidth(width));
    }
}
