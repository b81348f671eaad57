package mfainspector.settings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import mfainspector.genauth.Secret;

/**
 * Linux: the freedesktop Secret Service (GNOME Keyring, KWallet, KeePassXC) through the
 * {@code secret-tool} command (Debian package {@code libsecret-tools}). Items carry the attributes
 * {@code application=mfa-inspector key=<key> part=<n>}; the secret travels on standard input and
 * output only. {@code secret-tool} refuses a value over 8 KiB, so a longer secret is kept in parts
 * 0, 1, ...: a read joins them up to the first missing part.
 * The environment is passed in so that tests can point {@code DBUS_SESSION_BUS_ADDRESS} at their own bus.
 */
public final class SecretServiceStore extends CommandLineSecretStore {

    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    private static final String APPLICATION = "mfa-inspector";
    /** UTF-16 chars per part: at most 3 UTF-8 bytes each, so a part stays under secret-tool's 8 KiB. */
    private static final int PART_CHARS = 2_600;

    private final String executable;

    public SecretServiceStore() {
        this(System.getenv(), DEFAULT_TIMEOUT);
    }

    public SecretServiceStore(Map<String, String> environment, Duration timeout) {
        this("secret-tool", environment, timeout);
    }

    SecretServiceStore(String executable, Map<String, String> environment, Duration timeout) {
        super(environment, timeout);
        this.executable = executable;
    }

    @Override
    public String displayName() {
        return "Secret Service (system keyring)";
    }

    @Override
    public Optional<Secret> read(String key) throws SecretStoreException {
        StringBuilder value = new StringBuilder();
        int part = 0;
        for (Optional<String> next = readPart(key, part); next.isPresent(); next = readPart(key, ++part)) {
            value.append(next.get());
        }
        return part == 0 ? Optional.empty() : Optional.of(Secret.of(value.toString()));
    }

    @Override
    public void write(String key, Secret secret) throws SecretStoreException {
        String value = secret.reveal();
        int part = 0;
        int start = 0;
        do {
            int end = Math.min(value.length(), start + PART_CHARS);
            if (end < value.length() && Character.isHighSurrogate(value.charAt(end - 1))) {
                end--; // never split a character outside the Basic Multilingual Plane
            }
            List<String> args = List.of("store", "--label=MFA Inspector: " + key, "application", APPLICATION, "key", key,
                    "part", String.valueOf(part++));
            ExternalCommand.Result r = call("save", args, value.substring(start, end).getBytes(StandardCharsets.UTF_8));
            if (r.exitCode() != 0) {
                throw refused("save", r);
            }
            start = end;
        } while (start < value.length());
        while (clear(List.of("application", APPLICATION, "key", key, "part", String.valueOf(part++)))) {
            // parts left from a longer earlier value
        }
    }

    @Override
    public void delete(String key) throws SecretStoreException {
        clear(List.of("application", APPLICATION, "key", key)); // matches every part
    }

    private Optional<String> readPart(String key, int part) throws SecretStoreException {
        ExternalCommand.Result r = call("read", List.of("lookup", "application", APPLICATION, "key", key, "part",
                String.valueOf(part)), new byte[0]);
        if (r.exitCode() == 0) {
            return Optional.of(new String(r.stdout(), StandardCharsets.UTF_8));
        }
        if (isNothingFound(r)) {
            return Optional.empty();
        }
        throw refused("read", r);
    }

    /** @return whether something was deleted */
    private boolean clear(List<String> attributes) throws SecretStoreException {
        List<String> args = new ArrayList<>(List.of("clear"));
        args.addAll(attributes);
        ExternalCommand.Result r = call("delete", args, new byte[0]);
        if (r.exitCode() != 0 && !isNothingFound(r)) {
            throw refused("delete", r);
        }
        return r.exitCode() == 0;
    }

    /** secret-tool's answer for "no such item": exit code 1 without a message. */
    private static boolean isNothingFound(ExternalCommand.Result r) {
        return r.exitCode() == 1 && r.stderr().isBlank();
    }

    /** The full command line for an action: package-visible so that a test can check no secret is in it. */
    List<String> commandLine(List<String> args) {
        return Stream.concat(Stream.of(executable), args.stream()).toList();
    }

    private ExternalCommand.Result call(String action, List<String> args, byte[] stdin) throws SecretStoreException {
        return call(commandLine(args), stdin, action);
    }

    @Override
    String whenToolMissing(IOException e) {
        return "The command " + executable + " could not be run (" + e.getMessage()
                + "). Install it (Debian and Ubuntu: package libsecret-tools) to keep secrets in the system keyring.";
    }

    private static SecretStoreException refused(String action, ExternalCommand.Result r) {
        String detail = r.firstErrorLine().isEmpty() ? "exit code " + r.exitCode() : r.firstErrorLine();
        return new SecretStoreException("The system keyring could not " + action + " the secret: " + detail
                + ". Check that a keyring (GNOME Keyring or KWallet) is running and unlocked.");
    }
}
