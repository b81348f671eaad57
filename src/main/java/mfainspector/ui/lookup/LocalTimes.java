package mfainspector.ui.lookup;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;
import mfainspector.ui.I18n;

/** Times of the look-up screens in the local zone, in the current language's medium format. */
final class LocalTimes {

    private LocalTimes() {
    }

    static String medium(I18n i18n, ZoneId zone, Instant time) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(i18n.locale()).withZone(zone).format(time);
    }

    /** The time, or the bundle's word for "not known". */
    static String medium(I18n i18n, ZoneId zone, Optional<Instant> time) {
        return time.map(t -> medium(i18n, zone, t)).orElseGet(() -> i18n.get("lookup.card.never"));
    }
}
