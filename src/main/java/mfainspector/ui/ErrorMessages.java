package mfainspector.ui;

import mfainspector.genauth.ErrorCategory;
import mfainspector.genauth.GenAuthException;

/**
 * The one place that turns a {@link GenAuthException} into words: a sentence per
 * {@link ErrorCategory} saying what happened and what to do, and the codes support asks for.
 */
public final class ErrorMessages {

    private final I18n i18n;

    public ErrorMessages(I18n i18n) {
        this.i18n = i18n;
    }

    /** What happened and what to do, in the current language. */
    public String sentence(GenAuthException e) {
        ErrorCategory c = e.category();
        String key = "error." + c.name();
        if (c == ErrorCategory.RATE_LIMITED && e.retryAfterSeconds().isPresent()) {
            return i18n.get(key + ".wait", e.retryAfterSeconds().getAsInt());
        }
        return i18n.get(key);
    }

    /**
     * As {@link #sentence(GenAuthException)}, but a text under {@code <context>.error.<CATEGORY>} wins:
     * for categories where the general sentence would point the person at the wrong settings.
     */
    public String sentence(GenAuthException e, String context) {
        String own = context + ".error." + e.category().name();
        return i18n.has(own) ? i18n.get(own) : sentence(e);
    }

    /** {@code statusCode=403 apiCode=2333 requestId=...}: only the parts present; empty if none. */
    public String codes(GenAuthException e) {
        return e.codes();
    }

    /** Whether trying the same thing again may help (transport and server faults). */
    public static boolean retryable(GenAuthException e) {
        return switch (e.category()) {
            case NETWORK_UNREACHABLE, TIMEOUT, SERVER_ERROR, RATE_LIMITED -> true;
            default -> false;
        };
    }
}
