package mfainspector.settings;

import java.util.Objects;
import java.util.UUID;
import mfainspector.genauth.Lang;
import mfainspector.genauth.TokenAuthMethod;

/**
 * A saved connection: the plain settings of one GenAuth app (never its secret, which lives in a
 * {@link SecretStore} under {@link #appSecretKey()}). {@code host} is kept as typed, validated
 * when used. {@code demo} marks the built-in demo tenant profile, whose host and credentials come
 * from the embedded server when it starts.
 */
public record Profile(String id, String name, String host, String appId, TokenAuthMethod authMethod, Lang lang, boolean demo) {

    public static final String DEMO_ID = "demo";

    public Profile {
        Objects.requireNonNull(id, "id");
        name = name == null ? "" : name;
        host = host == null ? "" : host;
        appId = appId == null ? "" : appId;
        authMethod = authMethod == null ? TokenAuthMethod.CLIENT_SECRET_POST : authMethod;
        lang = lang == null ? Lang.EN_US : lang;
    }

    /** A new, empty profile with a fresh id. */
    public static Profile blank(String name, Lang lang) {
        return new Profile(UUID.randomUUID().toString(), name, "", "", TokenAuthMethod.CLIENT_SECRET_POST, lang, false);
    }

    /** The key of this profile's app secret in the secret store. */
    public String appSecretKey() {
        return "profile." + id + ".app-secret";
    }

    public Profile withName(String v) {
        return new Profile(id, v, host, appId, authMethod, lang, demo);
    }

    public Profile withHost(String v) {
        return new Profile(id, name, v, appId, authMethod, lang, demo);
    }

    public Profile withAppId(String v) {
        return new Profile(id, name, host, v, authMethod, lang, demo);
    }

    public Profile withAuthMethod(TokenAuthMethod v) {
        return new Profile(id, name, host, appId, v, lang, demo);
    }

    public Profile withLang(Lang v) {
        return new Profile(id, name, host, appId, authMethod, v, demo);
    }
}
