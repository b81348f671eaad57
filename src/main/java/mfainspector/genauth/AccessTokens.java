package mfainspector.genauth;

import java.util.regex.Pattern;

/** Turns an access token as a person pastes it into the bare token the API expects. */
public final class AccessTokens {

    private static final Pattern BEARER = Pattern.compile("(?i)^bearer(\\s+|$)");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    private AccessTokens() {
    }

    /**
     * Strips surrounding quotes, a leading {@code Bearer } (any case) and every white space or
     * line break (tokens copied from a terminal or a mail often wrap).
     *
     * @throws IllegalArgumentException when nothing of a token is left, or it has characters no
     *         token has (they could not even be sent in a header)
     */
    public static Secret normalize(String pasted) {
        String s = stripQuotes(pasted == null ? "" : pasted.strip());
        s = stripQuotes(BEARER.matcher(s).replaceFirst("").strip());
        s = WHITE_SPACE.matcher(s).replaceAll("");
        if (s.isEmpty()) {
            throw new IllegalArgumentException("Paste the user's access token: the text is empty");
        }
        if (!s.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new IllegalArgumentException("The pasted text is not an access token: it has characters no token has."
                    + " Copy the token again");
        }
        return Secret.of(s);
    }

    private static String stripQuotes(String s) {
        String v = s;
        while (v.length() >= 2 && isQuote(v.charAt(0)) && v.charAt(v.length() - 1) == v.charAt(0)) {
            v = v.substring(1, v.length() - 1).strip();
        }
        return v;
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '\'' || c == '`';
    }
}
