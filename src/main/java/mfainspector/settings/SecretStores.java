package mfainspector.settings;

import java.nio.file.Files;
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
import java.util.function.Supplier;
import mfainspector.genauth.Secret;
import mfainspector.settings.windows.WindowsCredentialStore;

/** Finds the operating system's secret store, if one works on this machine. */
public final class SecretStores {

    /**
     * How long the probe may take in all. A running keyring answers in well under a second; a
     * locked one that shows an unlock prompt would make the window wait on a person, so the probe
     * gives up and the app offers its own choice. Later reads and writes get the store's longer limit.
     */
    static final Duration PROBE_LIMIT = Duration.ofSeconds(3);

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
        return detect(System.getProperty("os.name", ""), System.getenv(), PROBE_LIMIT, WindowsCredentialStore::onThisMachine);
    }

    static Optional<SecretStore> detect(String osName, Map<String, String> env, Duration limit) {
        return detect(osName, env, limit, WindowsCredentialStore::onThisMachine);
    }

    /** {@code windowsStore} makes the Credential Manager store; it is called on Windows only. */
    static Optional<SecretStore> detect(String osName, Map<String, String> env, Duration limit,
            Supplier<? extends SecretStore> windowsStore) {
        return candidate(osName, env, windowsStore).filter(store -> probe(store, limit));
    }

    private static Optional<SecretStore> candidate(String osName, Map<String, String> env,
            Supplier<? extends SecretStore> windowsStore) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("mac")) {
            return Optional.of(new MacKeychainStore(env, SecretServiceStore.DEFAULT_TIMEOUT));
        }
        if (os.startsWith("windows")) {
            try {
                return Optional.of(windowsStore.get());
            } catch (LinkageError e) {
                return Optional.empty(); // JNA or Advapi32 missing (an image without them): the app offers its own choice
            }
        }
        if (!hasSessionBus(env)) {
            return Optional.empty(); // no D-Bus session: secret-tool could only wait for one to appear
        }
        return Optional.of(new SecretServiceStore(env, SecretServiceStore.DEFAULT_TIMEOUT));
    }

    /** A Secret Service is reached over the session bus: its address is set, or its socket is in the runtime folder. */
    static boolean hasSessionBus(Map<String, String> env) {
        String address = env.getOrDefault("DBUS_SESSION_BUS_ADDRESS", "");
        if (!address.isBlank()) {
            return true;
        }
        String runtime = env.getOrDefault("XDG_RUNTIME_DIR", "");
        return !runtime.isBlank() && Files.exists(Path.of(runtime, "bus"));
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
