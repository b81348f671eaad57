package mfainspector.factor;

import java.util.Locale;
import java.util.Objects;

/**
 * An MFA factor type as the API names it. The four documented types are constants; any other
 * name (for example {@code PASSKEY}) is kept as it came so that a new type still shows.
 */
public record FactorType(String name) implements Comparable<FactorType> {

    /** The types this app knows by name; everything else is {@link Kind#OTHER}. */
    public enum Kind { SMS, EMAIL, OTP, FACE, OTHER }

    public static final FactorType SMS = new FactorType("SMS");
    public static final FactorType EMAIL = new FactorType("EMAIL");
    public static final FactorType OTP = new FactorType("OTP");
    public static final FactorType FACE = new FactorType("FACE");

    public FactorType {
        Objects.requireNonNull(name, "name");
        name = name.strip();
        if (name.isEmpty()) {
            name = "UNKNOWN";
        }
    }

    /** Parses a raw API value; known names compare case-insensitively, others keep their spelling. */
    public static FactorType of(String raw) {
        if (raw == null) {
            return new FactorType("UNKNOWN");
        }
        String upper = raw.strip().toUpperCase(Locale.ROOT);
        for (Kind k : Kind.values()) {
            if (k != Kind.OTHER && k.name().equals(upper)) {
                return new FactorType(upper);
            }
        }
        return new FactorType(raw);
    }

    public Kind kind() {
        for (Kind k : Kind.values()) {
            if (k != Kind.OTHER && k.name().equals(name)) {
                return k;
            }
        }
        return Kind.OTHER;
    }

    public boolean isKnown() {
        return kind() != Kind.OTHER;
    }

    @Override
    public int compareTo(FactorType o) {
        int byKind = Integer.compare(kind().ordinal(), o.kind().ordinal());
        return byKind != 0 ? byKind : name.compareTo(o.name);
    }

    @Override
    public String toString() {
        return name;
    }
}
