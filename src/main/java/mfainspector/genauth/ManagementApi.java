package mfainspector.genauth;

import java.time.Instant;
import mfainspector.lookup.ActivityPage;
import mfainspector.lookup.ManagedUser;
import mfainspector.lookup.MfaStatus;
import mfainspector.lookup.UserIdType;
import mfainspector.lookup.UserMfaInfo;
import mfainspector.lookup.UserMfaState;
import mfainspector.lookup.UserPage;

/**
 * The Management API calls of the helpdesk look-up, with one set of management credentials.
 * Implemented over HTTP by {@code ManagementClient}; the UI depends only on this interface.
 *
 * <p>Every call may be aborted from another thread through its {@link CancelSignal}. Failures
 * come as {@link GenAuthException}: an unknown user is {@link ErrorCategory#NOT_FOUND}; a wrong
 * user pool id or secret is {@link ErrorCategory#APP_MISCONFIGURED} (the profile's settings are
 * wrong, as with a wrong app secret); a token the server still refuses after a renewal is
 * {@link ErrorCategory#PERMISSION_DENIED}.
 */
public interface ManagementApi {

    /** The most results {@link #listUsers} returns per page. */
    int MAX_PAGE_SIZE = 50;

    /** {@code GET /api/v3/get-user}: one user by an identifier of the given type. */
    ManagedUser getUser(UserIdType type, String value, CancelSignal cancel) throws GenAuthException;

    /** {@code POST /api/v3/list-users}: users matching {@code keywords}; {@code page} from 1, {@code limit} 1..50. */
    UserPage listUsers(String keywords, int page, int limit, CancelSignal cancel) throws GenAuthException;

    /** {@code GET /api/v3/get-user-mfa-info}: per MFA type, bound or not. */
    UserMfaInfo getUserMfaInfo(UserIdType type, String value, CancelSignal cancel) throws GenAuthException;

    /** {@code GET /api/v3/get-mfa-status}: MFA phone and email, TOTP and face switches, app policies. */
    MfaStatus getMfaStatus(UserIdType type, String value, CancelSignal cancel) throws GenAuthException;

    /** Both MFA calls, combined into what the look-up shows. */
    default UserMfaState getMfaState(UserIdType type, String value, CancelSignal cancel) throws GenAuthException {
        return UserMfaState.of(getUserMfaInfo(type, value, cancel), getMfaStatus(type, value, cancel));
    }

    /**
     * {@code POST /api/v3/get-user-action-logs}: the user's events between {@code start} and
     * {@code end} (sent as epoch milliseconds), newest first as the server orders them.
     *
     * @param success {@code false} for failed events only, {@code true} for successful ones, null for all
     */
    ActivityPage getUserActionLogs(String userId, Instant start, Instant end, Boolean success, int page, int limit,
            CancelSignal cancel) throws GenAuthException;

    /** {@code GET /api/v3/get-user-login-history}: the user's sign-ins between {@code start} and {@code end}. */
    ActivityPage getUserLoginHistory(String userId, Instant start, Instant end, int page, int limit, CancelSignal cancel)
            throws GenAuthException;

    /**
     * {@code GET /api/v3/get-otp-secret-by-user}: the user's TOTP secret (base32), empty when the
     * server sent none. A password in all but name: use it for one check and drop it; never show,
     * log or keep it.
     */
    Secret getOtpSecret(UserIdType type, String value, CancelSignal cancel) throws GenAuthException;

    // --- Coverage report ---

    /**
     * {@code POST /api/v3/list-users} with a creation-time range and order, for paging a whole
     * pool. Made once, never retried here: the caller paces and retries it.
     */
    default UserPage listUsers(ListUsersQuery query, CancelSignal cancel) throws GenAuthException {
        throw new UnsupportedOperationException("listing by creation time is not implemented by " + getClass().getName());
    }
}
