package mfainspector.settings;

/** A secret store could not be used; the message says why and never holds the secret. */
public class SecretStoreException extends Exception {

    public SecretStoreException(String message) {
        super(message);
    }

    public SecretStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
