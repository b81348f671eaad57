package mfainspector.factor;

import java.util.regex.Pattern;

/**
 * A phone number as written by a person or an API, without its separators: the country code's
 * digits (empty when the number is not written internationally) and the national number. Both
 * the look-up (which asks the API for the national number) and masking read numbers through here,
 * so a country code is never taken for part of the national number.
 */
public record PhoneNumber(String countryDigits, String national) {

    /** What people put between the digits of a phone number. */
    private static final Pattern SEPARATORS = Pattern.compile("[\\s().\\-]");

    /** {@code +86 138-0013-8000} as {@code 86} and {@code 13800138000}; without a {@code +}, all national. */
    public static PhoneNumber parse(String written) {
        return parse(written, "");
    }

    /**
     * As {@link #parse(String)}, where {@code expectedCountryCode} (with or without {@code +}), when
     * an international number starts with it, decides where the country code ends.
     */
    public static PhoneNumber parse(String written, String expectedCountryCode) {
        String digits = withoutSeparators(written);
        if (!digits.startsWith("+")) {
            return new PhoneNumber("", digits);
        }
        String international = digits.substring(1);
        String expected = withoutSeparators(expectedCountryCode);
        expected = expected.startsWith("+") ? expected.substring(1) : expected;
        int length = !expected.isEmpty() && international.startsWith(expected) ? expected.length()
                : CountryCodes.lengthAtStartOf(international);
        if (length == 0 || length >= international.length()) {
            return new PhoneNumber("", international);
        }
        return new PhoneNumber(international.substring(0, length), international.substring(length));
    }

    /** The value without spaces, dashes, dots and brackets. */
    public static String withoutSeparators(String value) {
        return value == null ? "" : SEPARATORS.matcher(value).replaceAll("");
    }
}
