package mfainspector.settings.windows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import mfainspector.settings.SecretStoreException;

/**
 * Credential Manager in memory, for the store's logic on systems without it: it refuses what
 * Windows refuses (a blob over 2,560 bytes, a target name over 32,767 characters), keeps copies
 * of the blobs and remembers every array it was given or gave out, so a test can check that the
 * store wiped them.
 */
public class MemoryCredentialManager implements CredentialManager {

    public final Map<String, byte[]> credentials = new TreeMap<>();
    final List<byte[]> handedOver = new ArrayList<>();
    public final List<String> calls = new ArrayList<>();

    @Override
    public Optional<byte[]> read(String target) throws SecretStoreException {
        calls.add("read " + target);
        checkTarget(target);
        byte[] blob = credentials.get(target);
        if (blob == null) {
            return Optional.empty();
        }
        byte[] copy = blob.clone();
        handedOver.add(copy);
        return Optional.of(copy);
    }

    @Override
    public void write(String target, byte[] blob) throws SecretStoreException {
        calls.add("write " + target);
        checkTarget(target);
        if (blob.length > MAX_BLOB_BYTES) {
            throw new SecretStoreException("blob of " + blob.length + " bytes (ERROR_INVALID_PARAMETER)");
        }
        handedOver.add(blob);
        credentials.put(target, blob.clone());
    }

    @Override
    public boolean delete(String target) throws SecretStoreException {
        calls.add("delete " + target);
        checkTarget(target);
        return credentials.remove(target) != null;
    }

    boolean everyArrayWiped() {
        return handedOver.stream().allMatch(a -> Arrays.equals(a, new byte[a.length]));
    }

    private static void checkTarget(String target) throws SecretStoreException {
        if (target.length() > MAX_TARGET_CHARS) {
            throw new SecretStoreException("target of " + target.length() + " characters (ERROR_INVALID_PARAMETER)");
        }
    }
}
