package mfainspector.report;

import java.util.Locale;

/**
 * How well a user is covered by MFA, from the types they have bound. SMS and email are weak
 * factors (a SIM swap or a mailbox takeover passes them); an authenticator app (OTP) or face
 * makes a user {@link #STRONG} whatever else they have.
 */
public enum Category {
    NO_MFA, EMAIL_ONLY, SMS_ONLY, SMS_AND_EMAIL, STRONG,
    /** The user's MFA state could not be read; the row says why. */
    UNKNOWN;

    /**
     * The category of a user whose bound types are known; a type the server did not report
     * (null) makes the whole answer {@link #UNKNOWN} unless a strong type is bound.
     */
    public static Category of(Boolean sms, Boolean email, Boolean otp, Boolean face) {
        if (Boolean.TRUE.equals(otp) || Boolean.TRUE.equals(face)) {
            return STRONG;
        }
        if (sms == null || email == null || otp == null || face == null) {
            return UNKNOWN;
        }
        if (sms && email) {
            return SMS_AND_EMAIL;
        }
        if (sms) {
            return SMS_ONLY;
        }
        return email ? EMAIL_ONLY : NO_MFA;
    }

    /** Only weak factors bound: email, SMS or both. */
    public boolean weakOnly() {
        return this == EMAIL_ONLY || this == SMS_ONLY || this == SMS_AND_EMAIL;
    }

    /** The name in files and on the command line: {@code no-mfa}, {@code sms-and-email}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The category of {@link #wireName()}; an unknown name is an {@link IllegalArgumentException}. */
    public static Category parse(String wireName) {
        for (Category c : values()) {
            if (c.wireName().equals(wireName)) {
                return c;
            }
        }
        throw new IllegalArgumentException("Unknown category '" + wireName + "'");
    }
}
