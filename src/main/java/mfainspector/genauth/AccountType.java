package mfainspector.genauth;

import java.util.Locale;

/** Which key of {@code passwordPayload} carries the account name at sign-in. */
public enum AccountType {
    ACCOUNT("account"), EMAIL("email"), PHONE("phone"), USERNAME("username");

    private final String payloadKey;

    AccountType(String payloadKey) {
        this.payloadKey = payloadKey;
    }

    public String payloadKey() {
        return payloadKey;
    }

    public static AccountType parse(String s) {
        String v = s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
        for (AccountType t : values()) {
            if (t.payloadKey.equals(v)) {
                return t;
            }
        }
        throw new IllegalArgumentException("Unknown account type '" + s + "': use account, email, phone or username");
    }
}
