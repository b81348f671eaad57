package mfainspector.settings;

import java.util.Objects;
import java.util.UUID;
import mfainspector.genauth.Lang;
import mfainspector.genauth.TokenAuthMethod;

/**
 * A saved connection: the plain settings of one GenAuth app (never its secret, which lives in a
 * {@link SecretStore} under {@link #appSecretKey()}). {@code host} is kept as typed, validated
 * when used. {@code demo} marks the built-in demo tenant profile, whose host and credentials come
 * from the embedded server when it starts. {@code mgmtHost} and {@code userPoolId} are the
 * optional management credentials of the helpdesk look-up; their user pool secret lives in the
 * secret store under {@link #poolSecretKey()}. {@code callerOtp} allows checking a caller by the
 * code of their authenticator app, which reads the user's OTP secret (off unless turned on).
 * {@code allowsActions} allows the helpdesk actions that change a user (off unless turned on).
 */
public record Profile(String id, String name, String host, String appId, TokenAuthMethod authMethod, Lang lang, boolean demo,
                      String mgmtHost, String userPoolId, boolean callerOtp, boolean allowsActions) {

    public static final String DEMO_ID = "demo";
    /** GenAuth's international Management API host, where a profile names none. */
    public static final String DEFAULT_MGMT_HOST = "https://api.genauth.ai";

    public Profile {
        Objects.requireNonNull(id, "id");
        name = name == null ? "" : name;
        host = host == null ? "" : host;
        appId = appId == null ? "" : appId;
        authMethod = authMethod == null ? TokenAuthMethod.CLIENT_SECRET_POST : authMethod;
        lang = lang == null ? Lang.EN_US : lang;
        mgmtHost = mgmtHost == null ? DEFAULT_MGMT_HOST : mgmtHost;
        userPoolId = userPoolId == null ? "" : userPoolId;
    }

    /** A profile that does not allow helpdesk actions. */
    public Profile(String id, String name, String host, String appId, TokenAuthMethod authMethod, Lang lang, boolean demo,
                   String mgmtHost, String userPoolId, boolean callerOtp) {
        this(id, name, host, appId, authMethod, lang, demo, mgmtHost, userPoolId, callerOtp, false);
    }

    /** A profile whose caller checks by authenticator code are off. */
    public Profile(String id, String name, String host, String appId, TokenAuthMethod authMethod, Lang lang, boolean demo,
                   String mgmtHost, String userPoolId) {
        this(id, name, host, appId, authMethod, lang, demo, mgmtHost, userPoolId, false);
    }

    /** A profile without management credentials (the default management host, no user pool id). */
    public Profile(String id, String name, String host, String appId, TokenAuthMethod authMethod, Lang lang, boolean demo) {
        this(id, name, host, appId, authMethod, lang, demo, null, null);
    }

    /** A new, empty profile with a fresh id. */
    public static Profile blank(String name, Lang lang) {
        return new Profile(UUID.randomUUID().toString(), name, "", "", TokenAuthMethod.CLIENT_SECRET_POST, lang, false);
    }

    /** The key of this profile's app secret in the secret store. */
    public String appSecretKey() {
        return "profile." + id + ".app-secret";
    }

    /** The key of this profile's user pool secret in the secret store. */
    public String poolSecretKey() {
        return "profile." + id + ".pool-secret";
    }

    public Profile withName(String v) {
        return new Profile(id, v, host, appId, authMethod, lang, demo, mgmtHost, userPoolId, callerOtp, allowsActions);
    }

    public Profile withHost(String v) {
        return new Profile(id, name, v, appId, authMethod, lang, demo, mgmtHost, userPoolId, callerOtp, allowsActions);
    }

    public Profile withAppId(String v) {
        return new Profile(id, name, host, v, authMethod, lang, demo, mgmtHost, userPoolId, callerOtp, allowsActions);
    }

    public Profile withAuthMethod(TokenAuthMethod v) {
        return new Profile(id, name, host, appId, v, lang, demo, mgmtHost, userPoolId, callerOtp, allowsActions);
    }

    public Profile withLang(Lang v) {
        return new Profile(id, name, host, appId, authMethod, v, demo, mgmtHost, userPoolId, callerOtp, allowsActions);
    }

    public Profile withMgmtHost(String v) {
        return new Profile(id, name, host, appId, authMethod, lang, demo, v, userPoolId, callerOtp, allowsActions);
    }

    public Profile withCallerOtp(boolean v) {
        return new Profile(id, name, host, appId, authMethod, lang, demo, mgmtHost, userPoolId, v, allowsActions);
    }

    public Profile withUserPoolId(String v) {
        return new Profile(id, name, host, appId, authMethod, lang, demo, mgmtHost, v, callerOtp, allowsActions);
    }

    public Profile withAllowsActions(boolean v) {
        return new Profile(id, name, host, appId, authMethod, lang, demo, mgmtHost, userPoolId, callerOtp, v);
    }
}
