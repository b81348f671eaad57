package mfainspector.lookup;

/**
 * The ticket number an agent may type with a look-up. Only letters, digits, spaces and
 * {@code - _ . # / :} are kept, so it can neither break a log line nor start a spreadsheet formula,
 * and it is cut to {@link #MAX_LENGTH} characters.
 */
public final class TicketNumber {

    public static final int MAX_LENGTH = 64;
    private static final String ALSO_KEPT = "-_.#/:";

    private TicketNumber() {
    }

    /** What may be stored of {@code typed}; empty when nothing is left. */
    public static String sanitize(String typed) {
        if (typed == null) {
            return "";
        }
        StringBuilder kept = new StringBuilder();
        typed.codePoints().limit(4L * MAX_LENGTH).forEach(c -> {
            if (Character.isLetterOrDigit(c) || ALSO_KEPT.indexOf(c) >= 0) {
                kept.appendCodePoint(c);
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                kept.append(' ');
            }
        });
        String s = kept.toString().replaceAll(" +", " ").strip();
        int cut = s.codePointCount(0, s.length()) <= MAX_LENGTH ? s.length() : s.offsetByCodePoints(0, MAX_LENGTH);
        return s.substring(0, cut).strip();
    }
}
