package mfainspector.genauth;

import java.util.List;
import mfainspector.action.LoggedInApp;
import mfainspector.lookup.AccountStatus;

/**
 * The Management API calls that change a user, for the helpdesk actions. Each names the user by
 * their user id. None is ever retried (a token the server refused is renewed and the call made
 * once more, as for every management call: the server did not act on the refused one). Every
 * changing call returns GenAuth's {@code requestId} of its answer, or "" when none came.
 *
 * <p>Sources: {@code cn.authing:authing-java-sdk} 3.1.9 {@code ManagementClient} ({@code kickUsers},
 * {@code getUserLoggedinApps}, {@code updateUser}, {@code setUsersMfaStatus}) and, for unbinding
 * an authenticator app or face, the V2 Node SDK's {@code MFAManagementClient.unAssociateMfa}.
 */
public interface ManagementActions {

    /** {@code GET /api/v3/get-user-loggedin-apps?userId=&userIdType=user_id}: the apps the user is signed in to. */
    List<LoggedInApp> getUserLoggedInApps(String userId, CancelSignal cancel) throws GenAuthException;

    /** {@code POST /api/v3/kick-users {userId, appIds, options{userIdType}}}: signs the user out of those apps. */
    String kickUsers(String userId, List<String> appIds, CancelSignal cancel) throws GenAuthException;

    /** {@code POST /api/v3/update-user {userId, status, options{userIdType}}}: Suspended or Activated only. */
    String setUserStatus(String userId, AccountStatus status, CancelSignal cancel) throws GenAuthException;

    /** {@code POST /api/v3/set-mfa-status {userId, userIdType, mfaTriggerData{mfaPhone, mfaPhoneCountryCode}}}. */
    String setMfaPhone(String userId, String phone, String countryCode, CancelSignal cancel) throws GenAuthException;

    /** {@code POST /api/v3/set-mfa-status {userId, userIdType, mfaTriggerData{mfaEmail}}}. */
    String setMfaEmail(String userId, String email, CancelSignal cancel) throws GenAuthException;

    /**
     * {@code DELETE /api/v2/users/{userId}/mfa-bound?type=OTP|FACE}: unbinds the user's authenticator
     * app or face, so that they enrol again at their next sign-in. A V2 call: V3 offers an admin no
     * unbinding ({@code set-mfa-status} only switches the OTP and face checks).
     */
    String unbindMfa(String userId, UnbindableFactor factor, CancelSignal cancel) throws GenAuthException;

    /** The factors an administrator can unbind, with the {@code type} the V2 call takes. */
    enum UnbindableFactor {
        OTP, FACE
    }
}
