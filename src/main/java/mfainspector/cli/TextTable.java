package mfainspector.cli;

import java.io.PrintStream;
import java.util.List;

/** Rows in aligned columns, two spaces apart, for the table output of the commands. */
final class TextTable {

    private TextTable() {
    }

    static void print(List<String[]> rows, PrintStream out) {
        int columns = rows.stream().mapToInt(r -> r.length).max().orElse(0);
        int[] widths = new int[columns];
        rows.forEach(r -> {
            for (int i = 0; i < r.length; i++) {
                widths[i] = Math.max(widths[i], r[i].length());
            }
        });
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < r.length; i++) {
                line.append(String.format("%-" + widths[i] + "s", r[i])).append(i + 1 < r.length ? "  " : "");
            }
            out.println(line.toString().stripTrailing());
        }
    }
}
