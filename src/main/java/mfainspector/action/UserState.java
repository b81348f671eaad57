package mfainspector.action;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import mfainspector.factor.FactorType;
import mfainspector.lookup.AccountStatus;
import mfainspector.lookup.ManagedUser;
import mfainspector.lookup.UserMfaState;

/**
 * What an action may change of a user, as read from the Management API: account status, MFA phone
 * and email, whether the authenticator app and face are bound, and the apps signed in to (null
 * when not read). {@link #describe} gives the part an action concerns, masked, for the window and
 * the lookup log.
 */
public record UserState(ManagedUser user, UserMfaState mfa, List<LoggedInApp> signedInApps) {

    public UserState {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(mfa, "mfa");
        signedInApps = signedInApps == null ? null : List.copyOf(signedInApps);
    }

    public AccountStatus status() {
        return AccountStatus.of(user.status());
    }

    public boolean bound(FactorType type) {
        return mfa.binding(type).isEnabled();
    }

    /** The part of the state {@code action} concerns, in masked, language-neutral words. */
    public String describe(HelpdeskAction action) {
        return switch (action) {
            case SIGN_OUT -> signedInApps == null ? "apps=?" : "apps=" + signedInApps.size()
                    + (signedInApps.isEmpty() ? "" : " (" + signedInApps.stream().map(LoggedInApp::label)
                    .collect(Collectors.joining(", ")) + ")");
            case SUSPEND, REACTIVATE -> "status=" + (user.status().isEmpty() ? "?" : user.status());
            case SET_MFA_PHONE -> "mfaPhone=" + orNone(mfa.status().maskedMfaPhone());
            case SET_MFA_EMAIL -> "mfaEmail=" + orNone(mfa.status().maskedMfaEmail());
            case TURN_OFF_OTP -> "otp=" + binding(FactorType.OTP);
            case TURN_OFF_FACE -> "face=" + binding(FactorType.FACE);
        };
    }

    private String binding(FactorType type) {
        return mfa.binding(type).name().toLowerCase(java.util.Locale.ROOT);
    }

    private static String orNone(String s) {
        return s.isEmpty() ? "none" : s;
    }
}
