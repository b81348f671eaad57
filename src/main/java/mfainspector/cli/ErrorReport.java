package mfainspector.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import mfainspector.genauth.ErrorCategory;
import mfainspector.genauth.GenAuthException;

/**
 * Turns a failure into the one line a headless command prints on standard error: what happened
 * and what to do, then the codes support asks for. The sentences are the app's own (English).
 */
final class ErrorReport {

    private static final ResourceBundle TEXTS = ResourceBundle.getBundle("mfainspector.ui.messages", Locale.ENGLISH);

    private ErrorReport() {
    }

    /** The app's English text for {@code key}, for a command's own sentences. */
    static String text(String key) {
        return TEXTS.getString(key);
    }

    static int print(GenAuthException e, PrintStream err, boolean verbose) {
        return print(e, err, verbose, Map.of());
    }

    /** @param sentences a command's own wording for some categories, where the app's general one would mislead */
    static int print(GenAuthException e, PrintStream err, boolean verbose, Map<ErrorCategory, String> sentences) {
        String sentence = sentences.getOrDefault(e.category(), TEXTS.getString("error." + e.category().name()));
        StringBuilder line = new StringBuilder("error: ").append(sentence);
        e.serverMessage().filter(m -> !m.isBlank()).map(ErrorReport::oneLine)
                .ifPresent(m -> line.append(" Server said: ").append(m).append(m.matches(".*[.!?。！？]$") ? "" : "."));
        String codes = e.codes();
        if (!codes.isEmpty()) {
            line.append(" (").append(codes).append(')');
        }
        err.println(line);
        if (verbose && e.getCause() != null) {
            err.println("detail: " + e.getCause().getClass().getName() + ": " + oneLine(String.valueOf(e.getCause().getMessage())));
        }
        return ExitCode.of(e.category());
    }

    static int usage(UsageException e, String command, PrintStream err) {
        err.println("error: " + e.getMessage() + ". Run 'mfa-inspector " + (command.isEmpty() ? "" : command + " ") + "--help' for usage.");
        return ExitCode.USAGE;
    }

    private static String oneLine(String s) {
        String t = s.replaceAll("\\s+", " ").strip();
        return t.length() > 300 ? t.substring(0, 300) + "..." : t;
    }
}
