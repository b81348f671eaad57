package mfainspector.factor;

import java.util.regex.Pattern;

/**
 * The one masking rule for personal contact data, used by every place that shows or writes it
 * (the window's header, tables and status bar, ticket summaries, the lookup log and its export,
 * the commands' tables): phone numbers as {@code +86 138****8000}, emails as
 * {@code j***@example.com}, IP addresses as {@code 203.0.113.***}, other identifiers as {@code a***e}.
 */
public final class Masking {

    /** A whole value that is a phone number: an optional {@code +}, then digits and separators only. */
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9\\s().\\-]{4,}");

    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:]+");

    private Masking() {
    }

    /**
     * Keeps the country code, the first three and the last four digits of the national number
     * when it is long enough, otherwise less, so that a short number never shows whole. The
     * country code comes from {@code countryCode} or, when the number is written internationally
     * ({@code +12025550101}, {@code +1 2025550101}), from the number itself: it is never taken for
     * part of the national number.
     */
    public static String maskPhone(String countryCode, String number) {
        String given = PhoneNumber.withoutSeparators(countryCode);
        PhoneNumber phone = PhoneNumber.parse(number, given);
        String cc = !phone.countryDigits().isEmpty() ? phone.countryDigits() : given.startsWith("+") ? given.substring(1) : given;
        String digits = phone.national();
        String masked;
        int n = digits.length();
        if (n >= 10) {
            masked = digits.substring(0, 3) + "****" + digits.substring(n - 4);
        } else if (n >= 5) {
            masked = "****" + digits.substring(n - 2);
        } else {
            masked = "****";
        }
        return cc.isEmpty() ? masked : "+" + cc + " " + masked;
    }

    /** Keeps the first character of the local part and the whole domain. */
    public static String maskEmail(String email) {
        String e = email == null ? "" : email.strip();
        int at = e.lastIndexOf('@');
        if (at <= 0) {
            return e.isEmpty() ? "" : e.charAt(0) + "***";
        }
        return e.charAt(0) + "***" + e.substring(at);
    }

    /** Masks a free-form identifier (user id, username): first and last character only. */
    public static String maskIdentifier(String value) {
        String v = value == null ? "" : value.strip();
        if (v.contains("@")) {
            return maskEmail(v);
        }
        if (v.length() <= 2) {
            return "***";
        }
        return v.charAt(0) + "***" + v.charAt(v.length() - 1);
    }

    /**
     * A value shown where a name is expected (who is signed in): an email or phone number in it is
     * masked, a name is kept as it is.
     */
    public static String maskContact(String value) {
        String v = value == null ? "" : value.strip();
        if (v.contains("@")) {
            return maskEmail(v);
        }
        return PHONE.matcher(v).matches() ? maskPhone(null, v) : v;
    }

    /**
     * An IP address with its host part hidden: IPv4 keeps the first three numbers
     * ({@code 203.0.113.***}), IPv6 the first three groups ({@code 2001:db8:85a3:***}); anything
     * else (a list, a name) shows as {@code ***}. Empty stays empty.
     */
    public static String maskIp(String ip) {
        String v = ip == null ? "" : ip.strip();
        if (v.isEmpty()) {
            return "";
        }
        if (IPV4.matcher(v).matches()) {
            return v.substring(0, v.lastIndexOf('.')) + ".***";
        }
        if (v.startsWith("::ffff:") && IPV4.matcher(v.substring(7)).matches()) {
            return maskIp(v.substring(7));
        }
        if (IPV6.matcher(v).matches()) {
            String[] groups = v.split(":", -1);
            if (groups.length >= 4 && !groups[0].isEmpty() && !groups[1].isEmpty() && !groups[2].isEmpty()) {
                return groups[0] + ":" + groups[1] + ":" + groups[2] + ":***";
            }
        }
        return "***";
    }
}
