package mfainspector.genauth;

import java.util.Objects;

/**
 * What the Management API needs: its host (not the app host), the user pool id and the user pool
 * secret. The record's {@code toString()} shows the secret as {@code ***}, like every {@link Secret}.
 */
public record ManagementCredentials(HostAddress host, String userPoolId, Secret userPoolSecret, Lang lang) {

    /** GenAuth's international Management API host; Authing's China hosts and private deployments differ. */
    public static final HostAddress DEFAULT_HOST = HostAddress.parse("https://api.genauth.ai");

    public ManagementCredentials {
        Objects.requireNonNull(host, "host");
        userPoolId = userPoolId == null ? "" : userPoolId.strip();
        userPoolSecret = userPoolSecret == null ? Secret.empty() : userPoolSecret;
        Objects.requireNonNull(lang, "lang");
    }
}
