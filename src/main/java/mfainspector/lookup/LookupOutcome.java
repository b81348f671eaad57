package mfainspector.lookup;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import mfainspector.genauth.ErrorCategory;

/** How a look-up ended, as the lookup log records it: found, not found, several matches, or an error of a category. */
public record LookupOutcome(Kind kind, Optional<ErrorCategory> error) {

    public enum Kind { FOUND, NOT_FOUND, SEVERAL_MATCHES, ERROR }

    public LookupOutcome {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(error, "error");
        if ((kind == Kind.ERROR) != error.isPresent()) {
            throw new IllegalArgumentException("an error category goes with the ERROR outcome only");
        }
    }

    public static LookupOutcome found() {
        return new LookupOutcome(Kind.FOUND, Optional.empty());
    }

    public static LookupOutcome notFound() {
        return new LookupOutcome(Kind.NOT_FOUND, Optional.empty());
    }

    public static LookupOutcome severalMatches() {
        return new LookupOutcome(Kind.SEVERAL_MATCHES, Optional.empty());
    }

    /** A failed call; {@link ErrorCategory#NOT_FOUND} is the outcome "not found", not an error. */
    public static LookupOutcome failed(ErrorCategory category) {
        return category == ErrorCategory.NOT_FOUND ? notFound() : new LookupOutcome(Kind.ERROR, Optional.of(category));
    }

    /** The kind as the log and the CSV write it: {@code found}, {@code not_found}, {@code several_matches}, {@code error}. */
    public String kindName() {
        return kind.name().toLowerCase(Locale.ROOT);
    }
}
