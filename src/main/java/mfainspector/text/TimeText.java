package mfainspector.text;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How the app writes a moment for people, the same in every language and on every screen: 24-hour,
 * year first, to the second, with the zone's offset ({@code 2026-11-30 14:03:22 GMT+8}), so that
 * an agent reading it out on a call and the person noting it in a ticket mean the same moment.
 */
public final class TimeText {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss O", Locale.ROOT);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);

    private TimeText() {
    }

    /** {@code 2026-11-30 14:03:22 GMT+8}: date, time of day and zone. */
    public static String dateTime(Instant time, ZoneId zone) {
        return DATE_TIME.format(time.atZone(zone));
    }

    /** {@code 14:03:22}: the time of day alone, for what happened today on this screen. */
    public static String clock(Instant time, ZoneId zone) {
        return CLOCK.format(time.atZone(zone));
    }
}
