package mfainspector.lookup;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of the lookup log: when, which OS account, which profile, what kind of identifier and
 * that identifier masked, how the look-up ended, and the ticket number (empty when none was given);
 * since the case view also GenAuth's request ids of the calls made and, for a check of the caller,
 * its outcome and method; for a coverage report run ({@link #report}), the pool and the export
 * (identifier type {@code USER_ID} and an empty identifier: it names no user). Lines written
 * before those existed read with none.
 */
public record LookupLogEntry(Instant time, String osAccount, String profile, UserIdType identifierType,
        String maskedIdentifier, LookupOutcome outcome, String ticket, List<String> requestIds,
        Optional<CallerVerification> verification, Optional<ReportRun> report) {

    /** An entry of a look-up or a check of the caller: no report run. */
    public LookupLogEntry(Instant time, String osAccount, String profile, UserIdType identifierType,
            String maskedIdentifier, LookupOutcome outcome, String ticket, List<String> requestIds,
            Optional<CallerVerification> verification) {
        this(time, osAccount, profile, identifierType, maskedIdentifier, outcome, ticket, requestIds, verification,
                Optional.empty());
    }

    /** An entry of a plain look-up, without request ids. */
    public LookupLogEntry(Instant time, String osAccount, String profile, UserIdType identifierType,
            String maskedIdentifier, LookupOutcome outcome, String ticket) {
        this(time, osAccount, profile, identifierType, maskedIdentifier, outcome, ticket, List.of(), Optional.empty());
    }

    public LookupLogEntry {
        Objects.requireNonNull(time, "time");
        osAccount = osAccount == null ? "" : osAccount;
        profile = profile == null ? "" : profile;
        Objects.requireNonNull(identifierType, "identifierType");
        maskedIdentifier = maskedIdentifier == null ? "" : maskedIdentifier;
        Objects.requireNonNull(outcome, "outcome");
        ticket = ticket == null ? "" : ticket;
        requestIds = requestIds == null ? List.of() : List.copyOf(requestIds);
        Objects.requireNonNull(verification, "verification");
        Objects.requireNonNull(report, "report");
    }

    /** Whether this entry notes a coverage report run rather than a look-up of one user. */
    public boolean isReport() {
        return report.isPresent();
    }
}
