package mfainspector.lookup;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of the lookup log: when, which OS account, which profile, what kind of identifier and
 * that identifier masked, how the look-up ended, and the ticket number (empty when none was given).
 */
public record LookupLogEntry(Instant time, String osAccount, String profile, UserIdType identifierType,
        String maskedIdentifier, LookupOutcome outcome, String ticket) {

    public LookupLogEntry {
        Objects.requireNonNull(time, "time");
        osAccount = osAccount == null ? "" : osAccount;
        profile = profile == null ? "" : profile;
        Objects.requireNonNull(identifierType, "identifierType");
        maskedIdentifier = maskedIdentifier == null ? "" : maskedIdentifier;
        Objects.requireNonNull(outcome, "outcome");
        ticket = ticket == null ? "" : ticket;
    }
}
