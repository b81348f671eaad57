package mfainspector.settings;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import mfainspector.genauth.Secret;

/** Keeps secrets in memory only: they are forgotten when the app exits. */
public final class SessionSecretStore implements SecretStore {

    private final Map<String, Secret> secrets = new ConcurrentHashMap<>();

    @Override
    public Kind kind() {
        return Kind.SESSION_ONLY;
    }

    @Override
    public String displayName() {
        return "This session only (forgotten when the app closes)";
    }

    @Override
    public Optional<Secret> read(String key) {
        return Optional.ofNullable(secrets.get(key));
    }

    @Override
    public void write(String key, Secret secret) {
        secrets.put(key, secret);
    }

    @Override
    public void delete(String key) {
        secrets.remove(key);
    }
}
