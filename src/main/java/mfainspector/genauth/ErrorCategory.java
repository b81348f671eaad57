package mfainspector.genauth;

/**
 * What kind of failure a call ended in. The UI turns each into a sentence saying what happened
 * and what to do; the headless commands turn it into an exit code.
 */
public enum ErrorCategory {
    /** Wrong account or password (apiCode 2333, 2006, 2004 at sign-in). */
    WRONG_CREDENTIALS(true),
    /** Not signed in or the token expired (statusCode 401, apiCode 2020, HTTP 401). */
    NOT_SIGNED_IN(true),
    /** App id unknown or the client authentication does not match the app (apiCode 2011, 1300-1306, wrong secret); wrong user pool id or secret at the management token call. */
    APP_MISCONFIGURED(true),
    /** Sign-in needs an extra MFA step this tool does not perform (apiCode 1635, 1636). */
    MFA_REQUIRED(true),
    /** The user is locked (apiCode 2005) or must reset the password first (1639, 2058). */
    USER_LOCKED(true),
    /** The caller may not do this (statusCode 403 or 402 without a more specific apiCode). */
    PERMISSION_DENIED(true),
    /** What was asked for does not exist (statusCode 404). */
    NOT_FOUND(true),
    /** The server refused the request as malformed (statusCode 400, 409, 413, 422 and others). */
    REJECTED(true),
    /** Too many requests (HTTP or statusCode 429). */
    RATE_LIMITED(false),
    /** The server failed (5xx, statusCode 500-503, 601-603). */
    SERVER_ERROR(false),
    /** The host could not be reached: refused, unresolvable, no route. */
    NETWORK_UNREACHABLE(false),
    /** The TLS handshake failed: untrusted, expired or mismatched certificate. */
    TLS_FAILURE(false),
    /** Connecting or reading took too long. */
    TIMEOUT(false),
    /** The answer was not the JSON expected (HTML page, empty, wrong shape, too large, redirect). */
    MALFORMED_RESPONSE(false),
    /** The person cancelled the call. */
    CANCELLED(false);

    private final boolean refusedByServer;

    ErrorCategory(boolean refusedByServer) {
        this.refusedByServer = refusedByServer;
    }

    /** True when GenAuth answered and said no (exit code 3); false for transport and server faults (exit code 4). */
    public boolean refusedByServer() {
        return refusedByServer;
    }
}
