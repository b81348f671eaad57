package mfainspector.action;

import java.util.Locale;
import java.util.Optional;

/**
 * What an agent may do to a user from the case view: only what the Management API offers. Nothing
 * here deletes a user or marks them resigned.
 */
public enum HelpdeskAction {
    /** Signs the user out of every app they are signed in to ({@code kick-users}). */
    SIGN_OUT("sign-out"),
    /** Sets the status Suspended ({@code update-user}): every sign-in is refused. */
    SUSPEND("suspend"),
    /** Sets the status Activated ({@code update-user}). */
    REACTIVATE("reactivate"),
    /** Sends SMS codes to another number ({@code set-mfa-status}). */
    SET_MFA_PHONE("set-mfa-phone"),
    /** Sends email codes to another address ({@code set-mfa-status}). */
    SET_MFA_EMAIL("set-mfa-email"),
    /** Unbinds the authenticator app (V2 {@code mfa-bound}): the user enrols again at the next sign-in. */
    TURN_OFF_OTP("turn-off-otp"),
    /** Unbinds face (V2 {@code mfa-bound}): the user enrols again at the next sign-in. */
    TURN_OFF_FACE("turn-off-face");

    private final String wireName;

    HelpdeskAction(String wireName) {
        this.wireName = wireName;
    }

    /** {@code sign-out}, {@code suspend}, ...: as the command line takes it and the log writes it. */
    public String wireName() {
        return wireName;
    }

    /** True for the actions that need a new value (a phone number or an email address). */
    public boolean needsValue() {
        return this == SET_MFA_PHONE || this == SET_MFA_EMAIL;
    }

    /** True for the actions that use GenAuth's older V2 API. */
    public boolean usesV2() {
        return this == TURN_OFF_OTP || this == TURN_OFF_FACE;
    }

    /** The key of this action's texts in the message bundles: {@code action.sign-out...}. */
    public String key() {
        return "action." + wireName;
    }

    public static Optional<HelpdeskAction> parse(String wire) {
        String w = wire == null ? "" : wire.strip().toLowerCase(Locale.ROOT);
        for (HelpdeskAction a : values()) {
            if (a.wireName.equals(w)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
