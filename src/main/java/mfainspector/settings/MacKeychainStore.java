package mfainspector.settings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mfainspector.genauth.Secret;

/**
 * macOS: the login Keychain through {@code /usr/bin/security}, service {@code mfa-inspector},
 * account = key. {@code add-generic-password -w <secret>} would put the secret in the process
 * arguments, which any local process can read with {@code ps}; so writes go through
 * {@code security -i}, which reads the command from standard input. The value is stored as
 * {@code b64:<base64>} so that no quoting or non-ASCII output of {@code security} can alter it.
 * Tested against the real Keychain by {@code MacKeychainStoreOnMacTest}, which runs on macOS only
 * (the macOS job of .github/workflows/ci.yml); kept small because no other system can run it.
 */
public final class MacKeychainStore extends CommandLineSecretStore {

    private static final String SECURITY = "/usr/bin/security";
    private static final String SERVICE = "mfa-inspector";
    private static final String PREFIX = "b64:";
    /** {@code security}'s exit code for "the specified item could not be found". */
    private static final int NOT_FOUND = 44;

    public MacKeychainStore(Map<String, String> environment, Duration timeout) {
        super(environment, timeout);
    }

    @Override
    public String displayName() {
        return "macOS Keychain";
    }

    @Override
    public Optional<Secret> read(String key) throws SecretStoreException {
        ExternalCommand.Result r = call(List.of(SECURITY, "find-generic-password", "-s", SERVICE, "-a", key, "-w"), "");
        if (r.exitCode() == NOT_FOUND) {
            return Optional.empty();
        }
        String stored = new String(r.stdout(), StandardCharsets.UTF_8).strip();
        if (r.exitCode() != 0 || !stored.startsWith(PREFIX)) {
            throw new SecretStoreException("The Keychain could not read the secret: " + r.firstErrorLine());
        }
        return Optional.of(Secret.of(new String(Base64.getDecoder().decode(stored.substring(PREFIX.length())), StandardCharsets.UTF_8)));
    }

    @Override
    public void write(String key, Secret secret) throws SecretStoreException {
        String value = PREFIX + Base64.getEncoder().encodeToString(secret.reveal().getBytes(StandardCharsets.UTF_8));
        String command = "add-generic-password -U -s " + SERVICE + " -a " + quote(key) + " -l " + quote("MFA Inspector: " + key)
                + " -w " + value + "\n";
        ExternalCommand.Result r = call(List.of(SECURITY, "-i"), command);
        // security -i can exit 0 after a failed command; it then reports the failure on stderr.
        if (r.exitCode() != 0 || !r.stderr().isBlank()) {
            throw new SecretStoreException("The Keychain could not save the secret: " + r.firstErrorLine());
        }
    }

    @Override
    public void delete(String key) throws SecretStoreException {
        ExternalCommand.Result r = call(List.of(SECURITY, "delete-generic-password", "-s", SERVICE, "-a", key), "");
        if (r.exitCode() != 0 && r.exitCode() != NOT_FOUND) {
            throw new SecretStoreException("The Keychain could not delete the secret: " + r.firstErrorLine());
        }
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private ExternalCommand.Result call(List<String> argv, String stdin) throws SecretStoreException {
        return call(argv, stdin.getBytes(StandardCharsets.UTF_8), "use");
    }

    @Override
    String whenToolMissing(IOException e) {
        return "The Keychain could not be used: " + e.getMessage();
    }
}
