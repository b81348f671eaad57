package mfainspector.report;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Which rows a table or an export shows: some categories, and a text that the user id, username,
 * email or phone contains (case-insensitive; empty matches all).
 */
public record RowFilter(Set<Category> categories, String text) {

    public RowFilter {
        categories = categories.isEmpty() ? EnumSet.noneOf(Category.class) : EnumSet.copyOf(categories);
        text = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    }

    public static RowFilter all() {
        return new RowFilter(EnumSet.allOf(Category.class), "");
    }

    /**
     * The command's {@code --only}: {@code all}, {@code no-mfa}, {@code weak} (email, SMS or both
     * only) or {@code unknown}.
     */
    public static RowFilter only(String name) {
        return switch (name) {
            case "all" -> all();
            case "no-mfa" -> new RowFilter(EnumSet.of(Category.NO_MFA), "");
            case "weak" -> new RowFilter(EnumSet.of(Category.EMAIL_ONLY, Category.SMS_ONLY, Category.SMS_AND_EMAIL), "");
            case "unknown" -> new RowFilter(EnumSet.of(Category.UNKNOWN), "");
            default -> throw new IllegalArgumentException("--only takes all, no-mfa, weak or unknown");
        };
    }

    public boolean test(ReportRow row) {
        if (!categories.contains(row.category())) {
            return false;
        }
        if (text.isEmpty()) {
            return true;
        }
        for (String s : new String[] {row.userId(), row.username(), row.email(), row.phone()}) {
            if (s.toLowerCase(Locale.ROOT).contains(text)) {
                return true;
            }
        }
        return false;
    }
}
