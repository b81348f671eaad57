package mfainspector.settings.windows;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import mfainspector.genauth.Secret;
import mfainspector.settings.SecretStore;
import mfainspector.settings.SecretStoreException;

/**
 * Windows: Credential Manager, one generic credential per key with the target name
 * {@code mfa-inspector:<key>} (in {@code <key>}, {@code %} and {@code #} are written {@code %25}
 * and {@code %23}). The secret is its UTF-8 bytes as the credential's blob. A blob may hold
 * at most 2,560 bytes ({@code CRED_MAX_CREDENTIAL_BLOB_SIZE}), so a longer secret is kept in
 * parts {@code mfa-inspector:<key>}, {@code mfa-inspector:<key>#1}, ...: a read joins them up to the
 * first missing part, and a write removes parts left from a longer earlier value. Every byte
 * array that held the secret is zeroed once used.
 */
public final class WindowsCredentialStore implements SecretStore {

    static final String PREFIX = "mfa-inspector:";

    private final CredentialManager credentials;

    public WindowsCredentialStore(CredentialManager credentials) {
        this.credentials = credentials;
    }

    /** The store on this machine's Credential Manager; fails with a {@link LinkageError} where JNA or Advapi32 is missing. */
    public static WindowsCredentialStore onThisMachine() {
        return new WindowsCredentialStore(new NativeCredentialManager());
    }

    @Override
    public Kind kind() {
        return Kind.OS_KEYRING;
    }

    @Override
    public String displayName() {
        return "Windows Credential Manager";
    }

    /** The target name of one part of a key's secret. */
    static String target(String key, int part) throws SecretStoreException {
        String name = PREFIX + key.replace("%", "%25").replace("#", "%23") + (part == 0 ? "" : "#" + part);
        if (name.length() > CredentialManager.MAX_TARGET_CHARS) {
            throw new SecretStoreException("The name of this secret is too long for Windows Credential Manager ("
                    + name.length() + " characters, at most " + CredentialManager.MAX_TARGET_CHARS
                    + "). Use a shorter profile name.");
        }
        return name;
    }

    @Override
    public Optional<Secret> read(String key) throws SecretStoreException {
        byte[] joined = new byte[0];
        int part = 0;
        try {
            for (Optional<byte[]> next = credentials.read(target(key, part)); next.isPresent();
                    next = credentials.read(target(key, ++part))) {
                byte[] blob = next.get();
                byte[] longer = Arrays.copyOf(joined, joined.length + blob.length);
                System.arraycopy(blob, 0, longer, joined.length, blob.length);
                Arrays.fill(blob, (byte) 0);
                Arrays.fill(joined, (byte) 0);
                joined = longer;
            }
            return part == 0 ? Optional.empty() : Optional.of(Secret.of(decode(joined)));
        } finally {
            Arrays.fill(joined, (byte) 0);
        }
    }

    @Override
    public void write(String key, Secret secret) throws SecretStoreException {
        byte[] value = secret.reveal().getBytes(StandardCharsets.UTF_8);
        int part = 0;
        try {
            int start = 0;
            do {
                int end = Math.min(value.length, start + CredentialManager.MAX_BLOB_BYTES);
                byte[] blob = Arrays.copyOfRange(value, start, end);
                try {
                    credentials.write(target(key, part++), blob);
                } finally {
                    Arrays.fill(blob, (byte) 0);
                }
                start = end;
            } while (start < value.length);
        } finally {
            Arrays.fill(value, (byte) 0);
        }
        while (credentials.delete(target(key, part++))) {
            // parts left from a longer earlier value
        }
    }

    @Override
    public void delete(String key) throws SecretStoreException {
        int part = 0;
        while (credentials.delete(target(key, part++))) {
            // every part up to the first missing one
        }
    }

    private static String decode(byte[] utf8) throws SecretStoreException {
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(utf8));
            String value = chars.toString();
            chars.clear();
            chars.put(new char[chars.capacity()]);
            return value;
        } catch (CharacterCodingException e) {
            throw new SecretStoreException("The secret in Windows Credential Manager is not in the form this app"
                    + " writes. Enter the secret again to replace it.");
        }
    }
}
