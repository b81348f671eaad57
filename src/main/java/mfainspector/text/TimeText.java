package mfainspector.text;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * How the app writes a moment for people, the same in every language and on every screen: 24-hour,
 * year first, to the second, with the zone as its offset ({@code 2026-11-30 14:03:22 GMT+8}: an
 * abbreviation such as CST would be China for one agent and Chicago for another), so that an agent
 * reading it out on a call and the person noting it in a ticket mean the same moment.
 */
public final class TimeText {

    private static final DateTimeFormatter PLAIN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    private static final DateTimeFormatter ZONE = DateTimeFormatter.ofPattern("O", Locale.ROOT);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);

    private TimeText() {
    }

    /** {@code 2026-11-30 14:03:22 GMT+8}: date, time of day and zone. */
    public static String dateTime(Instant time, ZoneId zone) {
        return plain(time, zone) + " " + zone(zone, time);
    }

    /** {@code 2026-11-30 14:03:22}: date and time of day, where a heading names the zone. */
    public static String plain(Instant time, ZoneId zone) {
        return PLAIN.format(time.atZone(zone));
    }

    /** {@code GMT+8} (or {@code GMT}): the zone's offset at that moment. */
    public static String zone(ZoneId zone, Instant at) {
        return ZONE.format(at.atZone(zone));
    }

    /** {@code 14:03:22}: the time of day alone, for what happened today on this screen. */
    public static String clock(Instant time, ZoneId zone) {
        return CLOCK.format(time.atZone(zone));
    }

    /** {@code 2026-11-30T06:03:22Z}: UTC to the second, for tickets and exports that programs read too. */
    public static String utc(Instant time) {
        return DateTimeFormatter.ISO_INSTANT.format(time.truncatedTo(ChronoUnit.SECONDS));
    }
}
