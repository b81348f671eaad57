package mfainspector.lookup;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * One finding of a {@link Diagnosis}: what is wrong and what the agent can do or tell the caller.
 * Held as a bundle key and arguments, so that the window and the command show it in either language
 * ({@link #text(Locale)}); arguments are already masked and formatted (times through
 * {@link mfainspector.text.TimeText}), except {@link Word}s, which are looked up in the same bundle.
 *
 * @param kind     what the finding is about, for icons, sorting and tests
 * @param severity how much it stands in the caller's way
 * @param key      the key in {@code mfainspector/lookup/diagnosis*.properties}
 * @param args     the key's arguments: text, numbers, or {@link Word}s
 */
public record Finding(Kind kind, Severity severity, String key, List<Object> args) {

    /** The bundle of the findings' sentences: {@code mfainspector.lookup.diagnosis}. */
    public static final String BUNDLE = "mfainspector.lookup.diagnosis";

    /** What a finding is about. */
    public enum Kind {
        ACCOUNT_BLOCKED, LOCKED_AFTER_FAILED_SIGN_INS, MFA_FAILURES, NO_MFA_BUT_POLICY, NEVER_SIGNED_IN,
        MUST_RESET_PASSWORD, EMAIL_NOT_VERIFIED, PHONE_NOT_VERIFIED, NOTHING_FOUND
    }

    /** How much it stands in the caller's way: blocks sign-in, may, or only worth knowing. */
    public enum Severity { BLOCKER, WARNING, INFO }

    /** An argument that is itself a text of the bundle, shown in the finding's language. */
    public record Word(String key) {
    }

    public Finding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    /** The sentence in {@code locale} (English unless Chinese is asked for). */
    public String text(Locale locale) {
        ResourceBundle bundle = bundle(locale);
        Object[] resolved = args.stream().map(a -> a instanceof Word w ? bundle.getString(w.key()) : a).toArray();
        return new MessageFormat(bundle.getString(key), locale).format(resolved);
    }

    /** The findings' bundle for {@code locale}: Chinese for {@code zh*}, English otherwise. */
    public static ResourceBundle bundle(Locale locale) {
        boolean chinese = locale != null && locale.getLanguage().equals("zh");
        return ResourceBundle.getBundle(BUNDLE, chinese ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH);
    }

    /** English, for logs of tests and debugging: holds nothing unmasked. */
    @Override
    public String toString() {
        return kind + ": " + text(Locale.ENGLISH);
    }
}
