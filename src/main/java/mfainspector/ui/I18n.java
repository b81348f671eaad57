package mfainspector.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Every visible string comes from here. Texts are bindings on the current locale, so switching
 * the language from the menu updates the open window at once.
 */
public final class I18n {

    /** The languages the app is translated into; anything else falls back to English. */
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private static final String BUNDLE = "mfainspector.ui.messages";

    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>(ENGLISH);
    private ResourceBundle bundle;
    private Locale bundleLocale;

    public I18n(Locale initial) {
        locale.set(supported(initial));
    }

    /** Chinese for any {@code zh} locale, else English. */
    public static Locale supported(Locale requested) {
        return requested != null && "zh".equals(requested.getLanguage()) ? CHINESE : ENGLISH;
    }

    public ObjectProperty<Locale> localeProperty() {
        return locale;
    }

    public Locale locale() {
        return locale.get();
    }

    public void setLocale(Locale l) {
        locale.set(supported(l));
    }

    /** The text for {@code key} in the current locale, with {@link MessageFormat} arguments. */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle().getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale.get()).format(args);
    }

    /** Whether the bundle has a text for {@code key}. */
    public boolean has(String key) {
        return bundle().containsKey(key);
    }

    /** A text that follows language switches. */
    public StringBinding text(String key, Object... args) {
        return Bindings.createStringBinding(() -> get(key, args), locale);
    }

    /*
     * Loaded on demand rather than from a listener on the locale: a binding may be re-read while
     * the locale change is still being announced, before any listener of ours has run.
     */
    private ResourceBundle bundle() {
        Locale now = locale.get();
        if (!now.equals(bundleLocale)) {
            bundle = load(now);
            bundleLocale = now;
        }
        return bundle;
    }

    /*
     * A named module may not pass a ResourceBundle.Control, so the JDK would fall back to the OS
     * locale's bundle when the requested one is missing; an (empty) messages_en.properties exists
     * so that English always resolves to the English texts, whatever the OS language.
     */
    private static ResourceBundle load(Locale l) {
        return ResourceBundle.getBundle(BUNDLE, l);
    }
}
