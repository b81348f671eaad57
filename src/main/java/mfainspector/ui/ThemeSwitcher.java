package mfainspector.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The AtlantaFX Primer theme, light or dark: chosen in the View menu, or following the OS, which
 * is asked in the background (falling back to light until it answers or when it cannot say).
 */
public final class ThemeSwitcher {

    public enum Choice { SYSTEM, LIGHT, DARK }

    private final ObjectProperty<Choice> choice = new SimpleObjectProperty<>(Choice.SYSTEM);
    private final TaskRunner runner;
    private final Supplier<Optional<Boolean>> osPrefersDark;
    private boolean dark;
    private Boolean applied;
    private boolean closed;

    public ThemeSwitcher(TaskRunner runner, Supplier<Optional<Boolean>> osPrefersDark) {
        this.runner = runner;
        this.osPrefersDark = osPrefersDark;
        choice.addListener((obs, old, now) -> apply());
    }

    /** Parses the saved value ({@code system|light|dark}); anything else follows the system. */
    public static Choice parse(String saved) {
        for (Choice c : Choice.values()) {
            if (c.name().toLowerCase(Locale.ROOT).equals(saved)) {
                return c;
            }
        }
        return Choice.SYSTEM;
    }

    public void apply() {
        switch (choice.get()) {
            case LIGHT -> use(false);
            case DARK -> use(true);
            case SYSTEM -> {
                use(dark);
                runner.run(() -> osPrefersDark.get().orElse(false), os -> {
                    if (choice.get() == Choice.SYSTEM && !closed) {
                        use(os);
                    }
                }, e -> { });
            }
        }
    }

    /** Restyles the window only when the theme really changes: a restyle of the whole scene is costly. */
    private void use(boolean wantDark) {
        dark = wantDark;
        if (applied != null && applied == wantDark) {
            return;
        }
        applied = wantDark;
        Application.setUserAgentStylesheet(stylesheet(wantDark));
    }

    /**
     * The theme's precompiled binary stylesheet, which AtlantaFX ships beside the CSS text:
     * parsing the text at the first show took several hundred milliseconds of the first frame.
     */
    static String stylesheet(boolean dark) {
        return dark ? new PrimerDark().getUserAgentStylesheetBSS() : new PrimerLight().getUserAgentStylesheetBSS();
    }

    /** Ignores an OS answer that arrives after the window has closed (the toolkit may be gone). */
    public void close() {
        closed = true;
    }

    public boolean isDark() {
        return dark;
    }

    public ObjectProperty<Choice> choiceProperty() {
        return choice;
    }
}
