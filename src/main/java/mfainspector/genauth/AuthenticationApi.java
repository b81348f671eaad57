package mfainspector.genauth;

import java.util.List;
import mfainspector.factor.Factor;
import mfainspector.factor.FactorType;

/**
 * The Authentication API calls this app makes as the user. Implemented over HTTP by
 * {@code GenAuthClient}; the UI depends only on this interface, so it never touches HTTP classes
 * (and does not load them before the first call).
 *
 * <p>Every call may be aborted from another thread through its {@link CancelSignal}; an aborted
 * call throws {@link GenAuthException} with {@link ErrorCategory#CANCELLED}.
 */
public interface AuthenticationApi {

    /** {@code POST /api/v3/signin} with the PASSWORD connection. Never retried. */
    Tokens signIn(AppConnection app, AccountType accountType, String account, Secret password, CancelSignal cancel)
            throws GenAuthException;

    /** {@code GET /api/v3/list-enrolled-factors}: the user's bound factors, any type kept. */
    List<Factor> listEnrolledFactors(AppConnection app, Secret accessToken, CancelSignal cancel) throws GenAuthException;

    /** {@code GET /api/v3/list-factors-to-enroll}: types the app allows that the user has not bound. */
    List<FactorType> listFactorsToEnroll(AppConnection app, Secret accessToken, CancelSignal cancel) throws GenAuthException;

    /**
     * Loads and sets up what a first call to {@code host} needs (the HTTP and JSON classes, and
     * for any host but plain http to loopback the certificate stores and proxy settings), so that
     * the first sign-in does not wait for it. Sends nothing. Does nothing unless implemented.
     */
    default void prepare(HostAddress host) {
    }
}
