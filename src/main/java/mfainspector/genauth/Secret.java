package mfainspector.genauth;

import java.util.Objects;

/**
 * A secret value (app secret, password, token). Its {@code toString()} never shows the value,
 * so a secret that reaches a log line, an exception message or a debugger shows as {@code ***}.
 */
public final class Secret {

    private static final Secret EMPTY = new Secret("");

    private final String value;

    private Secret(String value) {
        this.value = value;
    }

    public static Secret of(String value) {
        return value == null || value.isEmpty() ? EMPTY : new Secret(value);
    }

    public static Secret empty() {
        return EMPTY;
    }

    /** The value itself: call only where it is sent to the host or to the secret store. */
    public String reveal() {
        return value;
    }

    public boolean isEmpty() {
        return value.isEmpty();
    }

    public boolean isBlank() {
        return value.isBlank();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Secret s && Objects.equals(value, s.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value.isEmpty() ? "(empty)" : "***";
    }
}
