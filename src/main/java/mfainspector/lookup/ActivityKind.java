package mfainspector.lookup;

import java.util.Locale;

/**
 * What an activity event is about, from GenAuth's {@code eventType}. An event type this app does
 * not know is {@link #OTHER}; the event keeps its raw type ({@link ActivityEvent#eventType()}).
 */
public enum ActivityKind {
    SIGN_IN, SIGN_OUT, MFA_VERIFY, MFA_BIND, MFA_UNBIND, PASSWORD, CONTACT, PROFILE, TOKEN, FIRST_LOGIN, ACCOUNT, OTHER;

    /** The kind of a raw {@code eventType} ({@code login}, {@code verifyMfa}, ...), any case. */
    public static ActivityKind of(String eventType) {
        String t = eventType == null ? "" : eventType.strip().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "login" -> SIGN_IN;
            case "logout", "kick" -> SIGN_OUT;
            case "verifymfa" -> MFA_VERIFY;
            case "bindmfa" -> MFA_BIND;
            case "unbindmfa" -> MFA_UNBIND;
            case "updateuserpassword" -> PASSWORD;
            case "bindemail", "bindphone", "unbindphone", "unbindemail", "updateuseremail", "updateuserphone" -> CONTACT;
            case "updateuserprefile", "updateuserprofile" -> PROFILE;
            case "refreshusertokenbyself" -> TOKEN;
            case "verifyfirstlogin" -> FIRST_LOGIN;
            case "register", "deleteaccount" -> ACCOUNT;
            default -> OTHER;
        };
    }
}
