package mfainspector.genauth;

/**
 * How the management calls read a failure's codes, where they differ from the Authentication API
 * ({@link Envelope#categorize}).
 */
final class ManagementErrors {

    private static final int USER_NOT_FOUND = 2004;

    private ManagementErrors() {
    }

    /**
     * The token call: its only input is the user pool id and secret, so any refusal means they are
     * wrong. APP_MISCONFIGURED rather than PERMISSION_DENIED: the fix is in the profile, as for a
     * wrong app secret, not in the tenant's permissions.
     */
    static ErrorCategory tokenCall(int httpStatus, Integer statusCode, Integer apiCode) {
        ErrorCategory general = Envelope.categorize(httpStatus, statusCode, apiCode);
        return general.refusedByServer() ? ErrorCategory.APP_MISCONFIGURED : general;
    }

    /** A look-up with a token: apiCode 2004 says the user does not exist, not that a sign-in failed. */
    static ErrorCategory lookup(int httpStatus, Integer statusCode, Integer apiCode) {
        if (apiCode != null && apiCode == USER_NOT_FOUND) {
            return ErrorCategory.NOT_FOUND;
        }
        return Envelope.categorize(httpStatus, statusCode, apiCode);
    }

    /** A look-up with a token fetched just now: a refusal of it means missing permission, not an old token. */
    static ErrorCategory lookupWithFreshToken(int httpStatus, Integer statusCode, Integer apiCode) {
        ErrorCategory c = lookup(httpStatus, statusCode, apiCode);
        return c == ErrorCategory.NOT_SIGNED_IN ? ErrorCategory.PERMISSION_DENIED : c;
    }
}
