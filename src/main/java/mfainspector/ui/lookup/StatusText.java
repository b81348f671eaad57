package mfainspector.ui.lookup;

import java.util.Locale;
import mfainspector.ui.I18n;

/** An account status in words: the known ones from the bundle, any other as the API named it. */
final class StatusText {

    private StatusText() {
    }

    static String of(I18n i18n, String raw) {
        String key = "lookup.status." + raw.toLowerCase(Locale.ROOT);
        return raw.isBlank() ? i18n.get("lookup.card.none") : i18n.has(key) ? i18n.get(key) : raw;
    }
}
