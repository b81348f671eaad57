package mfainspector.ui.lookup;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import mfainspector.ui.I18n;

/**
 * Times of the look-up screens in the local zone, the same 24-hour form in every language (as
 * the rest of the window): {@code 2026-11-30 14:03:22}, with the zone where it is not said nearby.
 */
final class LocalTimes {

    private static final DateTimeFormatter PLAIN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    private static final DateTimeFormatter ZONED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z", Locale.ROOT);
    private static final DateTimeFormatter ZONE = DateTimeFormatter.ofPattern("z", Locale.ROOT);

    private LocalTimes() {
    }

    /** Date and time of day, without the zone (a column header names it). */
    static String plain(ZoneId zone, Instant time) {
        return PLAIN.withZone(zone).format(time);
    }

    /** Date, time of day and the zone's short name, e.g. {@code 2026-11-30 14:03:22 CET}. */
    static String zoned(ZoneId zone, Instant time) {
        return ZONED.withZone(zone).format(time);
    }

    /** The time with its zone, or the bundle's word for "not known". */
    static String zoned(I18n i18n, ZoneId zone, Optional<Instant> time) {
        return time.map(t -> zoned(zone, t)).orElseGet(() -> i18n.get("lookup.card.never"));
    }

    /** The zone's short name now (CET, UTC, ...), as the time column's header shows it. */
    static String zoneName(ZoneId zone, Instant now) {
        return ZONE.withZone(zone).format(now);
    }
}
