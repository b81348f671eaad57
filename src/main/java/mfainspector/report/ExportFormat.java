package mfainspector.report;

import java.util.Locale;

/** The file formats of an export. */
public enum ExportFormat {
    /** Comment lines ({@code # ...}) with the summary, a header row, one row per user. */
    CSV,
    /** One object: {@code {"report": {summary}, "users": [...]}}. */
    JSON;

    public static ExportFormat parse(String s) {
        return switch (s.strip().toLowerCase(Locale.ROOT)) {
            case "csv" -> CSV;
            case "json" -> JSON;
            default -> throw new IllegalArgumentException("--format takes csv or json");
        };
    }
}
