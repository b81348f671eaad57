package mfainspector.lookup;

import java.util.Locale;

/**
 * A user's account status in plain terms. GenAuth names five ({@code Activated}, {@code Suspended},
 * {@code Deactivated}, {@code Resigned}, {@code Archived}); any other value is {@link #OTHER}, with
 * the raw value kept by whoever holds it ({@link AccountHealth#rawStatus()}); none sent is {@link #UNKNOWN}.
 */
public enum AccountStatus {
    ACTIVATED, SUSPENDED, DEACTIVATED, RESIGNED, ARCHIVED, OTHER, UNKNOWN;

    /** Reads the API's value, any case. */
    public static AccountStatus of(String raw) {
        String s = raw == null ? "" : raw.strip();
        if (s.isEmpty()) {
            return UNKNOWN;
        }
        for (AccountStatus a : values()) {
            if (a != OTHER && a != UNKNOWN && a.name().equals(s.toUpperCase(Locale.ROOT))) {
                return a;
            }
        }
        return OTHER;
    }

    /** True for the statuses under which GenAuth refuses every sign-in, whatever the MFA. */
    public boolean blocksSignIn() {
        return this == SUSPENDED || this == DEACTIVATED || this == RESIGNED || this == ARCHIVED;
    }

    /** The API's own word for the known statuses ({@code Suspended}); empty for OTHER and UNKNOWN. */
    public String wireName() {
        return this == OTHER || this == UNKNOWN ? "" : name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
    }
}
