package mfainspector.genauth;

import java.util.Objects;

/**
 * Everything needed to talk to one GenAuth app as its users do: where, which app, how the app
 * authenticates, and the language for server messages. {@code toString()} hides the secret.
 */
public record AppConnection(HostAddress host, String appId, Secret appSecret, TokenAuthMethod authMethod, Lang lang) {

    public AppConnection {
        Objects.requireNonNull(host, "host");
        appId = appId == null ? "" : appId.strip();
        appSecret = appSecret == null ? Secret.empty() : appSecret;
        authMethod = authMethod == null ? TokenAuthMethod.CLIENT_SECRET_POST : authMethod;
        lang = lang == null ? Lang.EN_US : lang;
    }

    @Override
    public String toString() {
        return "AppConnection[" + host + ", appId=" + appId + ", secret=" + appSecret + ", " + authMethod.wireName() + ", " + lang.tag() + "]";
    }
}
