package mfainspector.cli;

/** The command line is wrong; the message says what to type instead. Exit code 2. */
final class UsageException extends Exception {

    UsageException(String message) {
        super(message);
    }
}
