package mfainspector.factor;

import java.util.Set;

/**
 * Where the country calling code ends in an international number. ITU codes are prefix-free:
 * 1 and 7 have one digit, the two-digit ones are listed, every other code has three digits.
 */
final class CountryCodes {

    private static final Set<String> TWO_DIGITS = Set.of(
            "20", "27", "30", "31", "32", "33", "34", "36", "39", "40", "41", "43", "44", "45", "46", "47", "48",
            "49", "51", "52", "53", "54", "55", "56", "57", "58", "60", "61", "62", "63", "64", "65", "66", "81",
            "82", "84", "86", "90", "91", "92", "93", "94", "95", "98");

    private CountryCodes() {
    }

    /** The number of leading digits that form the country code, or 0 when they do not form one. */
    static int lengthAtStartOf(String digits) {
        if (digits.isEmpty() || !Character.isDigit(digits.charAt(0)) || digits.charAt(0) == '0') {
            return 0;
        }
        char first = digits.charAt(0);
        if (first == '1' || first == '7') {
            return 1;
        }
        if (digits.length() >= 2 && TWO_DIGITS.contains(digits.substring(0, 2))) {
            return 2;
        }
        return digits.length() >= 3 && digits.chars().limit(3).allMatch(Character::isDigit) ? 3 : 0;
    }
}
