package mfainspector.text;

import java.util.List;
import java.util.stream.Collectors;

/**
 * RFC 4180 CSV for exports that a spreadsheet may open: the values come from a server or from
 * what someone typed, never from us, so a cell that would run as a formula is neutralised.
 */
public final class Csv {

    private Csv() {
    }

    /** One record: the cells quoted where needed, joined by commas, ended by CRLF. */
    public static String line(List<String> cells) {
        return cells.stream().map(Csv::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    /**
     * RFC 4180 quoting, and a leading apostrophe where a spreadsheet would read the cell as a
     * formula ({@code =}, {@code @}, or {@code +}/{@code -} not followed by a digit). A country
     * code like {@code +86} stays as it is.
     */
    public static String cell(String v) {
        String s = v == null ? "" : v;
        if (!s.isEmpty()) {
            char c = s.charAt(0);
            boolean signedNumber = (c == '+' || c == '-') && s.length() > 1 && Character.isDigit(s.charAt(1));
            if (c == '=' || c == '@' || c == '\t' || c == '\r' || ((c == '+' || c == '-') && !signedNumber)) {
                s = "'" + s;
            }
        }
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            s = "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
