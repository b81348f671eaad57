package mfainspector.genauth;

import java.util.Locale;

/** How the app authenticates itself at sign-in (the app's "token endpoint auth method"). */
public enum TokenAuthMethod {
    /** App id and secret in the JSON body; GenAuth's default. */
    CLIENT_SECRET_POST("client_secret_post"),
    /** {@code authorization: Basic base64(appId:appSecret)}, nothing in the body. */
    CLIENT_SECRET_BASIC("client_secret_basic"),
    /** No client authentication (public app). */
    NONE("none");

    private final String wireName;

    TokenAuthMethod(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public boolean needsSecret() {
        return this != NONE;
    }

    public static TokenAuthMethod parse(String s) {
        String v = s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
        for (TokenAuthMethod m : values()) {
            if (m.wireName.equals(v) || m.name().toLowerCase(Locale.ROOT).equals(v)) {
                return m;
            }
        }
        throw new IllegalArgumentException("Unknown auth method '" + s
                + "': use client_secret_post, client_secret_basic or none");
    }
}
