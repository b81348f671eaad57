package mfainspector.cli;

import mfainspector.genauth.ErrorCategory;

/** The documented exit codes of the headless commands. */
final class ExitCode {
    static final int OK = 0;
    /** An unexpected fault inside the app itself. */
    static final int INTERNAL = 1;
    static final int USAGE = 2;
    /** GenAuth answered and refused: credentials, app, permission, MFA step, locked, not found. */
    static final int REFUSED = 3;
    /** Network, timeout, server error or malformed response. */
    static final int FAILED = 4;
    /** Stopped by Ctrl-C or SIGTERM before the end; the work done is kept (the report's checkpoint). */
    static final int INTERRUPTED = 5;

    private ExitCode() {
    }

    static int of(ErrorCategory category) {
        return category.refusedByServer() ? REFUSED : FAILED;
    }
}
