package mfainspector.report;

import java.util.Locale;
import mfainspector.genauth.GenAuthException;

/** Why a user's MFA state could not be read, in a few words and the codes support asks for. */
final class Reasons {

    private Reasons() {
    }

    static String of(GenAuthException e) {
        String what = switch (e.category()) {
            case NOT_FOUND -> "user not found (deleted during the scan?)";
            case SERVER_ERROR -> "server error";
            case MALFORMED_RESPONSE -> "the server's answer was not understood";
            case REJECTED -> "the server refused the request";
            case RATE_LIMITED -> "too many requests: the server's rate limit held for too long";
            case NETWORK_UNREACHABLE -> "the server could not be reached";
            case TIMEOUT -> "the server did not answer in time";
            case TLS_FAILURE -> "the secure connection failed";
            case APP_MISCONFIGURED -> "wrong user pool id or secret";
            case NOT_SIGNED_IN -> "the management token was refused";
            case PERMISSION_DENIED -> "no permission for this call";
            case CANCELLED -> "cancelled";
            default -> e.category().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        };
        String codes = e.codes();
        return codes.isEmpty() ? what : what + " (" + codes + ")";
    }
}
