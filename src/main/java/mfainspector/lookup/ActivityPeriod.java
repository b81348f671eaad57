package mfainspector.lookup;

import java.time.Duration;
import java.util.Locale;

/** How far back a timeline reaches: the last 24 hours, 7 days (the default) or 30 days. */
public enum ActivityPeriod {
    DAY("24h", Duration.ofHours(24)), WEEK("7d", Duration.ofDays(7)), MONTH("30d", Duration.ofDays(30));

    public static final ActivityPeriod DEFAULT = WEEK;

    private final String label;
    private final Duration length;

    ActivityPeriod(String label, Duration length) {
        this.label = label;
        this.length = length;
    }

    /** {@code 24h}, {@code 7d} or {@code 30d}: what the command takes and prints. */
    public String label() {
        return label;
    }

    public Duration length() {
        return length;
    }

    /** Reads {@code 24h}, {@code 7d} or {@code 30d} (also {@code 1d}); anything else is refused. */
    public static ActivityPeriod parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (t.equals("1d")) {
            return DAY;
        }
        for (ActivityPeriod p : values()) {
            if (p.label.equals(t)) {
                return p;
            }
        }
        throw new IllegalArgumentException("The period is one of 24h, 7d, 30d, not '" + text + "'");
    }
}
