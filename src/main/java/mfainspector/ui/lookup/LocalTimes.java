package mfainspector.ui.lookup;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import mfainspector.text.TimeText;
import mfainspector.ui.I18n;

/** Times the look-up screens may not know: in the window's one time form ({@link TimeText}), or the word for "never". */
final class LocalTimes {

    private LocalTimes() {
    }

    /** The time with its zone, or the bundle's word for "not known". */
    static String zoned(I18n i18n, ZoneId zone, Optional<Instant> time) {
        return time.map(t -> TimeText.dateTime(t, zone)).orElseGet(() -> i18n.get("lookup.card.never"));
    }
}
