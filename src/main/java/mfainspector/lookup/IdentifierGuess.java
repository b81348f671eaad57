package mfainspector.lookup;

import java.util.regex.Pattern;

/**
 * Recognises what a helpdesk agent typed into the one search box: an email, a phone number
 * (with or without country code), a GenAuth user id, or else a username. External ids look like
 * anything, so the agent picks that type by hand.
 */
public final class IdentifierGuess {

    /** Something before {@code @}, and a dot with text on both sides after it. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.][^@\\s]*\\.[^@\\s.]+");
    /** Digits with an optional leading {@code +} and the usual separators. */
    private static final Pattern PHONE = Pattern.compile("\\+?[\\d\\s().\\-]+");
    /** GenAuth ids are MongoDB object ids: 24 hexadecimal characters. */
    private static final Pattern USER_ID = Pattern.compile("[0-9a-fA-F]{24}");
    private static final int MIN_PHONE_DIGITS = 6;
    private static final int MAX_PHONE_DIGITS = 15;

    private IdentifierGuess() {
    }

    /** The type {@code typed} most likely is; {@link UserIdType#USERNAME} when nothing else fits. */
    public static UserIdType guess(String typed) {
        String s = typed == null ? "" : typed.strip();
        if (EMAIL.matcher(s).matches()) {
            return UserIdType.EMAIL;
        }
        if (USER_ID.matcher(s).matches()) {
            return UserIdType.USER_ID;
        }
        if (PHONE.matcher(s).matches()) {
            long digits = s.chars().filter(Character::isDigit).count();
            if (digits >= MIN_PHONE_DIGITS && digits <= MAX_PHONE_DIGITS) {
                return UserIdType.PHONE;
            }
        }
        return UserIdType.USERNAME;
    }

    /** The guessed type with the value normalised for it. */
    public static Identifier identify(String typed) {
        return Identifier.of(guess(typed), typed);
    }
}
