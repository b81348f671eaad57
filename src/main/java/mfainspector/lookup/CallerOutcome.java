package mfainspector.lookup;

import java.util.Locale;

/** How a check of the caller ended. Failures of the calls themselves come as exceptions, noted as {@link #FAILED}. */
public enum CallerOutcome {
    /** The code is the user's current one: the caller holds the user's authenticator. */
    VERIFIED,
    /** The code is not the user's current one (or is not 6 digits). */
    WRONG_CODE,
    /** The code verified already for this user, moments ago: someone may be reading it out twice. */
    REPLAYED,
    /** The user has no authenticator app (OTP) bound: check the caller another way. */
    NO_OTP_BOUND,
    /** A check made another way (call-back, manager) did not confirm the caller. */
    NOT_CONFIRMED,
    /** The check could not be made (network, server, user not found). */
    FAILED;

    /** {@code verified}, {@code wrong_code}, ...: as the lookup log writes it. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The sentence an agent reads for this outcome, in English or Chinese; {@code user} already masked. */
    public String sentence(Locale locale, String user) {
        return new java.text.MessageFormat(Finding.bundle(locale).getString("caller." + name()), locale)
                .format(new Object[] {user});
    }

    public static CallerOutcome parse(String wire) {
        return valueOf(wire.strip().toUpperCase(Locale.ROOT));
    }
}
