package mfainspector.ui.factors;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import mfainspector.factor.Factor;
import mfainspector.factor.FactorType;

/** What one fetch returned: the user, the enrolled factors in API order, and what is left to enroll. */
public record FactorsResult(UserSummary user, List<Factor> enrolled, List<FactorType> toEnroll, Instant fetchedAt) {

    public FactorsResult {
        Objects.requireNonNull(user, "user");
        enrolled = enrolled == null ? List.of() : List.copyOf(enrolled);
        toEnroll = toEnroll == null ? List.of() : List.copyOf(toEnroll);
        Objects.requireNonNull(fetchedAt, "fetchedAt");
    }
}
