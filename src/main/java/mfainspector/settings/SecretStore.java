package mfainspector.settings;

import java.util.Optional;
import mfainspector.genauth.Secret;

/**
 * Where secrets (app secrets, later user pool secrets) are kept between runs. Implementations:
 * the operating system's secret store (Secret Service on Linux, Keychain on macOS, Credential
 * Manager on Windows), a file readable by the owner only, or memory for this session only.
 * Calls may block (they talk to another process): never call them on the JavaFX thread.
 */
public interface SecretStore {

    /** Which kind of store this is; the window tells the user which one is in use. */
    enum Kind {
        /** The operating system's secret store. */
        OS_KEYRING,
        /** A file in the settings folder readable only by the user's own account. */
        OWNER_ONLY_FILE,
        /** Memory only: secrets are forgotten when the app exits. */
        SESSION_ONLY
    }

    Kind kind();

    /** A short name for the UI, e.g. "Secret Service (GNOME Keyring)". */
    String displayName();

    Optional<Secret> read(String key) throws SecretStoreException;

    void write(String key, Secret secret) throws SecretStoreException;

    void delete(String key) throws SecretStoreException;
}
