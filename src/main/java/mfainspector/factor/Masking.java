package mfainspector.factor;

/** Masks phone numbers and email addresses for display: {@code +86 188****8888}, {@code j***@example.com}. */
public final class Masking {

    private Masking() {
    }

    /**
     * Keeps the first three and last four digits of a phone number when it is long enough,
     * otherwise keeps less, so that a short number never shows whole.
     */
    public static String maskPhone(String countryCode, String number) {
        String digits = number == null ? "" : number.strip();
        String masked;
        int n = digits.length();
        if (n >= 10) {
            masked = digits.substring(0, 3) + "****" + digits.substring(n - 4);
        } else if (n >= 5) {
            masked = "****" + digits.substring(n - 2);
        } else {
            masked = "****";
        }
        String cc = countryCode == null ? "" : countryCode.strip();
        if (!cc.isEmpty() && !cc.startsWith("+")) {
            cc = "+" + cc;
        }
        return cc.isEmpty() ? masked : cc + " " + masked;
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
}
