package mfainspector.settings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import mfainspector.genauth.Secret;

/**
 * Linux: the freedesktop Secret Service (GNOME Keyring, KWallet, KeePassXC) through the
 * {@code secret-tool} command (Debian package {@code libsecret-tools}). Items carry the attributes
 * {@code application=mfa-inspector key=<key>}; the secret travels on standard input and output only.
 * The environment is passed in so that tests can point {@code DBUS_SESSION_BUS_ADDRESS} at their own bus.
 */
public final class SecretServiceStore implements SecretStore {

    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    private static final String APPLICATION = "mfa-inspector";

    private final String executable;
    private final Map<String, String> environment;
    private final Duration timeout;

    public SecretServiceStore() {
        this(System.getenv(), DEFAULT_TIMEOUT);
    }

    public SecretServiceStore(Map<String, String> environment, Duration timeout) {
        this("secret-tool", environment, timeout);
    }

    SecretServiceStore(String executable, Map<String, String> environment, Duration timeout) {
        this.executable = executable;
        this.environment = Map.copyOf(environment);
        this.timeout = timeout;
    }

    @Override
    public Kind kind() {
        return Kind.OS_KEYRING;
    }

    @Override
    public String displayName() {
        return "Secret Service (system keyring)";
    }

    @Override
    public Optional<Secret> read(String key) throws SecretStoreException {
        ExternalCommand.Result r = call("read", List.of("lookup", "application", APPLICATION, "key", key), new byte[0]);
        if (r.exitCode() == 0) {
            return Optional.of(Secret.of(new String(r.stdout(), StandardCharsets.UTF_8)));
        }
        if (r.exitCode() == 1 && r.stderr().isBlank()) {
            return Optional.empty(); // secret-tool's answer for "no such item"
        }
        throw refused("read", r);
    }

    @Override
    public void write(String key, Secret secret) throws SecretStoreException {
        List<String> args = List.of("store", "--label=MFA Inspector: " + key, "application", APPLICATION, "key", key);
        ExternalCommand.Result r = call("save", args, secret.reveal().getBytes(StandardCharsets.UTF_8));
        if (r.exitCode() != 0) {
            throw refused("save", r);
        }
    }

    @Override
    public void delete(String key) throws SecretStoreException {
        ExternalCommand.Result r = call("delete", List.of("clear", "application", APPLICATION, "key", key), new byte[0]);
        if (r.exitCode() != 0 && !(r.exitCode() == 1 && r.stderr().isBlank())) {
            throw refused("delete", r); // exit 1 without a message: there was nothing to delete
        }
    }

    /** The full command line for an action: package-visible so that a test can check no secret is in it. */
    List<String> commandLine(List<String> args) {
        return Stream.concat(Stream.of(executable), args.stream()).toList();
    }

    private ExternalCommand.Result call(String action, List<String> args, byte[] stdin) throws SecretStoreException {
        try {
            return ExternalCommand.run(commandLine(args), environment, stdin, timeout);
        } catch (TimeoutException e) {
            throw new SecretStoreException("The system keyring did not answer within " + timeout.toSeconds()
                    + " s when asked to " + action + " a secret. If it asks to be unlocked, unlock it and try again.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SecretStoreException("Cancelled while the system keyring was asked to " + action + " a secret.");
        } catch (IOException e) {
            throw new SecretStoreException("The command " + executable + " could not be run (" + e.getMessage()
                    + "). Install it (Debian and Ubuntu: package libsecret-tools) to keep secrets in the system keyring.", e);
        }
    }

    private static SecretStoreException refused(String action, ExternalCommand.Result r) {
        String detail = r.firstErrorLine().isEmpty() ? "exit code " + r.exitCode() : r.firstErrorLine();
        return new SecretStoreException("The system keyring could not " + action + " the secret: " + detail
                + ". Check that a keyring (GNOME Keyring or KWallet) is running and unlocked.");
    }
}
