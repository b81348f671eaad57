package mfainspector.report;

import mfainspector.genauth.ManagementCredentials;

/**
 * The MFA coverage scan of a whole user pool: lists every user and reads each one's MFA types,
 * through one rate limiter for all calls, writing rows to the scan folder as they come and a
 * checkpoint after each page, so that a scan stopped in any way continues where it stopped.
 *
 * <p>{@link #run} blocks the calling thread until the scan is complete, cancelled or failed; run
 * it on a background thread. {@link #cancel()} may be called from any thread at any moment (the
 * JavaFX thread included: it only signals). One instance runs once.
 */
public final class CoverageScan {

    /** A scan with the management credentials of the look-up. */
    public static CoverageScan create(ManagementCredentials credentials, ScanSettings settings) {
        throw new UnsupportedOperationException();
    }

    /**
     * Runs the scan to the end and returns the complete result.
     *
     * @throws ScanException when it stopped before the end; the checkpoint is kept for a resume
     */
    public ReportResult run(ScanListener listener) throws ScanException {
        throw new UnsupportedOperationException();
    }

    /** Stops the scan soon: calls in flight are aborted, {@link #run} throws {@link ScanException.Reason#CANCELLED}. */
    public void cancel() {
        throw new UnsupportedOperationException();
    }
}
