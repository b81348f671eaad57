package mfainspector.lookup;

import java.util.Objects;

/**
 * A helpdesk action as the lookup log notes it: which ({@code sign-out}, {@code suspend}, ...), how
 * the attempt ended ({@code succeeded}, {@code failed:<category>}, {@code unknown}, {@code cancelled},
 * {@code refused:<rule>}), the user's state before and after in masked words, and the agent's
 * reason and, when the caller was not verified, the justification. Free text is kept to one line.
 */
public record ActionNote(String action, String result, String before, String after, String reason,
        String justification) {

    /** The longest reason or justification kept. */
    public static final int MAX_TEXT = 200;

    public ActionNote {
        Objects.requireNonNull(action, "action");
        result = oneLine(result);
        before = oneLine(before);
        after = oneLine(after);
        reason = oneLine(reason);
        justification = oneLine(justification);
    }

    /** {@code text} on one line, control characters as spaces, at most {@link #MAX_TEXT} characters. */
    public static String oneLine(String text) {
        if (text == null) {
            return "";
        }
        String s = text.replaceAll("\\p{Cntrl}", " ").replaceAll(" +", " ").strip();
        return s.length() <= MAX_TEXT ? s : s.substring(0, MAX_TEXT).strip();
    }
}
