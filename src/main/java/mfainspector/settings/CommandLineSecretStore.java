package mfainspector.settings;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;

/** An OS secret store reached through its command-line tool, with a time limit on every call. */
abstract sealed class CommandLineSecretStore implements SecretStore permits SecretServiceStore, MacKeychainStore {

    private final Map<String, String> environment;
    final Duration timeout;

    CommandLineSecretStore(Map<String, String> environment, Duration timeout) {
        this.environment = Map.copyOf(environment);
        this.timeout = timeout;
    }

    @Override
    public final Kind kind() {
        return Kind.OS_KEYRING;
    }

    /** What to tell the user when the tool cannot be started at all. */
    abstract String whenToolMissing(IOException e);

    ExternalCommand.Result call(List<String> argv, byte[] stdin, String action) throws SecretStoreException {
        try {
            return ExternalCommand.run(argv, environment, stdin, timeout);
        } catch (TimeoutException e) {
            throw new SecretStoreException(displayName() + " did not answer within " + timeout.toSeconds()
                    + " s when asked to " + action + " a secret. If it asks to be unlocked, unlock it and try again.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SecretStoreException("Cancelled while " + displayName() + " was asked to " + action + " a secret.");
        } catch (IOException e) {
            throw new SecretStoreException(whenToolMissing(e), e);
        }
    }
}
