package mfainspector.report;

import java.util.Objects;
import java.util.Optional;
import mfainspector.genauth.GenAuthException;

/**
 * A scan that stopped before it was complete. Its checkpoint is kept: the next run with resume
 * continues where it stopped. The message says what happened and what to do; it holds no secret.
 */
public final class ScanException extends Exception {

    /** Why the scan stopped. */
    public enum Reason {
        /** Cancelled by the person (Cancel, Esc, closing the window, Ctrl-C). */
        CANCELLED,
        /** GenAuth refused the scan: wrong credentials, no permission (exit code 3). */
        REFUSED,
        /** Network or server fault that the retries could not overcome (exit code 4). */
        FAULT,
        /** The scan folder or the output file could not be written or read. */
        STORAGE,
        /** Another scan of the same pool is running on this computer. */
        BUSY
    }

    private final Reason reason;

    public ScanException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public Reason reason() {
        return reason;
    }

    /** The server's failure, when one stopped the scan (for its codes and requestId). */
    public Optional<GenAuthException> serverFailure() {
        return getCause() instanceof GenAuthException g ? Optional.of(g) : Optional.empty();
    }
}
