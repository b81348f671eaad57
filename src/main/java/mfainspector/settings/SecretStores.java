package mfainspector.settings;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import mfainspector.genauth.Secret;

/** Finds the operating system's secret store, if one works on this machine. */
public final class SecretStores {

    /** How long the probe may take in all; a locked keyring's unlock prompt counts against it. */
    static final Duration PROBE_LIMIT = Duration.ofSeconds(10);

    private SecretStores() {
    }

    /**
     * The OS secret store if writing, reading and deleting a random probe value works within
     * {@link #PROBE_LIMIT}; else empty, and the app offers the owner-only file or session-only
     * storage. Blocks for up to that limit: call it on a background thread. {@code settingsDir} is
     * not used by the OS stores; it is where the caller puts {@link OwnerOnlyFileSecretStore} if
     * this comes back empty.
     */
    public static Optional<SecretStore> detect(Path settingsDir) {
        return detect(System.getProperty("os.name", ""), System.getenv(), PROBE_LIMIT);
    }

    static Optional<SecretStore> detect(String osName, Map<String, String> env, Duration limit) {
        return candidate(osName, env, limit).filter(store -> probe(store, limit));
    }

    private static Optional<SecretStore> candidate(String osName, Map<String, String> env, Duration limit) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("mac")) {
            return Optional.of(new MacKeychainStore(env, limit));
        }
        if (os.startsWith("windows")) {
            // Credential Manager needs a native call (JNA) or PowerShell, and we have no Windows to
            // test either on: offer the owner-only file or session-only storage there instead.
            return Optional.empty();
        }
        return Optional.of(new SecretServiceStore(env, limit));
    }

    private static boolean probe(SecretStore store, Duration limit) {
        CompletableFuture<Boolean> probe = CompletableFuture.supplyAsync(() -> {
            String key = "probe." + UUID.randomUUID();
            Secret value = Secret.of(UUID.randomUUID().toString());
            try {
                store.write(key, value);
                boolean same = store.read(key).filter(value::equals).isPresent();
                store.delete(key);
                return same && store.read(key).isEmpty();
            } catch (SecretStoreException e) {
                return false;
            }
        });
        try {
            return probe.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
