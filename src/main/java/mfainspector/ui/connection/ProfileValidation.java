package mfainspector.ui.connection;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import mfainspector.genauth.HostAddress;
import mfainspector.genauth.TokenAuthMethod;
import mfainspector.ui.I18n;

/**
 * One message per field, shown next to it (empty when the field is fine), in the current
 * language. The demo profile's fields are filled by the app, so they are never flagged.
 */
public final class ProfileValidation {

    private final StringBinding nameError;
    private final StringBinding hostError;
    private final StringBinding appIdError;
    private final StringBinding secretError;
    private final BooleanBinding valid;

    ProfileValidation(I18n i18n, ObservableBooleanValue demo, StringProperty name, StringProperty host,
                      StringProperty appId, StringProperty secret, ObjectProperty<TokenAuthMethod> method) {
        nameError = Bindings.createStringBinding(() -> demo.get() || !name.get().isBlank() ? ""
                : i18n.get("connection.name.required"), demo, name, i18n.localeProperty());
        hostError = Bindings.createStringBinding(() -> demo.get() ? "" : hostProblem(i18n, host.get()),
                demo, host, i18n.localeProperty());
        appIdError = Bindings.createStringBinding(() -> demo.get() ? "" : appIdProblem(i18n, appId.get()),
                demo, appId, i18n.localeProperty());
        secretError = Bindings.createStringBinding(() -> demo.get() || !method.get().needsSecret() || !secret.get().isEmpty() ? ""
                : i18n.get("connection.secret.required"), demo, secret, method, i18n.localeProperty());
        valid = Bindings.createBooleanBinding(() -> nameError.get().isEmpty() && hostError.get().isEmpty()
                && appIdError.get().isEmpty() && secretError.get().isEmpty(), nameError, hostError, appIdError, secretError);
    }

    /** App ids are ASCII letters and digits; anything else cannot even be sent in a request header. */
    static String appIdProblem(I18n i18n, String input) {
        String id = input.strip();
        if (id.isEmpty()) {
            return i18n.get("connection.appid.required");
        }
        return id.chars().allMatch(c -> c > 0x20 && c < 0x7f) ? "" : i18n.get("connection.appid.invalid");
    }

    /** A sentence for why {@code input} is not a usable host, or "" when it is. */
    static String hostProblem(I18n i18n, String input) {
        try {
            HostAddress.parse(input);
            return "";
        } catch (HostAddress.InvalidHostException e) {
            return i18n.get("connection.host.problem." + e.problem().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
    }

    public StringBinding nameErrorProperty() {
        return nameError;
    }

    public StringBinding hostErrorProperty() {
        return hostError;
    }

    public StringBinding appIdErrorProperty() {
        return appIdError;
    }

    public StringBinding secretErrorProperty() {
        return secretError;
    }

    public BooleanBinding validProperty() {
        return valid;
    }
}
