package mfainspector.settings.windows;

import java.util.Optional;
import mfainspector.settings.SecretStoreException;

/**
 * The three calls of Windows Credential Manager the store needs, on generic credentials named by
 * their target name. Blobs are raw bytes; the caller owns every array it passes or gets and
 * wipes it. {@link NativeCredentialManager} is the real one (Windows only).
 */
public interface CredentialManager {

    /** {@code CRED_MAX_CREDENTIAL_BLOB_SIZE}: 5 * 512 bytes. */
    int MAX_BLOB_BYTES = 5 * 512;

    /** {@code CRED_MAX_GENERIC_TARGET_NAME_LENGTH}, in UTF-16 characters. */
    int MAX_TARGET_CHARS = 32_767;

    /** @return a copy of the blob, or empty when no credential has that target name */
    Optional<byte[]> read(String target) throws SecretStoreException;

    /** Creates or replaces the credential; {@code blob} is at most {@link #MAX_BLOB_BYTES}. */
    void write(String target, byte[] blob) throws SecretStoreException;

    /** @return whether a credential was deleted (false when there was none) */
    boolean delete(String target) throws SecretStoreException;
}
