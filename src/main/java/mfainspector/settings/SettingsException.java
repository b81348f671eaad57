package mfainspector.settings;

/** The settings could not be saved; the message says why and what happens next, and holds no secret. */
public class SettingsException extends Exception {

    public SettingsException(String message) {
        super(message);
    }

    public SettingsException(String message, Throwable cause) {
        super(message, cause);
    }
}
