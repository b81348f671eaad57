package mfainspector.ui.factors;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import mfainspector.factor.FactorType;
import mfainspector.ui.I18n;

/** The words for a factor type: known kinds from the message bundle, an unknown type by its raw name. */
public final class FactorTypeText {

    private FactorTypeText() {
    }

    /** "Authenticator app (TOTP)", or the raw name of a type the app does not know. */
    public static String label(I18n i18n, FactorType type) {
        return type.isKnown() ? i18n.get(key(type, "")) : type.name();
    }

    /** One sentence for a tooltip: what the type is. */
    static String description(I18n i18n, FactorType type) {
        return type.isKnown() ? i18n.get(key(type, ".hint")) : i18n.get("factors.type.other.hint", type.name());
    }

    static StringBinding labelBinding(I18n i18n, FactorType type) {
        return Bindings.createStringBinding(() -> label(i18n, type), i18n.localeProperty());
    }

    static StringBinding descriptionBinding(I18n i18n, FactorType type) {
        return Bindings.createStringBinding(() -> description(i18n, type), i18n.localeProperty());
    }

    private static String key(FactorType type, String suffix) {
        return "factors.type." + type.kind().name().toLowerCase(Locale.ROOT) + suffix;
    }
}
