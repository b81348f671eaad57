package mfainspector.ui.connection;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import mfainspector.genauth.HostAddress;
import mfainspector.genauth.TokenAuthMethod;
import mfainspector.ui.I18n;

/**
 * One message per field (empty when the field is fine), in the current language. The demo
 * profile's fields are filled by the app, so they are never flagged. A field's message is shown
 * next to it only once the field was touched: edited, left, or a save or sign-in was asked for.
 */
public final class ProfileValidation {

    /** The fields that have a message. */
    public enum Field { NAME, HOST, APP_ID, SECRET }

    /** GenAuth app ids are 24 hex digits; this leaves room for other forms without taking a whole page. */
    static final int MAX_APP_ID = 64;
    static final int MAX_NAME = 80;
    /** A URL's scheme, a host name of at most 253 characters and a port. */
    static final int MAX_HOST = 300;

    private final Map<Field, BooleanProperty> touched = new EnumMap<>(Field.class);
    private final Map<Field, StringBinding> shown = new EnumMap<>(Field.class);
    private final StringBinding nameError;
    private final StringBinding hostError;
    private final StringBinding appIdError;
    private final StringBinding secretError;
    private final BooleanBinding valid;

    ProfileValidation(I18n i18n, ObservableBooleanValue demo, StringProperty name, StringProperty host,
                      StringProperty appId, StringProperty secret, ObjectProperty<TokenAuthMethod> method) {
        nameError = Bindings.createStringBinding(() -> demo.get() ? "" : nameProblem(i18n, name.get()),
                demo, name, i18n.localeProperty());
        hostError = Bindings.createStringBinding(() -> demo.get() ? "" : hostProblem(i18n, host.get()),
                demo, host, i18n.localeProperty());
        appIdError = Bindings.createStringBinding(() -> demo.get() ? "" : appIdProblem(i18n, appId.get()),
                demo, appId, i18n.localeProperty());
        secretError = Bindings.createStringBinding(() -> demo.get() || !method.get().needsSecret() || !secret.get().isEmpty() ? ""
                : i18n.get("connection.secret.required"), demo, secret, method, i18n.localeProperty());
        valid = Bindings.createBooleanBinding(() -> nameError.get().isEmpty() && hostError.get().isEmpty()
                && appIdError.get().isEmpty() && secretError.get().isEmpty(), nameError, hostError, appIdError, secretError);
        shownWhenTouched(Field.NAME, nameError);
        shownWhenTouched(Field.HOST, hostError);
        shownWhenTouched(Field.APP_ID, appIdError);
        shownWhenTouched(Field.SECRET, secretError);
    }

    private void shownWhenTouched(Field field, StringBinding error) {
        BooleanProperty t = new SimpleBooleanProperty(false);
        touched.put(field, t);
        shown.put(field, Bindings.createStringBinding(() -> t.get() ? error.get() : "", t, error));
    }

    /** From now on the field's message is shown. */
    public void touch(Field field) {
        touched.get(field).set(true);
    }

    /** A save or a sign-in was asked for: every message is shown. */
    public void touchAll() {
        touched.values().forEach(t -> t.set(true));
    }

    /** Another profile is shown: its fields are untouched. */
    void untouchAll() {
        touched.values().forEach(t -> t.set(false));
    }

    /** The field's message as shown next to it: empty until the field was touched. */
    public StringBinding shownErrorProperty(Field field) {
        return shown.get(field);
    }

    /** The name is required, and short enough for the picker. */
    static String nameProblem(I18n i18n, String input) {
        if (input.isBlank()) {
            return i18n.get("connection.name.required");
        }
        return input.strip().length() > MAX_NAME ? i18n.get("connection.name.too-long", MAX_NAME) : "";
    }

    /** App ids are printable ASCII, at most {@link #MAX_APP_ID}; anything else cannot even be sent in a request header. */
    static String appIdProblem(I18n i18n, String input) {
        String id = input.strip();
        if (id.isEmpty()) {
            return i18n.get("connection.appid.required");
        }
        if (id.length() > MAX_APP_ID) {
            return i18n.get("connection.appid.too-long", MAX_APP_ID);
        }
        return id.chars().allMatch(c -> c > 0x20 && c < 0x7f) ? "" : i18n.get("connection.appid.invalid");
    }

    /** A sentence for why {@code input} is not a usable host, or "" when it is. */
    static String hostProblem(I18n i18n, String input) {
        if (input.strip().length() > MAX_HOST) {
            return i18n.get("connection.host.too-long", MAX_HOST);
        }
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
